import type { ComplexityEstimatorArgs } from '@nestjs/graphql';
import { NOTIFICATION_DEFAULT_PAGE_SIZE, NOTIFICATION_MAX_PAGE_SIZE } from '@dvc/shared/domain';

/** A page costs its size times what each notification selects. */
export function notificationPageComplexity({ args, childComplexity }: ComplexityEstimatorArgs): number {
  const requested = typeof args['pageSize'] === 'number' ? args['pageSize'] : NOTIFICATION_DEFAULT_PAGE_SIZE;
  return 1 + Math.max(1, Math.min(requested, NOTIFICATION_MAX_PAGE_SIZE)) * childComplexity;
}

/** A write that is rate limited: aliases must not repeat it hundreds of times in one document. */
export const MARK_READ_COMPLEXITY = 50;
