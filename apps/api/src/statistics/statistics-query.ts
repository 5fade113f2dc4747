import { DossierStatus } from '@dvc/shared/domain';
import type { EntityManager } from 'typeorm';
import { sqlDate } from './dossier-outcomes';
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
 * The figures of the dossiers SENT in [from, to) (first submission), per agency and procedure: three
 * GROUP BY statements (dossiers with their outcome, supplement requests, ratings), never rows. The
 * dossiers statement reads the statistics indexes (1765000000000-statistics-audit.ts); the outcome,
 * request and rating rows are found by dossier id.
 */
export async function procedureSums(em: EntityManager, scope: StatisticsScope): Promise<ProcedureSums[]> {
  const where = `d.submitted_at >= ? AND d.submitted_at < ?${scope.agencyId ? ' AND d.agency_id = ?' : ''}`;
  const params: unknown[] = [sqlDate(scope.from), sqlDate(scope.to)];
  if (scope.agencyId) params.push(scope.agencyId);
  const open = OPEN.map(() => '?').join(', ');
  const main = (await em.query(
    `SELECT d.agency_id AS agency_id, d.procedure_id AS procedure_id,
            COUNT(*) AS received,
            SUM(CASE WHEN d.status IN (${open}) THEN 1 ELSE 0 END) AS in_progress,
            SUM(CASE WHEN d.status = ? AND o.on_time <> 0 THEN 1 ELSE 0 END) AS on_time,
            SUM(CASE WHEN d.status = ? AND o.on_time = 0 THEN 1 ELSE 0 END) AS late,
            SUM(CASE WHEN d.status = ? THEN 1 ELSE 0 END) AS rejected,
            SUM(CASE WHEN d.status = ? THEN COALESCE(o.working_days, 0) ELSE 0 END) AS days_sum,
            SUM(CASE WHEN d.status = ? AND o.working_days IS NOT NULL THEN 1 ELSE 0 END) AS days_count
       FROM dossiers d LEFT JOIN dossier_outcomes o ON o.dossier_id = d.id
      WHERE ${where}
      GROUP BY d.agency_id, d.procedure_id`,
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
  const supplements = (await em.query(
    `SELECT d.agency_id AS agency_id, d.procedure_id AS procedure_id, COUNT(*) AS n
       FROM dossiers d JOIN supplement_requests s ON s.dossier_id = d.id
      WHERE ${where} GROUP BY d.agency_id, d.procedure_id`,
    params,
  )) as Record<string, unknown>[];
  const ratings = (await em.query(
    `SELECT d.agency_id AS agency_id, d.procedure_id AS procedure_id, COUNT(*) AS n, SUM(r.score) AS total
       FROM dossiers d JOIN dossier_ratings r ON r.dossier_id = d.id
      WHERE ${where} GROUP BY d.agency_id, d.procedure_id`,
    params,
  )) as Record<string, unknown>[];

  const byKey = new Map<string, ProcedureSums>();
  const entry = (row: Record<string, unknown>) => {
    const agencyId = String(row['agency_id']);
    const procedureId = String(row['procedure_id']);
    const key = `${agencyId}|${procedureId}`;
    let found = byKey.get(key);
    if (!found) byKey.set(key, (found = { agencyId, procedureId, sums: emptySums() }));
    return found.sums;
  };
  for (const row of main) {
    addSums(entry(row), {
      received: Number(row['received']),
      inProgress: Number(row['in_progress']),
      completedOnTime: Number(row['on_time']),
      completedLate: Number(row['late']),
      rejected: Number(row['rejected']),
      workingDaysSum: Number(row['days_sum']),
      workingDaysCount: Number(row['days_count']),
    });
  }
  for (const row of supplements) addSums(entry(row), { supplementRequests: Number(row['n']) });
  for (const row of ratings) {
    addSums(entry(row), { ratingCount: Number(row['n']), ratingSum: Number(row['total']) });
  }
  return [...byKey.values()];
}
