import { fieldIssue, FieldIssue } from './field-issues';
import {
  checkPhone,
  EMAIL_MAX_CHARS,
  isCitizenId,
  isEmail,
  isIsoDate,
  normalizePhone,
  textLength,
} from './field-rules';
import { compilePattern } from './form-field-patterns';
import { findProvince } from './provinces';

/**
 * Intake-form fields (form thông tin tiếp nhận hồ sơ) and the validation of a value against one.
 * The API (when a dossier is saved or submitted) and the portal (as the citizen types) call exactly
 * these functions, so both always agree on what is valid.
 */

export const FORM_FIELD_TYPES = [
  'TEXT',
  'TEXTAREA',
  'NUMBER',
  'DATE',
  'SELECT',
  'CHECKBOX',
  'EMAIL',
  'PHONE',
  'CITIZEN_ID',
  'ADDRESS',
] as const;
export type FormFieldType = (typeof FORM_FIELD_TYPES)[number];

/**
 * The same names as values, e.g. for GraphQL enum registration and `FormFieldType.CITIZEN_ID`.
 * SCREAMING_SNAKE_CASE like every GraphQL enum; stored as is (migration 1764900000000).
 */
export const FormFieldType = Object.fromEntries(FORM_FIELD_TYPES.map((t) => [t, t])) as {
  readonly [K in FormFieldType]: K;
};

export interface FormFieldOption {
  value: string;
  label: string;
}

export interface FormFieldDefinition {
  /** Key of the value in the dossier's form data, e.g. "childFullName". */
  key: string;
  label: string;
  help?: string;
  type: FormFieldType;
  required: boolean;
  /** Choices of a select field. */
  options?: FormFieldOption[];
  /** Length limits (characters) of text-like fields. */
  minLength?: number;
  maxLength?: number;
  /** Bounds of a number field. */
  min?: number;
  max?: number;
  /** A JavaScript regular expression the whole text must match (like HTML's pattern attribute). */
  pattern?: string;
}

/** Value of an address field: a current (post-2025) province, a commune/ward and the street address. */
export interface AddressValue {
  provinceCode: string;
  commune: string;
  street: string;
}

export type FormValues = Record<string, unknown>;

export interface ValidateOptions {
  /** Draft save: only what is filled in is checked; missing required values are fine. */
  partial?: boolean;
}

/** Longest text we accept in any field whose definition sets no maxLength. */
export const DEFAULT_MAX_TEXT_LENGTH = { text: 500, textarea: 4000 } as const;

const NUMBER_TEXT = /^[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)$/;

const error = fieldIssue;
const lengthOf = textLength;

function isBlankString(value: unknown): boolean {
  return typeof value === 'string' && value.trim() === '';
}

/** True when the value counts as "not filled in" for this type of field. */
export function isEmptyFieldValue(type: FormFieldType, value: unknown): boolean {
  if (value === undefined || value === null || isBlankString(value)) return true;
  if (type === 'CHECKBOX') return value === false;
  if (type === 'ADDRESS' && typeof value === 'object' && !Array.isArray(value)) {
    const a = value as Partial<Record<keyof AddressValue, unknown>>;
    return [a.provinceCode, a.commune, a.street].every(
      (p) => p === undefined || p === null || isBlankString(p),
    );
  }
  return false;
}

/** Parses "12", "-3.5" or "3,5" (Vietnamese decimal comma); null when it is not a number. */
export function parseNumberValue(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string' || !NUMBER_TEXT.test(value.trim())) return null;
  const n = Number(value.trim().replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

function checkText(field: FormFieldDefinition, text: string): FieldIssue | null {
  const trimmed = text.trim();
  const length = lengthOf(trimmed);
  const fallbackMax =
    field.type === 'TEXTAREA' ? DEFAULT_MAX_TEXT_LENGTH.textarea : DEFAULT_MAX_TEXT_LENGTH.text;
  const maxLength = field.maxLength ?? fallbackMax;
  if (field.minLength !== undefined && length < field.minLength)
    return error('tooShort', { min: field.minLength });
  if (length > maxLength) return error('tooLong', { max: maxLength });
  if (field.pattern) {
    const re = compilePattern(field.pattern);
    if (re && !re.test(trimmed)) return error('pattern');
  }
  return null;
}

function checkAddress(value: unknown, partial: boolean): FieldIssue | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return error('invalidType');
  const a = value as Partial<Record<keyof AddressValue, unknown>>;
  for (const part of ['provinceCode', 'commune', 'street'] as const) {
    const p = a[part];
    if (p !== undefined && p !== null && typeof p !== 'string') return error('invalidType');
  }
  const province = typeof a.provinceCode === 'string' ? a.provinceCode.trim() : '';
  if (province && !findProvince(province)) return error('invalidProvince');
  for (const part of ['commune', 'street'] as const) {
    const text = typeof a[part] === 'string' ? (a[part] as string).trim() : '';
    if (lengthOf(text) > 255) return error('tooLong', { max: 255 });
  }
  if (!partial) {
    const missing = (['provinceCode', 'commune', 'street'] as const).find((part) => {
      const p = a[part];
      return typeof p !== 'string' || p.trim() === '';
    });
    if (missing) return error('incompleteAddress', { part: missing });
  }
  return null;
}

/**
 * Checks one value against its field. Returns null when it is fine, otherwise an error code with
 * its parameters (turn it into text with `fieldIssueMessage`). Text is checked trimmed.
 */
export function validateFieldValue(
  field: FormFieldDefinition,
  value: unknown,
  options: ValidateOptions = {},
): FieldIssue | null {
  const partial = options.partial === true;
  if (isEmptyFieldValue(field.type, value)) {
    return field.required && !partial ? error('required') : null;
  }
  switch (field.type) {
    case 'TEXT':
    case 'TEXTAREA':
      return typeof value === 'string' ? checkText(field, value) : error('invalidType');
    case 'EMAIL': {
      if (typeof value !== 'string') return error('invalidType');
      const text = value.trim();
      if (lengthOf(text) > EMAIL_MAX_CHARS || !isEmail(text)) return error('invalidEmail');
      return checkText({ ...field, pattern: undefined }, text);
    }
    case 'PHONE':
      if (typeof value !== 'string') return error('invalidType');
      return checkPhone(value, 'any');
    case 'CITIZEN_ID':
      if (typeof value !== 'string') return error('invalidType');
      return isCitizenId(value) ? null : error('invalidCitizenId');
    case 'DATE':
      if (typeof value !== 'string') return error('invalidType');
      return isIsoDate(value.trim()) ? null : error('invalidDate');
    case 'NUMBER': {
      const n = parseNumberValue(value);
      if (n === null) return error('notANumber');
      if (field.min !== undefined && n < field.min) return error('tooSmall', { min: field.min });
      if (field.max !== undefined && n > field.max) return error('tooLarge', { max: field.max });
      return null;
    }
    case 'SELECT': {
      if (typeof value !== 'string') return error('invalidType');
      const choices = field.options ?? [];
      return choices.some((o) => o.value === value) ? null : error('invalidOption');
    }
    case 'CHECKBOX':
      return typeof value === 'boolean' ? null : error('invalidType');
    case 'ADDRESS':
      return checkAddress(value, partial);
    default:
      return error('invalidType');
  }
}

/** Validates every field of a form; the result maps each bad field's key to its error (empty = valid). */
export function validateForm(
  fields: readonly FormFieldDefinition[],
  values: FormValues | null | undefined,
  options: ValidateOptions = {},
): Record<string, FieldIssue> {
  const errors: Record<string, FieldIssue> = {};
  const data = values ?? {};
  for (const field of fields) {
    const found = validateFieldValue(field, data[field.key], options);
    if (found) errors[field.key] = found;
  }
  return errors;
}

/**
 * The values worth storing: only keys the form defines, text trimmed, numbers parsed, phone numbers
 * without separators, empty values dropped. Call it after `validateForm` found nothing.
 */
export function cleanFormValues(
  fields: readonly FormFieldDefinition[],
  values: FormValues | null | undefined,
): FormValues {
  const data = values ?? {};
  const clean: FormValues = {};
  for (const field of fields) {
    const value = data[field.key];
    if (isEmptyFieldValue(field.type, value)) continue;
    if (field.type === 'NUMBER') {
      clean[field.key] = parseNumberValue(value) ?? value;
    } else if (field.type === 'PHONE' && typeof value === 'string') {
      clean[field.key] = normalizePhone(value);
    } else if (field.type === 'ADDRESS' && typeof value === 'object' && value !== null) {
      const a = value as Partial<Record<keyof AddressValue, unknown>>;
      const part = (p: unknown) => (typeof p === 'string' ? p.trim() : '');
      clean[field.key] = {
        provinceCode: part(a.provinceCode),
        commune: part(a.commune),
        street: part(a.street),
      };
    } else {
      clean[field.key] = typeof value === 'string' ? value.trim() : value;
    }
  }
  return clean;
}

/** A field as stored or as the API sends it: null where a constraint is not set. */
export interface StoredFormField {
  key: string;
  label: string;
  help?: string | null;
  type: FormFieldType | `${FormFieldType}`;
  required: boolean;
  options?: FormFieldOption[] | null;
  minLength?: number | null;
  maxLength?: number | null;
  min?: number | null;
  max?: number | null;
  pattern?: string | null;
}

/** The definition `validateFieldValue` takes (undefined for "not set"); the API and the portal both use it. */
export function toFormFieldDefinition(field: StoredFormField): FormFieldDefinition {
  return {
    key: field.key,
    label: field.label,
    help: field.help ?? undefined,
    type: field.type as FormFieldType,
    required: field.required,
    options: field.options ?? undefined,
    minLength: field.minLength ?? undefined,
    maxLength: field.maxLength ?? undefined,
    min: field.min ?? undefined,
    max: field.max ?? undefined,
    pattern: field.pattern ?? undefined,
  };
}
