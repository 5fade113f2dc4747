import type { RateLimitRule } from '../common/rate-limit/rate-limit.service';

/** Per admin account: an administrator's day has dozens of such changes, not thousands. */
export const ADMIN_LIMITS = {
  accountsReadPerAccount: { name: 'admin-accounts:account', limit: 120, windowSeconds: 60 },
  accountChangePerAccount: { name: 'admin-account-change:account', limit: 60, windowSeconds: 10 * 60 },
  invitePerAccount: { name: 'admin-invite:account', limit: 30, windowSeconds: 60 * 60 },
} satisfies Record<string, RateLimitRule>;

/** The set-password link of an invitation lasts three days (a reset link: 1 hour). */
export const INVITATION_TTL_SECONDS = 3 * 24 * 60 * 60;
