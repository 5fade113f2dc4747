import { randomUUID } from 'node:crypto';
import type { DataSource, QueryRunner } from 'typeorm';

/** The name every instance and `cli.js migrate` lock on before touching the schema or the seeds. */
export const SCHEMA_LOCK = 'dvc:schema';
const WAIT_S = 600;

/**
 * Runs `work` while holding a database-wide named lock, so that of several processes started together
 * (a rolling deploy, `cli.js migrate` next to booting instances) one migrates and the others wait,
 * then find nothing left to do. MySQL/MariaDB/TiDB: GET_LOCK on a dedicated connection (released by
 * the server if this process dies). A MySQL-compatible database without GET_LOCK: a row in
 * `schema_lock` with an expiry. SQLite: one process owns the file, and its write lock serialises.
 */
export async function withSchemaLock<T>(
  dataSource: DataSource,
  work: () => Promise<T>,
  name = SCHEMA_LOCK,
): Promise<T> {
  if (dataSource.options.type !== 'mysql') return work();
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    const release = await acquire(runner, name);
    try {
      return await work();
    } finally {
      await release().catch(() => undefined);
    }
  } finally {
    await runner.release();
  }
}

async function acquire(runner: QueryRunner, name: string): Promise<() => Promise<unknown>> {
  let rows: { got: number | string | null }[];
  try {
    rows = await runner.query('SELECT GET_LOCK(?, ?) AS got', [name, WAIT_S]);
  } catch (error) {
    if (!unsupported(error)) throw error;
    return acquireRow(runner, name);
  }
  if (Number(rows[0]?.got) !== 1) throw new Error(`Timed out after ${WAIT_S} s waiting for the lock ${name}`);
  return () => runner.query('SELECT RELEASE_LOCK(?)', [name]);
}

/** GET_LOCK missing (ER_SP_DOES_NOT_EXIST) or refused by a proxy (Vitess without lock support). */
function unsupported(error: unknown): boolean {
  const e = error as { code?: string; errno?: number; message?: string };
  return e.errno === 1305 || e.code === 'ER_SP_DOES_NOT_EXIST' || /not supported/i.test(e.message ?? '');
}

/**
 * The fallback: the primary key of `schema_lock` lets one INSERT win; the row expires so that a
 * crashed holder does not block deploys for ever.
 */
async function acquireRow(runner: QueryRunner, name: string): Promise<() => Promise<unknown>> {
  await runner.query(
    'CREATE TABLE IF NOT EXISTS schema_lock (name VARCHAR(64) PRIMARY KEY, holder VARCHAR(36) NOT NULL, expires_at DATETIME NOT NULL)',
  );
  const holder = randomUUID();
  const deadline = Date.now() + WAIT_S * 1000;
  while (Date.now() < deadline) {
    await runner.query('DELETE FROM schema_lock WHERE name = ? AND expires_at < UTC_TIMESTAMP()', [name]);
    try {
      await runner.query(
        'INSERT INTO schema_lock (name, holder, expires_at) VALUES (?, ?, UTC_TIMESTAMP() + INTERVAL ? SECOND)',
        [name, holder, WAIT_S],
      );
      return () => runner.query('DELETE FROM schema_lock WHERE name = ? AND holder = ?', [name, holder]);
    } catch (error) {
      if ((error as { code?: string }).code !== 'ER_DUP_ENTRY') throw error;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  throw new Error(`Timed out after ${WAIT_S} s waiting for the lock ${name}`);
}

/** Applies pending migrations under the schema lock; returns how many ran. */
export async function migrateWithLock(dataSource: DataSource): Promise<number> {
  return withSchemaLock(
    dataSource,
    async () => (await dataSource.runMigrations({ transaction: 'each' })).length,
  );
}
