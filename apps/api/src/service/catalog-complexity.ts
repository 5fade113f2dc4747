import type { ComplexityEstimatorArgs } from '@nestjs/graphql';
import { CATALOG_DEFAULT_PAGE_SIZE, CATALOG_MAX_PAGE_SIZE } from '@dvc/shared/domain';

/**
 * Cost estimates for the catalog's list fields (limit: 5000 per operation, common/graphql).
 * A page costs its size times what each item selects. Relations of an item are fetched in one
 * batched query per page (DataLoader), so a procedure's components or form fields cost twice their
 * element, not once per element: a page of 50 with every relation stays well under the limit,
 * while a page of 100 with everything does not.
 */
export function pageComplexity({ args, childComplexity }: ComplexityEstimatorArgs): number {
  const requested = typeof args['pageSize'] === 'number' ? args['pageSize'] : CATALOG_DEFAULT_PAGE_SIZE;
  const size = Math.max(1, Math.min(requested, CATALOG_MAX_PAGE_SIZE));
  return 1 + size * childComplexity;
}

export function batchedListComplexity({ childComplexity }: ComplexityEstimatorArgs): number {
  return 1 + 2 * childComplexity;
}

/** agencies / sectors: a few dozen rows each. */
export function referenceListComplexity({ childComplexity }: ComplexityEstimatorArgs): number {
  return 1 + 20 * childComplexity;
}
