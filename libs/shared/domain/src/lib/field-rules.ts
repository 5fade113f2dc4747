import { fieldIssue, FieldIssue } from './field-issues';
import { isProvinceCodeOfAnyPeriod } from './provinces';

/**
 * One rule per kind of value (phone, e-mail, CCCD, ISO date, person name). Account validation, the
 * dossier applicant, intake-form fields and the catalog rules all call these; none keeps its own regex.
 */

export const EMAIL_MAX_CHARS = 254;
export const ISO_DATE_MIN_YEAR = 1900;
export const ISO_DATE_MAX_YEAR = 2199;

// ---- Phone ----

/** "+84 912 345 678", "0912.345.678" → "0912345678". Unparseable input is returned compacted. */
export function normalizePhone(value: string): string {
  const compact = value.trim().replace(/[\s.\-()]/g, '');
  if (/^\+?84\d{9,10}$/.test(compact)) return `0${compact.replace(/^\+?84/, '')}`;
  return compact;
}

/** A mobile number: 0 + a mobile prefix (3, 5, 7, 8, 9) + 8 digits, once normalised. */
export function isVnMobile(value: string): boolean {
  return /^0[35789]\d{8}$/.test(normalizePhone(value));
}

/** A mobile number or a landline (02x + 8 digits, 11 digits since the 2017 renumbering). */
export function isVnPhone(value: string): boolean {
  const phone = normalizePhone(value);
  return /^0[35789]\d{8}$/.test(phone) || /^02\d{9}$/.test(phone);
}

/**
 * Which numbers a field accepts. An account's phone is where the portal reaches the person
 * (SMS about their dossiers), so it must be a mobile; a dossier's contact phone or an intake-form
 * phone may be a landline (a company's or an office's number), as paper forms always allowed.
 */
export type PhoneKind = 'mobile' | 'any';

/** Null when the (non-empty) value is a phone number of that kind. */
export function checkPhone(value: string, kind: PhoneKind): FieldIssue | null {
  if (kind === 'mobile') return isVnMobile(value) ? null : fieldIssue('invalidMobile');
  return isVnPhone(value) ? null : fieldIssue('invalidPhone');
}

// ---- E-mail ----

export function normalizeEmail(value: string): string {
  return value.trim().toLowerCase();
}

// Practical rather than RFC 5322: one @, a dotted domain of valid labels, no spaces or quotes.
const EMAIL_RE =
  /^[a-z0-9.!#$%&*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

/** True for an address we can send mail to (compared lower-cased, as it is stored). */
export function isEmail(value: string): boolean {
  const email = normalizeEmail(value);
  return email.length <= EMAIL_MAX_CHARS && EMAIL_RE.test(email) && !email.includes('..');
}

// ---- CCCD ----

/**
 * Số CCCD: 12 digits; the first three are "0" + the code of the province where the birth was
 * registered — a current code or, for a card issued before July 2025, a former one (provinces.ts).
 */
export function isCitizenId(value: string): boolean {
  const id = value.trim();
  return /^0\d{11}$/.test(id) && isProvinceCodeOfAnyPeriod(id.slice(1, 3));
}

// ---- ISO dates ----

/**
 * Parses YYYY-MM-DD (a real calendar date, years 1900–2199) into a UTC date, or null. The range
 * keeps typos like 0199 or 20255 out of the database, whose date columns cannot sort them anyway.
 */
export function parseIsoDate(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < ISO_DATE_MIN_YEAR || y > ISO_DATE_MAX_YEAR) return null;
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date;
}

/** True for a real calendar date written YYYY-MM-DD (1900–2199). */
export function isIsoDate(value: string): boolean {
  return parseIsoDate(value) !== null;
}

// ---- Text ----

/** Trims, NFC-normalises and collapses inner whitespace. */
export function normalizeText(value: string): string {
  return value.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Characters as a person counts them (code points, composed), not UTF-16 units. */
export function textLength(text: string): number {
  return [...text.normalize('NFC')].length;
}

export const PERSON_NAME_MIN = 2;

/**
 * A person's name: letters (any script, with their marks), spaces and . ' - only, starting with a
 * letter. This is what keeps markup such as `<svg/onload=…>` out of names shown to officers.
 */
export function checkPersonName(value: string, max: number): FieldIssue | null {
  const name = normalizeText(value);
  if (name.length < PERSON_NAME_MIN || name.length > max) {
    return fieldIssue('lengthBetween', { min: PERSON_NAME_MIN, max });
  }
  return /^[\p{L}\p{M}][\p{L}\p{M} .'-]*$/u.test(name) ? null : fieldIssue('invalidName');
}
