/** Giới tính, as the registration form offers it. */
export const Gender = {
  MALE: 'MALE',
  FEMALE: 'FEMALE',
  OTHER: 'OTHER',
} as const;

export type Gender = (typeof Gender)[keyof typeof Gender];

export const GENDER_LABELS: Record<Gender, { vi: string; en: string }> = {
  MALE: { vi: 'Nam', en: 'Male' },
  FEMALE: { vi: 'Nữ', en: 'Female' },
  OTHER: { vi: 'Khác', en: 'Other' },
};

/** Password policy (NIST SP 800-63B style): a length range and a blocklist, no composition rules. */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

export const USERNAME_MIN_LENGTH = 4;
export const USERNAME_MAX_LENGTH = 30;
export const EMAIL_MAX_LENGTH = 254;
export const FULL_NAME_MAX_LENGTH = 100;
export const COMMUNE_MAX_LENGTH = 100;
export const STREET_MAX_LENGTH = 255;

/** Youngest and oldest sensible ages of an account holder (a CCCD is compulsory from 14). */
export const MIN_ACCOUNT_AGE = 14;
export const MAX_ACCOUNT_AGE = 120;

/** Lifetimes of what the accounts feature hands out. */
export const CAPTCHA_TTL_SECONDS = 5 * 60;
export const EMAIL_VERIFICATION_TTL_SECONDS = 24 * 60 * 60;
export const PASSWORD_RESET_TTL_SECONDS = 60 * 60;
export const SESSION_IDLE_SECONDS = 30 * 60;
export const SESSION_ABSOLUTE_SECONDS = 12 * 60 * 60;
export const REMEMBER_ME_SECONDS = 30 * 24 * 60 * 60;

/** Portal paths that e-mailed links open (built from PUBLIC_URL by the API). */
export const VERIFY_EMAIL_PATH = '/xac-thuc-email';
export const RESET_PASSWORD_PATH = '/dat-lai-mat-khau';
