import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { FormFieldDefinition, FormFieldType, Gender, PROVINCES } from '@dvc/shared/domain';
import { I18nService } from '../../core/i18n/i18n.service';
import { FormFieldInputComponent } from '../../core/ui/form-field-input.component';
import { AnyFormState } from '../../core/ui/form-state';

/** How one account field is shown wherever it is asked for: label, hint and what the input is. */
interface FieldPreset {
  label: string;
  hint?: string;
  /** Required fields carry the * (and aria-required). */
  required?: boolean;
  type?: FormFieldType;
  /** A list to choose from instead of a text input. */
  select?: 'gender' | 'province';
  secret?: boolean;
  autocomplete?: string;
  maxLength?: number;
  /** Typed exactly as is: no capital first letter, no spell check (user names). */
  verbatim?: boolean;
  /** Spans both columns of a `.form-grid`. */
  full?: boolean;
}

const password = (label: string, autocomplete: string, hint?: string): FieldPreset => ({
  label: `account.fields.${label}`,
  hint: hint && `account.fields.${hint}`,
  required: true,
  secret: true,
  autocomplete,
});

const PRESETS = {
  username: {
    label: 'account.fields.username',
    hint: 'account.fields.usernameHint',
    required: true,
    autocomplete: 'username',
    verbatim: true,
  },
  email: { label: 'account.fields.email', required: true, type: 'EMAIL', autocomplete: 'email' },
  password: password('password', 'new-password', 'passwordHint'),
  passwordConfirm: password('passwordConfirm', 'new-password'),
  currentPassword: password('currentPassword', 'current-password'),
  newPassword: password('newPassword', 'new-password', 'passwordHint'),
  fullName: { label: 'account.fields.fullName', required: true, autocomplete: 'name', full: true },
  citizenId: {
    label: 'account.fields.citizenId',
    hint: 'account.fields.citizenIdHint',
    required: true,
    type: 'CITIZEN_ID',
    maxLength: 12,
  },
  // The date field shows its dd/mm/yyyy format itself.
  dateOfBirth: { label: 'account.fields.dateOfBirth', required: true, type: 'DATE', autocomplete: 'bday' },
  gender: { label: 'account.fields.gender', required: true, select: 'gender' },
  phone: {
    label: 'account.fields.phone',
    hint: 'account.fields.phoneHint',
    required: true,
    type: 'PHONE',
    autocomplete: 'tel',
  },
  provinceCode: { label: 'account.fields.province', select: 'province' },
  commune: { label: 'account.fields.commune' },
  street: { label: 'account.fields.street', autocomplete: 'street-address', full: true },
} satisfies Record<string, FieldPreset>;

export type AccountFieldName = keyof typeof PRESETS;

/** The address block, the same on every page that asks for it. */
export const ADDRESS_FIELDS: readonly AccountFieldName[] = ['provinceCode', 'commune', 'street'];

/**
 * An account field by its name (`<app-account-field [state]="state" name="phone" />`): the same
 * label, hint and input on every page, drawn by the portal's one field component and bound to the
 * page's `FormState`. `label` and `hint` may be given to say it differently on one page.
 */
@Component({
  selector: 'app-account-field',
  imports: [FormFieldInputComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // The inner field takes the place in the page's grid.
  styles: `
    :host {
      display: contents;
    }
  `,
  template: `
    <app-form-field-input
      [field]="definition()"
      [name]="name()"
      [label]="definition().label"
      [value]="state().value(name())"
      [error]="state().message(name())"
      [autocomplete]="preset().autocomplete ?? ''"
      [secret]="preset().secret ?? false"
      [verbatim]="preset().verbatim ?? false"
      [placeholder]="placeholder()"
      [full]="full() || (preset().full ?? false)"
      (valueChange)="state().set(name(), $any($event))"
      (blurred)="state().blur(name())"
    />
  `,
})
export class AccountFieldComponent {
  private readonly i18n = inject(I18nService);
  readonly state = input.required<AnyFormState>();
  readonly name = input.required<AccountFieldName>();
  /** Another label or hint (translation keys) than the usual ones; `hint=""` for none. */
  readonly label = input<string>();
  readonly hint = input<string>();
  /** Spans both columns of a `.form-grid` (the full name and the street always do). */
  readonly full = input(false);

  protected readonly preset = computed((): FieldPreset => PRESETS[this.name()]);

  protected readonly definition = computed((): FormFieldDefinition => {
    const p = this.preset();
    const hint = this.hint() ?? p.hint;
    this.i18n.lang();
    return {
      key: this.name(),
      label: this.i18n.t(this.label() ?? p.label),
      help: hint ? this.i18n.t(hint) : undefined,
      type: p.select ? 'SELECT' : (p.type ?? 'TEXT'),
      required: p.required ?? false,
      maxLength: p.maxLength,
      options:
        p.select === 'gender'
          ? Object.values(Gender).map((g) => ({
              value: g,
              label: this.i18n.t(`account.fields.genders.${g}`),
            }))
          : p.select === 'province'
            ? PROVINCES.map((pr) => ({ value: pr.code, label: pr.name }))
            : undefined,
    };
  });

  protected readonly placeholder = computed(() => {
    const select = this.preset().select;
    if (select === 'gender') return '—';
    return select === 'province' ? this.i18n.t('account.fields.chooseProvince') : null;
  });
}
