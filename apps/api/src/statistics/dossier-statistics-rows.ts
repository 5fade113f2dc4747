import { DossierStatus, pausedWorkingDays } from '@dvc/shared/domain';

/** Runs one SQL statement (an EntityManager's or a QueryRunner's `query`). */
export type RunQuery = (sql: string, params?: unknown[]) => Promise<unknown>;

export interface OutcomeInput {
  finishedAt: Date;
  dueDate: Date | null;
  receivedAt: Date | null;
  /** Supplement pauses that ended (requested → resubmitted). */
  pauses: { requestedAt: Date; resolvedAt: Date }[];
}

/** Pure: a finished dossier's figures (Decree 61/2018: counted from the day after reception). */
export function computeOutcome(input: OutcomeInput): { workingDays: number | null; onTime: boolean } {
  let workingDays: number | null = null;
  if (input.receivedAt) {
    const paused = input.pauses.reduce((sum, p) => sum + pausedWorkingDays(p.requestedAt, p.resolvedAt), 0);
    workingDays = Math.max(0, pausedWorkingDays(input.receivedAt, input.finishedAt) - paused);
  }
  const onTime = !input.dueDate || input.finishedAt.getTime() <= input.dueDate.getTime();
  return { workingDays, onTime };
}

const FINISHED: string[] = [DossierStatus.COMPLETED, DossierStatus.REJECTED];

export function isFinished(status: string): boolean {
  return FINISHED.includes(status);
}

/**
 * A datetime parameter for raw SQL: better-sqlite3 binds no Date, and TypeORM stores datetimes as
 * UTC 'YYYY-MM-DD HH:MM:SS.sss' (MySQL runs with timezone 'Z' and reads the same text).
 */
export function sqlDate(value: Date): string {
  return value.toISOString().replace('T', ' ').replace('Z', '');
}

export const toDate = (value: unknown): Date | null => {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  // SQLite returns 'YYYY-MM-DD HH:MM:SS.sss' in UTC (TypeORM's storage format).
  const text = String(value);
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text.replace(' ', 'T')}Z`);
};

/** Reads the reception and the supplement pauses of a finished dossier and computes its figures. */
async function outcomeOf(query: RunQuery, dossierId: string, dueDate: Date | null, finishedAt: Date) {
  const received = (await query(
    `SELECT created_at FROM processing_steps WHERE dossier_id = ? AND to_status = ? ORDER BY position LIMIT 1`,
    [dossierId, DossierStatus.RECEIVED],
  )) as { created_at: unknown }[];
  const pauses = (await query(
    `SELECT requested_at, resolved_at FROM supplement_requests WHERE dossier_id = ? AND resolved_at IS NOT NULL`,
    [dossierId],
  )) as { requested_at: unknown; resolved_at: unknown }[];
  return computeOutcome({
    finishedAt,
    dueDate,
    receivedAt: toDate(received[0]?.created_at),
    pauses: pauses.map((p) => ({
      requestedAt: toDate(p.requested_at) as Date,
      resolvedAt: toDate(p.resolved_at) as Date,
    })),
  });
}

/**
 * Keeps the dossier's statistics row in step with a status change, in the change's transaction
 * (called by DossierTransitions after the dossier row and its step are written).
 */
export async function trackTransition(
  query: RunQuery,
  dossier: { id: string; dueDate: Date | null },
  to: string,
  at: Date,
): Promise<void> {
  const found = (await query('SELECT status FROM dossier_statistics WHERE dossier_id = ?', [
    dossier.id,
  ])) as unknown[];
  // The first submission, or a dossier sent before this table (or written by a seeder): built from
  // the dossier as it now is, this change included.
  if (!found.length) {
    await backfillStatistics(query, dossier.id);
    return;
  }
  const sets = ['status = ?'];
  const params: unknown[] = [to];
  if (to === DossierStatus.SUPPLEMENT_REQUESTED) sets.push('supplement_count = supplement_count + 1');
  if (isFinished(to)) {
    const { workingDays, onTime } = await outcomeOf(query, dossier.id, dossier.dueDate, at);
    sets.push('finished_at = ?', 'working_days = ?', 'on_time = ?');
    params.push(sqlDate(at), workingDays, onTime ? 1 : 0);
  }
  await query(`UPDATE dossier_statistics SET ${sets.join(', ')} WHERE dossier_id = ?`, [
    ...params,
    dossier.id,
  ]);
}

/** The rating given by the citizen (rateDossier). */
export async function trackRating(query: RunQuery, dossierId: string, score: number): Promise<void> {
  await query('UPDATE dossier_statistics SET rating = ? WHERE dossier_id = ?', [score, dossierId]);
}

const BATCH = 500;

/**
 * Sent dossiers without a statistics row get one, computed from their tables (status, supplement
 * requests, rating, and for finished ones the step that finished them). For the migration, seeders
 * writing rows directly, and one dossier (`onlyId`). In batches by id. Returns how many were added.
 */
export async function backfillStatistics(query: RunQuery, onlyId?: string): Promise<number> {
  let after = '';
  let added = 0;
  for (;;) {
    const rows = (await query(
      `SELECT d.id, d.agency_id, d.procedure_id, d.submitted_at, d.status, d.due_date,
              (SELECT COUNT(*) FROM supplement_requests s WHERE s.dossier_id = d.id) AS supplements,
              (SELECT MAX(r.score) FROM dossier_ratings r WHERE r.dossier_id = d.id) AS rating,
              (SELECT MAX(st.created_at) FROM processing_steps st
                WHERE st.dossier_id = d.id AND st.to_status = d.status) AS finished_at
         FROM dossiers d LEFT JOIN dossier_statistics x ON x.dossier_id = d.id
        WHERE d.submitted_at IS NOT NULL AND x.dossier_id IS NULL AND d.id > ?${onlyId ? ' AND d.id = ?' : ''}
        ORDER BY d.id LIMIT ${BATCH}`,
      onlyId ? [after, onlyId] : [after],
    )) as Record<string, unknown>[];
    if (rows.length === 0) return added;
    for (const row of rows) {
      const status = String(row['status']);
      const finishedAt = isFinished(status) ? toDate(row['finished_at']) : null;
      const outcome = finishedAt
        ? await outcomeOf(query, String(row['id']), toDate(row['due_date']), finishedAt)
        : null;
      await query(
        `INSERT INTO dossier_statistics (dossier_id, agency_id, procedure_id, submitted_at, status, finished_at,
           working_days, on_time, supplement_count, rating) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          row['id'],
          row['agency_id'],
          row['procedure_id'],
          sqlDate(toDate(row['submitted_at']) as Date),
          status,
          finishedAt ? sqlDate(finishedAt) : null,
          outcome?.workingDays ?? null,
          outcome ? (outcome.onTime ? 1 : 0) : null,
          Number(row['supplements'] ?? 0),
          row['rating'] === null || row['rating'] === undefined ? null : Number(row['rating']),
        ],
      );
      added++;
    }
    after = String(rows[rows.length - 1]['id']);
  }
}
