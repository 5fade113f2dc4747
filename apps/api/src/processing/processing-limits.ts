import type { ComplexityEstimatorArgs } from '@nestjs/graphql';
import type { RateLimitRule } from '../common/rate-limit/rate-limit.service';
import { AGENCY_QUEUE_DEFAULT_PAGE_SIZE, AGENCY_QUEUE_MAX_PAGE_SIZE } from './dto/agency-dossiers.args';

const MINUTE = 60;
const HOUR = 60 * MINUTE;

/**
 * Per account. An officer handles a few dozen dossiers an hour; the limits only stop a script or a
 * stolen session from churning through an agency's queue. Result uploads write files: tighter.
 */
export const PROCESSING_LIMITS = {
  officerActionPerAccount: { name: 'officer-action:account', limit: 120, windowSeconds: 10 * MINUTE },
  completePerAccount: { name: 'complete-dossier:account', limit: 30, windowSeconds: 10 * MINUTE },
  ratePerAccount: { name: 'rate-dossier:account', limit: 20, windowSeconds: HOUR },
} satisfies Record<string, RateLimitRule>;

/** Limits on what an officer writes (characters). */
export const NOTE_MAX_LENGTH = 2000;
export const COMMENT_MAX_LENGTH = 1000;
export const MAX_SUPPLEMENT_ITEMS = 50;

/** A queue page costs its size times what each dossier selects (limit 5000 per operation). */
export function agencyQueueComplexity({ args, childComplexity }: ComplexityEstimatorArgs): number {
  const requested = typeof args['pageSize'] === 'number' ? args['pageSize'] : AGENCY_QUEUE_DEFAULT_PAGE_SIZE;
  return 1 + Math.max(1, Math.min(requested, AGENCY_QUEUE_MAX_PAGE_SIZE)) * childComplexity;
}
