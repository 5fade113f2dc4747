import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { ControlContainer, ReactiveFormsModule } from '@angular/forms';
import { Gender, PROVINCES } from '@dvc/shared/domain';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { FormState } from '../account-form';
import { FieldComponent, FieldInputDirective } from './field.component';

/** How one account field is shown wherever it is asked for: label, hint and what the input is. */
interface FieldPreset {
  label: string;
  hint?: string;
  /** Required fields carry the * (and aria-required). */
  required?: boolean;
  /** A list to choose from instead of a text input. */
  select?: 'gender' | 'province';
  type?: 'email' | 'tel' | 'password';
  autocomplete?: string;
  inputmode?: 'numeric';
  placeholder?: string;
  /** Bound as [maxlength], so Angular checks it too (as with a static maxlength attribute). */
  maxlength?: number;
  /** Typed exactly as is: no capital first letter, no spell check (user names). */
  verbatim?: boolean;
}

const PRESETS = {
  username: {
    label: 'account.fields.username',
    hint: 'account.fields.usernameHint',
    required: true,
    autocomplete: 'username',
    verbatim: true,
  },
  email: { label: 'account.fields.email', required: true, type: 'email', autocomplete: 'email' },
  password: {
    label: 'account.fields.password',
    hint: 'account.fields.passwordHint',
    required: true,
    type: 'password',
    autocomplete: 'new-password',
  },
  passwordConfirm: {
    label: 'account.fields.passwordConfirm',
    required: true,
    type: 'password',
    autocomplete: 'new-password',
  },
  currentPassword: {
    label: 'account.fields.currentPassword',
    required: true,
    type: 'password',
    autocomplete: 'current-password',
  },
  newPassword: {
    label: 'account.fields.newPassword',
    hint: 'account.fields.passwordHint',
    required: true,
    type: 'password',
    autocomplete: 'new-password',
  },
  fullName: { label: 'account.fields.fullName', required: true, autocomplete: 'name' },
  citizenId: {
    label: 'account.fields.citizenId',
    hint: 'account.fields.citizenIdHint',
    required: true,
    inputmode: 'numeric',
    maxlength: 12,
  },
  dateOfBirth: {
    label: 'account.fields.dateOfBirth',
    hint: 'account.fields.dateHint',
    required: true,
    inputmode: 'numeric',
    autocomplete: 'bday',
    placeholder: 'dd/mm/yyyy',
  },
  gender: { label: 'account.fields.gender', required: true, select: 'gender' },
  phone: {
    label: 'account.fields.phone',
    hint: 'account.fields.phoneHint',
    required: true,
    type: 'tel',
    autocomplete: 'tel',
  },
  provinceCode: { label: 'account.fields.province', select: 'province' },
  commune: { label: 'account.fields.commune' },
  street: { label: 'account.fields.street', autocomplete: 'street-address' },
} satisfies Record<string, FieldPreset>;

export type AccountFieldName = keyof typeof PRESETS;

/**
 * An account field by its control name (`<app-account-field [state]="state" name="phone" />`):
 * the same label, hint and input on every page. `label` and `hint` may be given to say it
 * differently on one page.
 */
@Component({
  selector: 'app-account-field',
  imports: [ReactiveFormsModule, TranslatePipe, FieldComponent, FieldInputDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // formControlName below finds the page's [formGroup].
  viewProviders: [
    { provide: ControlContainer, useFactory: () => inject(ControlContainer, { skipSelf: true }) },
  ],
  host: { '[class.field--full]': 'full()' },
  styles: `
    :host {
      display: block;
    }
  `,
  template: `
    <app-field
      [state]="state()"
      [name]="name()"
      [label]="label() ?? preset().label"
      [hint]="hint() ?? preset().hint ?? ''"
      [required]="preset().required ?? false"
    >
      @switch (preset().select) {
        @case ('gender') {
          <select appFieldInput class="select" [formControlName]="name()">
            <option value="">—</option>
            @for (g of genders; track g) {
              <option [value]="g">{{ 'account.fields.genders.' + g | t }}</option>
            }
          </select>
        }
        @case ('province') {
          <select appFieldInput class="select" [formControlName]="name()">
            <option value="">{{ 'account.fields.chooseProvince' | t }}</option>
            @for (p of provinces; track p.code) {
              <option [value]="p.code">{{ p.name }}</option>
            }
          </select>
        }
        @default {
          <input
            appFieldInput
            class="input"
            [attr.type]="preset().type"
            [formControlName]="name()"
            [attr.inputmode]="preset().inputmode"
            [maxlength]="preset().maxlength ?? null"
            [attr.autocomplete]="preset().autocomplete"
            [attr.autocapitalize]="preset().verbatim ? 'none' : null"
            [attr.spellcheck]="preset().verbatim ? 'false' : null"
            [attr.placeholder]="preset().placeholder"
          />
        }
      }
    </app-field>
  `,
})
export class AccountFieldComponent {
  readonly state = input.required<FormState>();
  readonly name = input.required<AccountFieldName>();
  /** Another label or hint (translation keys) than the usual ones; `hint=""` for none. */
  readonly label = input<string>();
  readonly hint = input<string>();
  /** Spans both columns of a `.form-grid`. */
  readonly full = input(false);

  protected readonly preset = computed((): FieldPreset => PRESETS[this.name()]);
  protected readonly genders = Object.values(Gender);
  protected readonly provinces = PROVINCES;
}
