import { computed, inject, Signal, signal } from '@angular/core';
import { AbstractControl, FormGroup, ValidationErrors, ValidatorFn } from '@angular/forms';
import { FieldIssue, fieldIssueMessage } from '@dvc/shared/domain';
import { firstValueFrom, from, ObservableInput } from 'rxjs';
import { toUiError, UiError } from '../core/apollo/graphql-errors';
import { I18nService } from '../core/i18n/i18n.service';

/** Wraps a shared validator (libs/shared/domain) as an Angular one: the error is `{ issue }`. */
export function sharedValidator(
  check: (value: string, control: AbstractControl) => FieldIssue | null,
): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const found = check((control.value ?? '') as string, control);
    return found ? { issue: found } : null;
  };
}

/**
 * Error state of one form page: inline messages per field (shown after the field was touched or the
 * form submitted), server `extensions.fields` messages (until the field is edited), and the general
 * error above the form. Messages follow the chosen language.
 */
export class FormState {
  private readonly i18n: I18nService;
  readonly submitted = signal(false);
  readonly saving = signal(false);
  readonly error = signal<UiError | null>(null);
  private readonly serverFields = signal<Record<string, string>>({});
  /** Bumped on every value/status change, so computed messages re-evaluate in OnPush views. */
  private readonly version = signal(0);
  readonly errorMessage: Signal<string | null>;

  constructor(readonly form: FormGroup) {
    this.i18n = inject(I18nService);
    // Value, status and touched changes of any control (blur marks a field touched).
    form.events.subscribe(() => this.version.update((v) => v + 1));
    for (const [name, control] of Object.entries(form.controls)) {
      control.valueChanges.subscribe(() => {
        if (this.serverFields()[name]) this.serverFields.update(({ [name]: _gone, ...rest }) => rest);
      });
    }
    this.errorMessage = computed(() => this.error()?.message ?? null);
  }

  /** The message to show under a field, or null. */
  message(name: string): string | null {
    this.version();
    const server = this.serverFields()[name];
    if (server) return server;
    const control = this.form.get(name);
    if (!control || control.valid || !(control.touched || this.submitted())) return null;
    const issue = control.errors?.['issue'] as FieldIssue | undefined;
    if (issue) return fieldIssueMessage(issue, this.i18n.lang());
    const key = control.errors?.['i18n'] as string | undefined;
    return key ? this.i18n.t(key) : null;
  }

  invalid(name: string): boolean {
    return this.message(name) !== null;
  }

  /**
   * The whole submit of a page: checks the form (stopping at the first bad field), sends `request`
   * while the button shows the spinner, then hands the answer to `done` — or shows the failure and
   * hands it to `failed`. Anything `done` throws is shown as a failure too.
   */
  async submit<T>(
    request: () => ObservableInput<T>,
    handlers: { done?: (result: T) => unknown; failed?: (error: UiError) => void } = {},
  ): Promise<void> {
    if (!this.beginSubmit()) return;
    try {
      const result = await firstValueFrom(from(request()));
      this.done();
      await handlers.done?.(result);
    } catch (error) {
      // fail() runs whether or not there is a handler.
      const ui = this.fail(error);
      handlers.failed?.(ui);
    }
  }

  /** Marks the form submitted; false (and focus on the first bad field) when it cannot be sent. */
  beginSubmit(): boolean {
    this.submitted.set(true);
    this.error.set(null);
    this.form.markAllAsTouched();
    this.version.update((v) => v + 1);
    if (this.form.invalid) {
      this.focusFirstInvalid();
      return false;
    }
    this.saving.set(true);
    return true;
  }

  /** Shows a failed operation: the general message and the per-field ones. */
  fail(error: unknown): UiError {
    const ui = toUiError(error, this.i18n.lang());
    this.saving.set(false);
    this.error.set(ui);
    this.serverFields.set(ui.fields ?? {});
    if (Object.keys(ui.fields ?? {}).length > 0) setTimeout(() => this.focusFirstInvalid(), 0);
    return ui;
  }

  done(): void {
    this.saving.set(false);
  }

  private focusFirstInvalid(): void {
    const names = Object.keys(this.form.controls);
    const first = names.find((n) => this.message(n) !== null) ?? names.find((n) => this.form.get(n)?.invalid);
    if (first) document.getElementById(fieldId(first))?.focus();
  }
}

/** Inputs are named `f-<control>` so labels, errors and focus agree. */
export function fieldId(name: string): string {
  return `f-${name}`;
}
