import type { FailureStreakRule, RateLimitRule } from '../common/rate-limit/rate-limit.service';

const MINUTE = 60;
const HOUR = 60 * MINUTE;

/**
 * Limits of the public account operations, per client IP and per account (username or e-mail).
 * Per-IP limits stay generous because offices and mobile carriers put many people behind one address.
 */
export const ACCOUNT_LIMITS = {
  captchaPerIp: { name: 'captcha:ip', limit: 30, windowSeconds: 5 * MINUTE },
  registerPerIp: { name: 'register:ip', limit: 20, windowSeconds: HOUR },
  registerPerEmail: { name: 'register:email', limit: 5, windowSeconds: HOUR },
  loginPerIp: { name: 'login:ip', limit: 50, windowSeconds: 15 * MINUTE },
  loginPerAccount: { name: 'login:account', limit: 20, windowSeconds: 15 * MINUTE },
  resetPerIp: { name: 'reset:ip', limit: 10, windowSeconds: HOUR },
  resetPerEmail: { name: 'reset:email', limit: 3, windowSeconds: HOUR },
  resendPerIp: { name: 'resend:ip', limit: 10, windowSeconds: HOUR },
  resendPerEmail: { name: 'resend:email', limit: 3, windowSeconds: HOUR },
  changePasswordPerAccount: { name: 'change-password:account', limit: 10, windowSeconds: 15 * MINUTE },
  /** updateProfile with a new e-mail address: each change mails someone (the new address or its owner). */
  emailChangePerAccount: { name: 'email-change:account', limit: 5, windowSeconds: HOUR },
  emailChangePerIp: { name: 'email-change:ip', limit: 20, windowSeconds: HOUR },
  /** Mails one address may receive because of e-mail changes, whoever asks. */
  emailChangePerAddress: { name: 'email-change:address', limit: 3, windowSeconds: HOUR },
} satisfies Record<string, RateLimitRule>;

/** After this many consecutive failed logins an account waits before the next try… */
export const FAILED_LOGINS_BEFORE_DELAY = 5;

/** …30 s, then twice as long after each further failure, up to 15 minutes. */
export function failedLoginDelaySeconds(failures: number): number {
  if (failures < FAILED_LOGINS_BEFORE_DELAY) return 0;
  return Math.min(30 * 2 ** (failures - FAILED_LOGINS_BEFORE_DELAY), 15 * MINUTE);
}

/**
 * The same streak for a login name that belongs to no account, kept in the rate-limit table, so an
 * unknown name answers exactly like an existing one (no "it waits, so it exists"). An account's own
 * streak lives on its row and ends at the next successful login; this one is forgotten after a day.
 */
export const UNKNOWN_NAME_LOGIN_STREAK: FailureStreakRule = {
  name: 'login:failures',
  delaySeconds: failedLoginDelaySeconds,
  forgetSeconds: 24 * HOUR,
};
