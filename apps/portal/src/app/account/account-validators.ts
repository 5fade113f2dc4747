import { AbstractControl, FormGroup, ValidationErrors, ValidatorFn } from '@angular/forms';
import { displayDateToIso, FieldIssue, REQUIRED_ISSUE } from '@dvc/shared/domain';

/**
 * A date typed as dd/MM/yyyy, checked by a shared validator once converted to YYYY-MM-DD.
 * A date that cannot be read gets `{ i18n: key }` (text from account.json).
 */
export function dateOfBirthValidator(
  check: (iso: string) => FieldIssue | null,
  required: boolean,
): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const text = ((control.value ?? '') as string).trim();
    if (!text) return required ? { issue: REQUIRED_ISSUE } : null;
    const iso = displayDateToIso(text);
    if (!iso) return { i18n: 'account.validation.dateFormat' };
    const found = check(iso);
    return found ? { issue: found } : null;
  };
}

/** "Nhập lại mật khẩu" must equal the control named `passwordControl` in the same form. */
export function sameAsValidator(passwordControl: string): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const value = (control.value ?? '') as string;
    if (!value) return { issue: REQUIRED_ISSUE };
    return value === control.parent?.get(passwordControl)?.value
      ? null
      : { i18n: 'account.validation.passwordMismatch' };
  };
}

/**
 * Cross-field rules: checks `target` again whenever one of `sources` changes (the confirmation when
 * the password does, the password when the username does).
 */
export function recheckWhenChanged<C extends Record<string, AbstractControl>>(
  form: FormGroup<C>,
  target: keyof C & string,
  ...sources: (keyof C & string)[]
): void {
  for (const source of sources) {
    form.controls[source].valueChanges.subscribe(() =>
      form.controls[target].updateValueAndValidity({ emitEvent: false }),
    );
  }
}
