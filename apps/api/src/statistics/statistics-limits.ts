import type { RateLimitRule } from '../common/rate-limit/rate-limit.service';

/**
 * A statistics query adds up a period's dossiers (tens of milliseconds at 200,000): generous for a
 * person changing dates, tight enough that a script cannot keep the database busy.
 */
export const STATISTICS_LIMITS = {
  perAccount: { name: 'statistics:account', limit: 60, windowSeconds: 60 },
  publicPerIp: { name: 'statistics-public:ip', limit: 30, windowSeconds: 60 },
} satisfies Record<string, RateLimitRule>;
