import type { RateLimitRule } from '../common/rate-limit/rate-limit.service';

const MINUTE = 60;
const HOUR = 60 * MINUTE;

/** How long an export link works (once). */
export const EXPORT_LINK_TTL_SECONDS = HOUR;

/** The download route of an export (under /files: the portal's proxy and the session cookie reach it). */
export const EXPORT_DOWNLOAD_PATH = '/files/exports';

/**
 * Limits of the personal-data operations, per account: an export reads everything the citizen has
 * and streams every file; a deletion checks the password (so it is also a password guess).
 */
export const PRIVACY_LIMITS = {
  exportPerAccount: { name: 'data-export:account', limit: 3, windowSeconds: HOUR },
  deletePerAccount: { name: 'account-delete:account', limit: 5, windowSeconds: 15 * MINUTE },
} satisfies Record<string, RateLimitRule>;
