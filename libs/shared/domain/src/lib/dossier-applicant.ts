import { FULL_NAME_MAX_LENGTH, GENDER_LABELS } from './account';
import { FieldIssue } from './field-issues';
import { checkPersonName } from './field-rules';
import {
  cleanFormValues,
  FormFieldDefinition,
  FormValues,
  validateFieldValue,
  ValidateOptions,
} from './form-fields';
import { PROVINCES } from './provinces';

/**
 * Người nộp hồ sơ: a snapshot of the applicant, prefilled from the profile and editable on the
 * dossier. Validated like intake-form fields (same functions on the API and in the portal).
 */
export interface DossierApplicant {
  fullName: string | null;
  citizenId: string | null;
  /** yyyy-MM-dd */
  dateOfBirth: string | null;
  gender: string | null;
  phone: string | null;
  email: string | null;
  provinceCode: string | null;
  commune: string | null;
  street: string | null;
}

export const APPLICANT_KEYS = [
  'fullName',
  'citizenId',
  'dateOfBirth',
  'gender',
  'phone',
  'email',
  'provinceCode',
  'commune',
  'street',
] as const satisfies readonly (keyof DossierApplicant)[];

/** Labels are Vietnamese (API messages); the portal shows its own translated labels. */
export const APPLICANT_FIELDS: readonly FormFieldDefinition[] = [
  { key: 'fullName', label: 'Họ và tên', type: 'TEXT', required: true, minLength: 2, maxLength: 100 },
  { key: 'citizenId', label: 'Số CCCD', type: 'CITIZEN_ID', required: true },
  { key: 'dateOfBirth', label: 'Ngày sinh', type: 'DATE', required: false },
  {
    key: 'gender',
    label: 'Giới tính',
    type: 'SELECT',
    required: false,
    options: Object.entries(GENDER_LABELS).map(([value, l]) => ({ value, label: l.vi })),
  },
  { key: 'phone', label: 'Số điện thoại', type: 'PHONE', required: true },
  { key: 'email', label: 'E-mail', type: 'EMAIL', required: false, maxLength: 254 },
  {
    key: 'provinceCode',
    label: 'Tỉnh/Thành phố',
    type: 'SELECT',
    required: false,
    options: PROVINCES.map((p) => ({ value: p.code, label: p.name })),
  },
  { key: 'commune', label: 'Xã/Phường', type: 'TEXT', required: false, maxLength: 100 },
  { key: 'street', label: 'Địa chỉ', type: 'TEXT', required: false, maxLength: 255 },
];

export function emptyApplicant(): DossierApplicant {
  return Object.fromEntries(APPLICANT_KEYS.map((k) => [k, null])) as unknown as DossierApplicant;
}

/**
 * One applicant field. The phone may be a landline (field type `phone`); the name follows the
 * profile's person-name rule, so markup such as `<svg/onload=…>` is refused here as at registration.
 */
export function validateApplicantField(
  field: FormFieldDefinition,
  value: unknown,
  options: ValidateOptions = {},
): FieldIssue | null {
  const found = validateFieldValue(field, value, options);
  if (found || field.key !== 'fullName' || typeof value !== 'string' || value.trim() === '') return found;
  return checkPersonName(value, FULL_NAME_MAX_LENGTH);
}

/** Errors by applicant key (empty = valid). Draft saves pass `{ partial: true }`. */
export function validateApplicant(
  applicant: Partial<DossierApplicant> | null | undefined,
  options: ValidateOptions = {},
): Record<string, FieldIssue> {
  const values = (applicant ?? {}) as FormValues;
  const errors: Record<string, FieldIssue> = {};
  for (const field of APPLICANT_FIELDS) {
    const found = validateApplicantField(field, values[field.key], options);
    if (found) errors[field.key] = found;
  }
  return errors;
}

/** Trimmed values, phone without separators, empty ones as null, unknown keys dropped. */
export function cleanApplicant(applicant: Partial<DossierApplicant> | null | undefined): DossierApplicant {
  const clean = cleanFormValues(APPLICANT_FIELDS, (applicant ?? {}) as FormValues);
  const result = emptyApplicant();
  for (const key of APPLICANT_KEYS) {
    const value = clean[key];
    result[key] = typeof value === 'string' ? value : null;
  }
  return result;
}
