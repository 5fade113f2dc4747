import {
  COMMUNE_MAX_LENGTH,
  EMAIL_MAX_LENGTH,
  FULL_NAME_MAX_LENGTH,
  Gender,
  MAX_ACCOUNT_AGE,
  MIN_ACCOUNT_AGE,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  STREET_MAX_LENGTH,
  USERNAME_MAX_LENGTH,
  USERNAME_MIN_LENGTH,
} from './account';
import { COMMON_PASSWORDS } from './account-common-passwords';
import { findProvince } from './provinces';

/**
 * Validation of account fields, shared by the API (which answers `extensions.fields` in Vietnamese)
 * and the portal (which shows the same rule inline, in the user's language). Each check returns
 * null when the value is fine, or an issue naming the rule broken with both messages.
 */
export interface FieldIssue {
  rule: string;
  vi: string;
  en: string;
}

export type FieldIssues<K extends string = string> = Partial<Record<K, FieldIssue>>;

const issue = (rule: string, vi: string, en: string): FieldIssue => ({ rule, vi, en });

/** A required field left empty. */
export const REQUIRED_ISSUE: FieldIssue = issue(
  'required',
  'Vui lòng nhập thông tin này.',
  'This field is required.',
);
const REQUIRED = REQUIRED_ISSUE;

const isBlank = (value: string | null | undefined): boolean => !value || value.trim() === '';

// ---- Normalisation (what the API stores; the portal shows the same) ----

/** Trims, NFC-normalises and collapses inner whitespace. */
export function normalizeText(value: string): string {
  return value.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function normalizeUsername(value: string): string {
  return value.trim().toLowerCase();
}

export function normalizeEmail(value: string): string {
  return value.trim().toLowerCase();
}

/** "+84 912 345 678", "0912.345.678" → "0912345678". Unparseable input is returned trimmed. */
export function normalizePhone(value: string): string {
  const compact = value.trim().replace(/[\s.\-()]/g, '');
  if (/^\+84\d{9}$/.test(compact)) return `0${compact.slice(3)}`;
  if (/^84\d{9}$/.test(compact)) return `0${compact.slice(2)}`;
  return compact;
}

// ---- Single fields ----

export function validateFullName(value: string | null | undefined): FieldIssue | null {
  if (isBlank(value)) return REQUIRED;
  const name = normalizeText(value as string);
  if (name.length < 2 || name.length > FULL_NAME_MAX_LENGTH) {
    return issue(
      'length',
      `Họ và tên phải có từ 2 đến ${FULL_NAME_MAX_LENGTH} ký tự.`,
      `The full name must be 2 to ${FULL_NAME_MAX_LENGTH} characters long.`,
    );
  }
  if (!/^[\p{L}\p{M}][\p{L}\p{M} .'-]*$/u.test(name)) {
    return issue(
      'format',
      "Họ và tên chỉ gồm chữ cái, dấu cách và các dấu . ' -",
      "The full name may contain only letters, spaces and . ' -",
    );
  }
  return null;
}

export function validateUsername(value: string | null | undefined): FieldIssue | null {
  if (isBlank(value)) return REQUIRED;
  const username = normalizeUsername(value as string);
  if (username.length < USERNAME_MIN_LENGTH || username.length > USERNAME_MAX_LENGTH) {
    return issue(
      'length',
      `Tên đăng nhập phải có từ ${USERNAME_MIN_LENGTH} đến ${USERNAME_MAX_LENGTH} ký tự.`,
      `The username must be ${USERNAME_MIN_LENGTH} to ${USERNAME_MAX_LENGTH} characters long.`,
    );
  }
  if (!/^[a-z0-9][a-z0-9._-]*$/.test(username)) {
    return issue(
      'format',
      'Tên đăng nhập chỉ gồm chữ cái không dấu, chữ số và các dấu . _ -, bắt đầu bằng chữ cái hoặc chữ số.',
      'The username may contain only letters without accents, digits and . _ -, starting with a letter or digit.',
    );
  }
  return null;
}

// Practical rather than RFC 5322: one @, a dotted domain, no spaces or quotes.
const EMAIL_RE =
  /^[a-z0-9.!#$%&*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

export function validateEmail(value: string | null | undefined): FieldIssue | null {
  if (isBlank(value)) return REQUIRED;
  const email = normalizeEmail(value as string);
  if (email.length > EMAIL_MAX_LENGTH || !EMAIL_RE.test(email) || email.includes('..')) {
    return issue(
      'format',
      'Địa chỉ e-mail không hợp lệ (ví dụ: ten@example.vn).',
      'This is not a valid e-mail address (e.g. name@example.vn).',
    );
  }
  return null;
}

/** Số CCCD: 12 digits, starting with the 3-digit code of the province of birth (001–096). */
export function validateCitizenId(value: string | null | undefined): FieldIssue | null {
  if (isBlank(value)) return REQUIRED;
  const id = (value as string).trim();
  if (!/^\d{12}$/.test(id) || Number(id.slice(0, 3)) < 1 || Number(id.slice(0, 3)) > 96) {
    return issue(
      'format',
      'Số CCCD phải gồm đúng 12 chữ số.',
      'The citizen ID number must have exactly 12 digits.',
    );
  }
  return null;
}

/** A Vietnamese mobile number: 0 + 9 digits with a mobile prefix (03, 05, 07, 08, 09), or +84… */
export function validatePhone(value: string | null | undefined): FieldIssue | null {
  if (isBlank(value)) return REQUIRED;
  if (!/^0[35789]\d{8}$/.test(normalizePhone(value as string))) {
    return issue(
      'format',
      'Số điện thoại di động không hợp lệ (10 chữ số, ví dụ 0912345678).',
      'This is not a valid Vietnamese mobile number (10 digits, e.g. 0912345678).',
    );
  }
  return null;
}

/** Parses YYYY-MM-DD into a UTC date, or null if it is not a real calendar date. */
export function parseIsoDate(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date;
}

/** Age in whole years on `today` (both UTC dates). */
export function ageOn(birth: Date, today: Date): number {
  let age = today.getUTCFullYear() - birth.getUTCFullYear();
  const beforeBirthday =
    today.getUTCMonth() < birth.getUTCMonth() ||
    (today.getUTCMonth() === birth.getUTCMonth() && today.getUTCDate() < birth.getUTCDate());
  if (beforeBirthday) age -= 1;
  return age;
}

/** Ngày sinh as YYYY-MM-DD: a real date in the past, giving an age between 14 and 120. */
export function validateDateOfBirth(
  value: string | null | undefined,
  today: Date = new Date(),
): FieldIssue | null {
  if (isBlank(value)) return REQUIRED;
  const birth = parseIsoDate(value as string);
  if (!birth) {
    return issue('format', 'Ngày sinh không hợp lệ.', 'This is not a valid date.');
  }
  const age = ageOn(birth, today);
  if (birth.getTime() > today.getTime()) {
    return issue('future', 'Ngày sinh không được ở tương lai.', 'The date of birth cannot be in the future.');
  }
  if (age < MIN_ACCOUNT_AGE) {
    return issue(
      'tooYoung',
      `Người đăng ký phải từ đủ ${MIN_ACCOUNT_AGE} tuổi.`,
      `You must be at least ${MIN_ACCOUNT_AGE} years old to register.`,
    );
  }
  if (age > MAX_ACCOUNT_AGE) {
    return issue('tooOld', 'Ngày sinh không hợp lệ.', 'This date of birth is not plausible.');
  }
  return null;
}

export function validateGender(value: string | null | undefined): FieldIssue | null {
  if (isBlank(value)) return REQUIRED;
  if (!Object.values(Gender).includes(value as Gender)) {
    return issue('format', 'Giới tính không hợp lệ.', 'Please choose a gender.');
  }
  return null;
}

/** Optional: one of the 34 province-level units. */
export function validateProvinceCode(value: string | null | undefined): FieldIssue | null {
  if (isBlank(value)) return null;
  if (!findProvince(value as string)) {
    return issue(
      'unknown',
      'Tỉnh/thành phố không hợp lệ.',
      'Please choose a province or city from the list.',
    );
  }
  return null;
}

function maxLength(max: number) {
  return (value: string | null | undefined): FieldIssue | null => {
    if (isBlank(value) || normalizeText(value as string).length <= max) return null;
    return issue('length', `Tối đa ${max} ký tự.`, `At most ${max} characters.`);
  };
}

export const validateCommune = maxLength(COMMUNE_MAX_LENGTH);
export const validateStreet = maxLength(STREET_MAX_LENGTH);

/** True for the password issues that mean "choose a stronger one" (WEAK_PASSWORD) rather than bad input. */
export const WEAK_PASSWORD_RULES: readonly string[] = ['tooShort', 'common', 'personal'];

/**
 * Password policy: 8 to 128 characters (any characters, spaces included), not one of the common
 * passwords, and not the username or the e-mail address. No upper-case/digit/symbol rules.
 */
export function validatePassword(
  value: string | null | undefined,
  context: { username?: string | null; email?: string | null } = {},
): FieldIssue | null {
  if (!value) return REQUIRED;
  const length = [...value].length;
  if (length < PASSWORD_MIN_LENGTH) {
    return issue(
      'tooShort',
      `Mật khẩu phải có ít nhất ${PASSWORD_MIN_LENGTH} ký tự.`,
      `The password must have at least ${PASSWORD_MIN_LENGTH} characters.`,
    );
  }
  if (length > PASSWORD_MAX_LENGTH) {
    return issue(
      'tooLong',
      `Mật khẩu không được dài quá ${PASSWORD_MAX_LENGTH} ký tự.`,
      `The password must not be longer than ${PASSWORD_MAX_LENGTH} characters.`,
    );
  }
  const lower = value.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) {
    return issue(
      'common',
      'Mật khẩu này quá phổ biến và dễ bị đoán. Vui lòng chọn mật khẩu khác.',
      'This password is too common and easy to guess. Please choose another one.',
    );
  }
  const personal = [context.username, context.email, context.email?.split('@')[0]]
    .filter((v): v is string => !!v && v.trim().length > 0)
    .map((v) => v.trim().toLowerCase());
  if (personal.includes(lower)) {
    return issue(
      'personal',
      'Mật khẩu không được trùng với tên đăng nhập hoặc e-mail.',
      'The password must not be your username or e-mail address.',
    );
  }
  return null;
}

/** Nhập lại mật khẩu (portal only). */
export function validatePasswordConfirmation(password: string, confirmation: string): FieldIssue | null {
  if (!confirmation) return REQUIRED;
  if (password !== confirmation) {
    return issue('mismatch', 'Mật khẩu nhập lại không khớp.', 'The passwords do not match.');
  }
  return null;
}

// ---- Whole forms ----

export interface ProfileFields {
  fullName?: string | null;
  email?: string | null;
  dateOfBirth?: string | null;
  gender?: string | null;
  phone?: string | null;
  provinceCode?: string | null;
  commune?: string | null;
  street?: string | null;
}

export interface RegistrationFields extends ProfileFields {
  username?: string | null;
  password?: string | null;
  citizenId?: string | null;
}

type Validators<T> = { [K in keyof T]-?: (value: T[K], all: T) => FieldIssue | null };

const PROFILE_VALIDATORS: Validators<ProfileFields> = {
  fullName: (v) => validateFullName(v),
  email: (v) => validateEmail(v),
  dateOfBirth: (v) => validateDateOfBirth(v),
  gender: (v) => validateGender(v),
  phone: (v) => validatePhone(v),
  provinceCode: (v) => validateProvinceCode(v),
  commune: (v) => validateCommune(v),
  street: (v) => validateStreet(v),
};

const REGISTRATION_VALIDATORS: Validators<RegistrationFields> = {
  ...PROFILE_VALIDATORS,
  username: (v) => validateUsername(v),
  password: (v, all) => validatePassword(v, { username: all.username, email: all.email }),
  citizenId: (v) => validateCitizenId(v),
};

function run<T extends object>(validators: Validators<T>, input: T, only?: (keyof T)[]): FieldIssues<string> {
  const issues: FieldIssues<string> = {};
  for (const key of Object.keys(validators) as (keyof T)[]) {
    if (only && !only.includes(key)) continue;
    const found = validators[key](input[key], input);
    if (found) issues[key as string] = found;
  }
  return issues;
}

/** Every field of the registration form (captcha aside). */
export function validateRegistration(input: RegistrationFields): FieldIssues<keyof RegistrationFields> {
  return run(REGISTRATION_VALIDATORS, input);
}

/** A profile update: only the fields present in `input` are checked (a partial update). */
export function validateProfileUpdate(input: ProfileFields): FieldIssues<keyof ProfileFields> {
  const present = (Object.keys(input) as (keyof ProfileFields)[]).filter(
    (k) => input[k] !== undefined && k in PROFILE_VALIDATORS,
  );
  return run(PROFILE_VALIDATORS, input, present);
}

/** Picks one language out of a set of issues: { field: message }. */
export function issueMessages(issues: FieldIssues, lang: 'vi' | 'en' = 'vi'): Record<string, string> {
  return Object.fromEntries(
    Object.entries(issues)
      .filter((e): e is [string, FieldIssue] => !!e[1])
      .map(([field, found]) => [field, found[lang]]),
  );
}

// ---- Dates as users type them (dd/MM/yyyy) ----

/** '1990-05-15' → '15/05/1990'; anything else is returned as is. */
export function isoDateToDisplay(iso: string | null | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return m ? `${m[3]}/${m[2]}/${m[1]}` : (iso ?? '');
}

/** '15/05/1990' or '15/5/1990' (also with - or .) → '1990-05-15'; null when it is not a real date. */
export function displayDateToIso(text: string | null | undefined): string | null {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec((text ?? '').trim());
  if (!m) return null;
  const iso = `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  return parseIsoDate(iso) ? iso : null;
}
