import { FieldIssue, REQUIRED_ISSUE } from '@dvc/shared/domain';
import { CheckContext, FieldCheck, FormValue } from '../core/ui/form-state';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Something must be typed (spaces do not count). */
export function required<V>(): FieldCheck<V> {
  return (value) => (typeof value === 'string' && value.trim() ? null : REQUIRED_ISSUE);
}

/**
 * A date typed as dd/MM/yyyy (the date field hands it on as YYYY-MM-DD once it reads as a date),
 * checked by a shared validator. A date that cannot be read gets `{ i18n: key }` (account.json).
 */
export function dateOfBirthCheck<V>(
  check: (iso: string) => FieldIssue | null,
  isRequired: boolean,
): FieldCheck<V> {
  return (value) => {
    const text = typeof value === 'string' ? value.trim() : '';
    if (!text) return isRequired ? REQUIRED_ISSUE : null;
    return ISO_DATE.test(text) ? check(text) : { i18n: 'account.validation.dateFormat' };
  };
}

/** "Nhập lại mật khẩu" must equal the field named `other` in the same form. */
export function sameAs<V extends Record<string, FormValue>>(other: keyof V): FieldCheck<V> {
  return (value, { values }: CheckContext<V>) => {
    if (!value) return REQUIRED_ISSUE;
    return value === values[other] ? null : { i18n: 'account.validation.passwordMismatch' };
  };
}
