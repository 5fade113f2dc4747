import { DossierStatus } from '@dvc/shared/domain';
import type { EntityManager } from 'typeorm';
import { sqlDate } from './dossier-statistics-rows';
import { addSums, emptySums, FigureSums } from './statistics-figures';

export interface StatisticsScope {
  from: Date;
  to: Date;
  /** One agency, or every agency. */
  agencyId: string | null;
}

export interface ProcedureSums {
  agencyId: string;
  procedureId: string;
  sums: FigureSums;
}

const OPEN = [
  DossierStatus.SUBMITTED,
  DossierStatus.RECEIVED,
  DossierStatus.IN_PROGRESS,
  DossierStatus.SUPPLEMENT_REQUESTED,
];

/**
 * The figures of the dossiers SENT in [from, to) (first submission), per agency and procedure: one
 * GROUP BY over `dossier_statistics`, read from its covering index (1765000000000-statistics-audit.ts).
 */
export async function procedureSums(em: EntityManager, scope: StatisticsScope): Promise<ProcedureSums[]> {
  const params: unknown[] = [sqlDate(scope.from), sqlDate(scope.to)];
  if (scope.agencyId) params.push(scope.agencyId);
  const open = OPEN.map(() => '?').join(', ');
  const rows = (await em.query(
    `SELECT agency_id, procedure_id,
            COUNT(*) AS received,
            SUM(CASE WHEN status IN (${open}) THEN 1 ELSE 0 END) AS in_progress,
            SUM(CASE WHEN status = ? AND on_time <> 0 THEN 1 ELSE 0 END) AS on_time,
            SUM(CASE WHEN status = ? AND on_time = 0 THEN 1 ELSE 0 END) AS late,
            SUM(CASE WHEN status = ? THEN 1 ELSE 0 END) AS rejected,
            SUM(supplement_count) AS supplements,
            SUM(CASE WHEN status = ? THEN COALESCE(working_days, 0) ELSE 0 END) AS days_sum,
            SUM(CASE WHEN status = ? AND working_days IS NOT NULL THEN 1 ELSE 0 END) AS days_count,
            COUNT(rating) AS rating_count,
            SUM(COALESCE(rating, 0)) AS rating_sum
       FROM dossier_statistics
      WHERE submitted_at >= ? AND submitted_at < ?${scope.agencyId ? ' AND agency_id = ?' : ''}
      GROUP BY agency_id, procedure_id`,
    [
      ...OPEN,
      DossierStatus.COMPLETED,
      DossierStatus.COMPLETED,
      DossierStatus.REJECTED,
      DossierStatus.COMPLETED,
      DossierStatus.COMPLETED,
      ...params,
    ],
  )) as Record<string, unknown>[];
  return rows.map((row) => {
    const sums = emptySums();
    addSums(sums, {
      received: Number(row['received']),
      inProgress: Number(row['in_progress']),
      completedOnTime: Number(row['on_time']),
      completedLate: Number(row['late']),
      rejected: Number(row['rejected']),
      supplementRequests: Number(row['supplements']),
      workingDaysSum: Number(row['days_sum']),
      workingDaysCount: Number(row['days_count']),
      ratingCount: Number(row['rating_count']),
      ratingSum: Number(row['rating_sum']),
    });
    return { agencyId: String(row['agency_id']), procedureId: String(row['procedure_id']), sums };
  });
}
