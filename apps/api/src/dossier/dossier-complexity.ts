import type { ComplexityEstimatorArgs } from '@nestjs/graphql';
import { DOSSIER_DEFAULT_PAGE_SIZE, DOSSIER_MAX_PAGE_SIZE } from '@dvc/shared/domain';

/** A page costs its size times what each dossier selects (limit 5000 per operation). */
export function dossierPageComplexity({ args, childComplexity }: ComplexityEstimatorArgs): number {
  const requested = typeof args['pageSize'] === 'number' ? args['pageSize'] : DOSSIER_DEFAULT_PAGE_SIZE;
  return 1 + Math.max(1, Math.min(requested, DOSSIER_MAX_PAGE_SIZE)) * childComplexity;
}

/** Files and history of a dossier: loaded in one batch per request, a dozen rows or so each. */
export function dossierListComplexity({ childComplexity }: ComplexityEstimatorArgs): number {
  return 1 + 5 * childComplexity;
}
