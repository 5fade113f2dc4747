import { findProvince } from './provinces';

/**
 * Intake-form fields (form thông tin tiếp nhận hồ sơ) and the validation of a value against one.
 * The API (when a dossier is saved or submitted) and the portal (as the citizen types) call exactly
 * these functions, so both always agree on what is valid.
 */

export const FORM_FIELD_TYPES = [
  'text',
  'textarea',
  'number',
  'date',
  'select',
  'checkbox',
  'email',
  'phone',
  'citizenId',
  'address',
] as const;
export type FormFieldType = (typeof FORM_FIELD_TYPES)[number];

/** The same names as values, e.g. for GraphQL enum registration and `FormFieldType.citizenId`. */
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

export type FormFieldErrorCode =
  | 'required'
  | 'invalidType'
  | 'tooShort'
  | 'tooLong'
  | 'pattern'
  | 'invalidEmail'
  | 'invalidPhone'
  | 'invalidCitizenId'
  | 'invalidDate'
  | 'notANumber'
  | 'tooSmall'
  | 'tooLarge'
  | 'invalidOption'
  | 'invalidProvince'
  | 'incompleteAddress';

export interface FormFieldError {
  code: FormFieldErrorCode;
  params: Record<string, string | number>;
}

export interface ValidateOptions {
  /** Draft save: only what is filled in is checked; missing required values are fine. */
  partial?: boolean;
}

/** Longest text we accept in any field whose definition sets no maxLength. */
export const DEFAULT_MAX_TEXT_LENGTH = { text: 500, textarea: 4000 } as const;

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
/** Vietnamese numbers: mobile 0[35789]xxxxxxxx (10 digits) or landline 02xxxxxxxxx (11 digits), or +84/84. */
const PHONE = /^(?:\+?84|0)(?:[35789]\d{8}|2\d{9})$/;
const PHONE_SEPARATORS = /[\s.\-()]/g;
/** CCCD: 12 digits; the first three are the province code of the birth registration (001–096). */
const CITIZEN_ID = /^0(?:0[1-9]|[1-8]\d|9[0-6])\d{9}$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const NUMBER_TEXT = /^[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)$/;

function error(code: FormFieldErrorCode, params: Record<string, string | number> = {}): FormFieldError {
  return { code, params };
}

/** Characters as a person counts them (code points, composed), not UTF-16 units. */
function lengthOf(text: string): number {
  return [...text.normalize('NFC')].length;
}

function isBlankString(value: unknown): boolean {
  return typeof value === 'string' && value.trim() === '';
}

/** True when the value counts as "not filled in" for this type of field. */
export function isEmptyFieldValue(type: FormFieldType, value: unknown): boolean {
  if (value === undefined || value === null || isBlankString(value)) return true;
  if (type === 'checkbox') return value === false;
  if (type === 'address' && typeof value === 'object' && !Array.isArray(value)) {
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

/** True for a real calendar date written YYYY-MM-DD (1900–2199). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** Strips the spaces, dots, dashes and brackets a person may type; +84/84 becomes 0. */
function compactPhone(value: string): string {
  const compact = value.trim().replace(PHONE_SEPARATORS, '');
  if (/^\+?84\d{9,10}$/.test(compact)) return `0${compact.replace(/^\+?84/, '')}`;
  return compact;
}

function compilePattern(pattern: string): RegExp | null {
  try {
    return new RegExp(`^(?:${pattern})$`, 'u');
  } catch {
    return null;
  }
}

/** True when `pattern` is a usable regular expression (for validating a field definition). */
export function isValidPattern(pattern: string): boolean {
  return compilePattern(pattern) !== null;
}

/**
 * False for a pattern with a repeated group that itself repeats, like `(a+)+` or `(\\w*\\s?)*`: the
 * shape behind catastrophic backtracking, which would let one form value stall the server.
 */
export function isSafePattern(pattern: string): boolean {
  const groups: boolean[] = []; // per open group: does it contain a repetition?
  let repeated = false; // the atom just closed was a group containing a repetition
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
      repeated = false;
    } else if (c === '[') {
      while (i < pattern.length && pattern[i] !== ']') i += pattern[i] === '\\' ? 2 : 1;
      repeated = false;
    } else if (c === '(') {
      groups.push(false);
      repeated = false;
    } else if (c === ')') {
      repeated = groups.pop() ?? false;
      if (repeated && groups.length) groups[groups.length - 1] = true;
    } else if (c === '*' || c === '+' || (c === '{' && /^\{\d*,?\d*\}/.test(pattern.slice(i)))) {
      if (repeated) return false;
      if (groups.length) groups[groups.length - 1] = true;
    } else {
      repeated = false;
    }
  }
  return true;
}

function checkText(field: FormFieldDefinition, text: string): FormFieldError | null {
  const trimmed = text.trim();
  const length = lengthOf(trimmed);
  const fallbackMax =
    field.type === 'textarea' ? DEFAULT_MAX_TEXT_LENGTH.textarea : DEFAULT_MAX_TEXT_LENGTH.text;
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

function checkAddress(value: unknown, partial: boolean): FormFieldError | null {
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
 * its parameters (turn it into text with `formFieldErrorMessage`). Text is checked trimmed.
 */
export function validateFieldValue(
  field: FormFieldDefinition,
  value: unknown,
  options: ValidateOptions = {},
): FormFieldError | null {
  const partial = options.partial === true;
  if (isEmptyFieldValue(field.type, value)) {
    return field.required && !partial ? error('required') : null;
  }
  switch (field.type) {
    case 'text':
    case 'textarea':
      return typeof value === 'string' ? checkText(field, value) : error('invalidType');
    case 'email': {
      if (typeof value !== 'string') return error('invalidType');
      const text = value.trim();
      if (lengthOf(text) > 254 || !EMAIL.test(text)) return error('invalidEmail');
      return checkText({ ...field, pattern: undefined }, text);
    }
    case 'phone':
      if (typeof value !== 'string') return error('invalidType');
      return PHONE.test(compactPhone(value)) ? null : error('invalidPhone');
    case 'citizenId':
      if (typeof value !== 'string') return error('invalidType');
      return CITIZEN_ID.test(value.trim()) ? null : error('invalidCitizenId');
    case 'date':
      if (typeof value !== 'string') return error('invalidType');
      return isIsoDate(value.trim()) ? null : error('invalidDate');
    case 'number': {
      const n = parseNumberValue(value);
      if (n === null) return error('notANumber');
      if (field.min !== undefined && n < field.min) return error('tooSmall', { min: field.min });
      if (field.max !== undefined && n > field.max) return error('tooLarge', { max: field.max });
      return null;
    }
    case 'select': {
      if (typeof value !== 'string') return error('invalidType');
      const choices = field.options ?? [];
      return choices.some((o) => o.value === value) ? null : error('invalidOption');
    }
    case 'checkbox':
      return typeof value === 'boolean' ? null : error('invalidType');
    case 'address':
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
): Record<string, FormFieldError> {
  const errors: Record<string, FormFieldError> = {};
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
    if (field.type === 'number') {
      clean[field.key] = parseNumberValue(value) ?? value;
    } else if (field.type === 'phone' && typeof value === 'string') {
      clean[field.key] = compactPhone(value);
    } else if (field.type === 'address' && typeof value === 'object' && value !== null) {
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

const MESSAGES: Record<FormFieldErrorCode, { vi: string; en: string }> = {
  required: { vi: 'Vui lòng nhập thông tin này.', en: 'This information is required.' },
  invalidType: { vi: 'Giá trị không đúng kiểu dữ liệu.', en: 'This value has the wrong type.' },
  tooShort: { vi: 'Cần ít nhất {min} ký tự.', en: 'Enter at least {min} characters.' },
  tooLong: { vi: 'Không được quá {max} ký tự.', en: 'Enter at most {max} characters.' },
  pattern: { vi: 'Giá trị không đúng định dạng.', en: 'This value is not in the expected format.' },
  invalidEmail: { vi: 'Địa chỉ e-mail không hợp lệ.', en: 'Enter a valid e-mail address.' },
  invalidPhone: {
    vi: 'Số điện thoại không hợp lệ (ví dụ 0912345678).',
    en: 'Enter a valid Vietnamese phone number (e.g. 0912345678).',
  },
  invalidCitizenId: {
    vi: 'Số CCCD phải gồm 12 chữ số hợp lệ.',
    en: 'A citizen ID number has 12 valid digits.',
  },
  invalidDate: { vi: 'Ngày không hợp lệ.', en: 'Enter a valid date.' },
  notANumber: { vi: 'Vui lòng nhập một số.', en: 'Enter a number.' },
  tooSmall: { vi: 'Giá trị phải từ {min} trở lên.', en: 'The value must be at least {min}.' },
  tooLarge: { vi: 'Giá trị không được lớn hơn {max}.', en: 'The value must be at most {max}.' },
  invalidOption: { vi: 'Vui lòng chọn một giá trị trong danh sách.', en: 'Choose one of the listed values.' },
  invalidProvince: { vi: 'Tỉnh/Thành phố không hợp lệ.', en: 'Choose a valid province or city.' },
  incompleteAddress: {
    vi: 'Vui lòng nhập đủ {part}.',
    en: 'Please complete the {part}.',
  },
};

const ADDRESS_PARTS: Record<string, { vi: string; en: string }> = {
  provinceCode: { vi: 'Tỉnh/Thành phố', en: 'province/city' },
  commune: { vi: 'Xã/Phường', en: 'commune/ward' },
  street: { vi: 'Địa chỉ', en: 'street address' },
};

/** The error as a sentence in Vietnamese or English, with its parameters filled in. */
export function formFieldErrorMessage(err: FormFieldError, lang: 'vi' | 'en' = 'vi'): string {
  const template = (MESSAGES[err.code] ?? MESSAGES.invalidType)[lang];
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = err.params[name];
    if (value === undefined) return match;
    if (name === 'part') return ADDRESS_PARTS[String(value)]?.[lang] ?? String(value);
    return typeof value === 'number' ? value.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-US') : value;
  });
}

/** Every error of a form as Vietnamese (or English) messages keyed by field, e.g. for DomainError.validation. */
export function formErrorMessages(
  errors: Record<string, FormFieldError>,
  lang: 'vi' | 'en' = 'vi',
): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([k, e]) => [k, formFieldErrorMessage(e, lang)]));
}
