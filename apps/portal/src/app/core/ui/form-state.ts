import { computed, inject, Signal, signal, WritableSignal } from '@angular/core';
import { FieldIssue, fieldIssueMessage } from '@dvc/shared/domain';
import { firstValueFrom, from, ObservableInput } from 'rxjs';
import { toUiError, UiError } from '../apollo/graphql-errors';
import { I18nService } from '../i18n/i18n.service';

/**
 * The portal's one way to hold a form: values in signals, shared validators (libs/shared/domain),
 * no Angular forms module. The intake form (`DossierFormModel`) is the same approach with files.
 */
export type FormValue = string | boolean;

/** What a check finds: a shared issue, or `{ i18n: key }` for a page's own text. */
export type FieldProblem = FieldIssue | { i18n: string };

/** Context of a check: every value of the form (cross-field rules) and whether the user edited this one. */
export interface CheckContext<V> {
  values: V;
  edited: boolean;
}

export type FieldCheck<V, T = FormValue> = (value: T, context: CheckContext<V>) => FieldProblem | null;

export type FieldChecks<V> = { [K in keyof V]?: FieldCheck<V, V[K]> };

/** Wraps a shared string validator as a field check. */
export function shared<V>(
  check: (value: string, context: CheckContext<V>) => FieldIssue | null,
): FieldCheck<V> {
  return (value, context) => check(typeof value === 'string' ? value : '', context);
}

/** What a form's error banner and submit button read of its state. */
export interface FormStatus {
  readonly saving: Signal<boolean>;
  readonly errorMessage: Signal<string | null>;
}

/**
 * State of one form page: values, inline messages per field (shown after the field lost focus or
 * the form was submitted), server `extensions.fields` messages (until the field is edited), and the
 * general error above the form. Messages follow the chosen language. Call in an injection context.
 */
export class FormState<V extends Record<string, FormValue>> implements FormStatus {
  private readonly i18n = inject(I18nService);
  readonly values: Signal<V>;
  readonly submitted = signal(false);
  readonly saving = signal(false);
  readonly error = signal<UiError | null>(null);
  readonly errorMessage = computed(() => this.error()?.message ?? null);
  private readonly current: WritableSignal<V>;
  private readonly touched = signal<ReadonlySet<string>>(new Set());
  private readonly edited = signal<ReadonlySet<string>>(new Set());
  private readonly serverFields = signal<Record<string, string>>({});

  constructor(
    initial: V,
    private readonly checks: FieldChecks<V> = {},
  ) {
    this.current = signal(initial);
    this.values = this.current.asReadonly();
  }

  value<K extends keyof V & string>(name: K): V[K] {
    return this.current()[name];
  }

  /** A value typed or chosen by the user: the field counts as edited and loses its server message. */
  set<K extends keyof V & string>(name: K, value: V[K]): void {
    this.current.update((v) => ({ ...v, [name]: value }));
    if (!this.edited().has(name)) this.edited.update((s) => new Set(s).add(name));
    if (this.serverFields()[name]) this.serverFields.update(({ [name]: _gone, ...rest }) => rest);
  }

  /** A value the page puts in (a fresh captcha): not edited, not touched, its server message stays. */
  replace<K extends keyof V & string>(name: K, value: V[K]): void {
    this.current.update((v) => ({ ...v, [name]: value }));
    this.touched.update((s) => new Set([...s].filter((n) => n !== name)));
  }

  /** The field lost focus: its message may show from now on. */
  blur(name: keyof V & string): void {
    if (!this.touched().has(name)) this.touched.update((s) => new Set(s).add(name));
  }

  isEdited(name: keyof V & string): boolean {
    return this.edited().has(name);
  }

  /** New values as the server has them: nothing edited or touched, no messages. */
  reset(values: Partial<V> = {}, keepMessages = false): void {
    this.current.update((v) => ({ ...v, ...values }));
    this.edited.set(new Set());
    if (keepMessages) return;
    this.touched.set(new Set());
    this.submitted.set(false);
  }

  /** What the field's check finds now (shown or not). */
  problem(name: keyof V & string): FieldProblem | null {
    const check = this.checks[name];
    if (!check) return null;
    return check(this.current()[name], { values: this.current(), edited: this.edited().has(name) });
  }

  /** The message to show under a field, or null. */
  message(name: keyof V & string): string | null {
    const server = this.serverFields()[name];
    if (server) return server;
    if (!(this.touched().has(name) || this.submitted())) return null;
    const found = this.problem(name);
    if (!found) return null;
    return 'i18n' in found ? this.i18n.t(found.i18n) : fieldIssueMessage(found, this.i18n.lang());
  }

  invalid(name: keyof V & string): boolean {
    return this.message(name) !== null;
  }

  /** True when every check passes. */
  valid(): boolean {
    return this.names().every((n) => !this.problem(n));
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
      const ui = this.fail(error);
      handlers.failed?.(ui);
    }
  }

  /** Marks the form submitted; false (and focus on the first bad field) when it cannot be sent. */
  beginSubmit(): boolean {
    this.submitted.set(true);
    this.error.set(null);
    this.touched.set(new Set(this.names()));
    if (!this.valid()) {
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

  private names(): (keyof V & string)[] {
    return Object.keys(this.current()) as (keyof V & string)[];
  }

  private focusFirstInvalid(): void {
    const names = this.names();
    const first = names.find((n) => this.message(n) !== null) ?? names.find((n) => this.problem(n));
    if (first) document.getElementById(fieldId(first))?.focus();
  }
}

/**
 * Any page's form state, for a component that binds one field by name (`app-account-field`): the
 * page's own value type is checked where the page builds its state.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyFormState = FormState<any>;

/** Inputs are named `f-<name>` (as `app-form-field-input` names them) so labels, errors and focus agree. */
export function fieldId(name: string): string {
  return `f-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}
