import { DossierStatus, pausedWorkingDays } from '@dvc/shared/domain';

/** Runs one SQL statement (an EntityManager's or a QueryRunner's `query`). */
export type RunQuery = (sql: string, params?: unknown[]) => Promise<unknown>;

export type FinishedStatus = typeof DossierStatus.COMPLETED | typeof DossierStatus.REJECTED;

export interface OutcomeInput {
  dossierId: string;
  outcome: FinishedStatus;
  finishedAt: Date;
  dueDate: Date | null;
  receivedAt: Date | null;
  /** Supplement pauses that ended (requested → resubmitted). */
  pauses: { requestedAt: Date; resolvedAt: Date }[];
}

export interface Outcome {
  workingDays: number | null;
  onTime: boolean;
}

/** Pure: the figures stored for a finished dossier (Decree 61/2018: counted from the day after reception). */
export function computeOutcome(input: OutcomeInput): Outcome {
  let workingDays: number | null = null;
  if (input.receivedAt) {
    const paused = input.pauses.reduce((sum, p) => sum + pausedWorkingDays(p.requestedAt, p.resolvedAt), 0);
    workingDays = Math.max(0, pausedWorkingDays(input.receivedAt, input.finishedAt) - paused);
  }
  const onTime = !input.dueDate || input.finishedAt.getTime() <= input.dueDate.getTime();
  return { workingDays, onTime };
}

/**
 * A datetime parameter for raw SQL: better-sqlite3 binds no Date, and TypeORM stores datetimes as
 * UTC 'YYYY-MM-DD HH:MM:SS.sss' (MySQL runs with timezone 'Z' and reads the same text).
 */
export function sqlDate(value: Date): string {
  return value.toISOString().replace('T', ' ').replace('Z', '');
}

const FINISHED: string[] = [DossierStatus.COMPLETED, DossierStatus.REJECTED];

export function isFinished(status: string): boolean {
  return FINISHED.includes(status);
}

export const toDate = (value: unknown): Date | null => {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  // SQLite returns 'YYYY-MM-DD HH:MM:SS.sss' in UTC (TypeORM's storage format).
  const text = String(value);
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text.replace(' ', 'T')}Z`);
};

/**
 * Reads what the outcome needs (reception step, supplement pauses) and inserts the row. Called by
 * DossierTransitions in the finishing transaction, and by the backfill for rows written directly.
 */
export async function recordOutcome(
  query: RunQuery,
  dossier: { id: string; dueDate: Date | null },
  outcome: FinishedStatus,
  finishedAt: Date,
): Promise<void> {
  const received = (await query(
    `SELECT created_at FROM processing_steps WHERE dossier_id = ? AND to_status = ? ORDER BY position LIMIT 1`,
    [dossier.id, DossierStatus.RECEIVED],
  )) as { created_at: unknown }[];
  const pauses = (await query(
    `SELECT requested_at, resolved_at FROM supplement_requests WHERE dossier_id = ? AND resolved_at IS NOT NULL`,
    [dossier.id],
  )) as { requested_at: unknown; resolved_at: unknown }[];
  const { workingDays, onTime } = computeOutcome({
    dossierId: dossier.id,
    outcome,
    finishedAt,
    dueDate: dossier.dueDate,
    receivedAt: toDate(received[0]?.created_at),
    pauses: pauses.map((p) => ({
      requestedAt: toDate(p.requested_at) as Date,
      resolvedAt: toDate(p.resolved_at) as Date,
    })),
  });
  await query(
    `INSERT INTO dossier_outcomes (dossier_id, outcome, finished_at, working_days, on_time) VALUES (?, ?, ?, ?, ?)`,
    [dossier.id, outcome, sqlDate(finishedAt), workingDays, onTime ? 1 : 0],
  );
}

const BATCH = 500;

/**
 * Finished dossiers without an outcome row (written before this table existed, or straight into the
 * tables by a seeder) get one. The finishing time is the step that finished them. In batches by id.
 * Returns how many rows were added.
 */
export async function backfillOutcomes(query: RunQuery): Promise<number> {
  let after = '';
  let added = 0;
  for (;;) {
    const rows = (await query(
      `SELECT d.id, d.status, d.due_date,
              (SELECT MAX(s.created_at) FROM processing_steps s WHERE s.dossier_id = d.id AND s.to_status = d.status) AS finished_at
         FROM dossiers d LEFT JOIN dossier_outcomes o ON o.dossier_id = d.id
        WHERE d.status IN (?, ?) AND o.dossier_id IS NULL AND d.id > ?
        ORDER BY d.id LIMIT ${BATCH}`,
      [DossierStatus.COMPLETED, DossierStatus.REJECTED, after],
    )) as { id: string; status: string; due_date: unknown; finished_at: unknown }[];
    if (rows.length === 0) return added;
    for (const row of rows) {
      const finishedAt = toDate(row.finished_at);
      if (!finishedAt) continue; // no history: nothing honest to count
      await recordOutcome(
        query,
        { id: row.id, dueDate: toDate(row.due_date) },
        row.status as FinishedStatus,
        finishedAt,
      );
      added++;
    }
    after = rows[rows.length - 1].id;
  }
}
