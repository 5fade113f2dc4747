import { DOCUMENT } from '@angular/common';
import { inject, signal } from '@angular/core';
import { FieldIssues, fieldIssueMessages, FormFieldDefinition, InputChecker } from '@dvc/shared/domain';
import { firstValueFrom, Observable } from 'rxjs';
import { toUiError } from '../../core/apollo/graphql-errors';
import { I18nService } from '../../core/i18n/i18n.service';

export type CatalogValue = string | boolean;
export type CatalogValues = Record<string, CatalogValue>;

/** One control of a console form, drawn by the shared field component. `label` is a translation key. */
export interface CatalogFieldSpec extends Omit<FormFieldDefinition, 'label'> {
  label: string;
  /** Option labels are translation keys too, unless `rawOptions`. */
  rawOptions?: boolean;
  full?: boolean;
}

/** The id the shared field component gives a control named `name` (for focus after a refusal). */
export const controlId = (name: string) => `f-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`;

/**
 * State of one console form: values, the messages beside each field (from the shared catalog
 * rules before sending, or the API's `extensions.fields` after), and the general error. After a
 * refusal the first field in error gets the focus. Create in an injection context.
 */
export class CatalogForm {
  private readonly i18n = inject(I18nService);
  private readonly document = inject(DOCUMENT);
  readonly values = signal<CatalogValues>({});
  readonly errors = signal<Partial<Record<string, string>>>({});
  readonly error = signal<string | null>(null);
  readonly saving = signal(false);

  /** `prefix`: the name prefix of the form's controls, e.g. "agency". */
  constructor(
    readonly prefix: string,
    private readonly order: () => readonly string[] = () => Object.keys(this.values()),
  ) {}

  reset(values: CatalogValues): void {
    this.values.set(values);
    this.errors.set({});
    this.error.set(null);
  }

  set(key: string, value: unknown): void {
    this.values.update((v) => ({ ...v, [key]: typeof value === 'boolean' ? value : String(value ?? '') }));
    this.errors.update(({ [key]: _, ...rest }) => rest);
  }

  text(key: string): string {
    const v = this.values()[key];
    return typeof v === 'string' ? v : '';
  }

  /** A number typed in a text box: empty → null; not a number → NaN (the shared rules refuse it). */
  int(key: string): number | null {
    const t = this.text(key).trim();
    return t === '' ? null : Number(t.replace(',', '.'));
  }

  flag(key: string): boolean {
    return this.values()[key] === true;
  }

  /** Runs the shared rules; shows their issues beside the fields. True when nothing was found. */
  check(run: (check: InputChecker) => void): boolean {
    const check = new InputChecker();
    run(check);
    return this.show(check.issues());
  }

  show(issues: FieldIssues): boolean {
    const messages = fieldIssueMessages(issues, this.i18n.lang());
    this.errors.set(messages);
    this.error.set(Object.keys(messages).length ? this.i18n.t('catalogAdmin.common.fixFields') : null);
    this.focusFirstError();
    return Object.keys(messages).length === 0;
  }

  /** Sends; an API refusal shows its `extensions.fields` beside the fields and its message above. */
  async submit<T>(call: () => Observable<{ data?: T | null }>): Promise<T | null> {
    this.saving.set(true);
    this.error.set(null);
    try {
      const result = await firstValueFrom(call());
      return result.data ?? null;
    } catch (e) {
      const ui = toUiError(e, this.i18n.lang());
      this.errors.set(ui.fields);
      this.error.set(ui.message);
      this.focusFirstError();
      return null;
    } finally {
      this.saving.set(false);
    }
  }

  private focusFirstError(): void {
    const errors = this.errors();
    const key = this.order().find((k) => errors[k]) ?? Object.keys(errors)[0];
    if (!key) return;
    // After the messages are drawn.
    setTimeout(() => this.document.getElementById(controlId(`${this.prefix}.${key}`))?.focus());
  }
}
