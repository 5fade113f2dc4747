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
import {
  fieldIssue,
  FieldIssue,
  FieldIssues,
  Lang,
  fieldIssueMessages,
  REQUIRED_ISSUE,
} from './field-issues';
import {
  checkPersonName,
  checkPhone,
  isCitizenId,
  isEmail,
  normalizeEmail,
  normalizeText,
  parseIsoDate,
} from './field-rules';
import { findProvince } from './provinces';

/**
 * Validation of account fields, shared by the API (which answers `extensions.fields` in the
 * request's language) and the portal (which shows the same rule inline, in the user's language).
 * Each check returns null when the value is fine, or a `FieldIssue` (field-issues.ts).
 */
const REQUIRED = REQUIRED_ISSUE;

const isBlank = (value: string | null | undefined): boolean => !value || value.trim() === '';

export function normalizeUsername(value: string): string {
  return value.trim().toLowerCase();
}

// ---- Single fields ----

export function validateFullName(value: string | null | undefined): FieldIssue | null {
  if (isBlank(value)) return REQUIRED;
  return checkPersonName(value as string, FULL_NAME_MAX_LENGTH);
}

export function validateUsername(value: string | null | undefined): FieldIssue | null {
  if (isBlank(value)) return REQUIRED;
  const username = normalizeUsername(value as string);
  if (username.length < USERNAME_MIN_LENGTH || username.length > USERNAME_MAX_LENGTH) {
    return fieldIssue('lengthBetween', { min: USERNAME_MIN_LENGTH, max: USERNAME_MAX_LENGTH });
  }
  return /^[a-z0-9][a-z0-9._-]*$/.test(username) ? null : fieldIssue('invalidUsername');
}

export function validateEmail(value: string | null | undefined): FieldIssue | null {
  if (isBlank(value)) return REQUIRED;
  return normalizeEmail(value as string).length <= EMAIL_MAX_LENGTH && isEmail(value as string)
    ? null
    : fieldIssue('invalidEmail');
}

/** Số CCCD: see `isCitizenId` (12 digits, a province code of birth registration first). */
export function validateCitizenId(value: string | null | undefined): FieldIssue | null {
  if (isBlank(value)) return REQUIRED;
  return isCitizenId(value as string) ? null : fieldIssue('invalidCitizenId');
}

/** The account's phone: a mobile number, since that is where the portal reaches the person. */
export function validatePhone(value: string | null | undefined): FieldIssue | null {
  if (isBlank(value)) return REQUIRED;
  return checkPhone(value as string, 'mobile');
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
  if (!birth) return fieldIssue('invalidDate');
  const age = ageOn(birth, today);
  if (birth.getTime() > today.getTime()) return fieldIssue('futureDate');
  if (age < MIN_ACCOUNT_AGE) return fieldIssue('tooYoung', { min: MIN_ACCOUNT_AGE });
  if (age > MAX_ACCOUNT_AGE) return fieldIssue('implausibleDate');
  return null;
}

export function validateGender(value: string | null | undefined): FieldIssue | null {
  if (isBlank(value)) return REQUIRED;
  return Object.values(Gender).includes(value as Gender) ? null : fieldIssue('invalidOption');
}

/** Optional: one of the 34 province-level units. */
export function validateProvinceCode(value: string | null | undefined): FieldIssue | null {
  if (isBlank(value)) return null;
  return findProvince(value as string) ? null : fieldIssue('invalidProvince');
}

function maxLength(max: number) {
  return (value: string | null | undefined): FieldIssue | null => {
    if (isBlank(value) || normalizeText(value as string).length <= max) return null;
    return fieldIssue('tooLong', { max });
  };
}

export const validateCommune = maxLength(COMMUNE_MAX_LENGTH);
export const validateStreet = maxLength(STREET_MAX_LENGTH);

/** True for the password issues that mean "choose a stronger one" (WEAK_PASSWORD) rather than bad input. */
export const WEAK_PASSWORD_RULES: readonly string[] = ['tooShort', 'commonPassword', 'personalPassword'];

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
  if (length < PASSWORD_MIN_LENGTH) return fieldIssue('tooShort', { min: PASSWORD_MIN_LENGTH });
  if (length > PASSWORD_MAX_LENGTH) return fieldIssue('tooLong', { max: PASSWORD_MAX_LENGTH });
  const lower = value.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) return fieldIssue('commonPassword');
  const personal = [context.username, context.email, context.email?.split('@')[0]]
    .filter((v): v is string => !!v && v.trim().length > 0)
    .map((v) => v.trim().toLowerCase());
  return personal.includes(lower) ? fieldIssue('personalPassword') : null;
}

/** Nhập lại mật khẩu (portal only). */
export function validatePasswordConfirmation(password: string, confirmation: string): FieldIssue | null {
  if (!confirmation) return REQUIRED;
  return password === confirmation ? null : fieldIssue('passwordMismatch');
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
export function issueMessages(issues: FieldIssues, lang: Lang = 'vi'): Record<string, string> {
  return fieldIssueMessages(issues, lang);
}

// ---- Dates as users type them (dd/MM/yyyy) ----

/** '1990-05-15' → '15/05/1990'; anything else is returned as is (also what the API's forms print). */
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
