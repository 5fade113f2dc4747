import Database from 'better-sqlite3';
import { createConnection, type Connection } from 'mysql2/promise';

/** The little the generator and EXPLAIN need of either database. */
export interface BenchDb {
  kind: 'mysql' | 'sqlite';
  all<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  exec(sql: string): Promise<void>;
  /** Multi-row INSERTs of up to `batch` rows each. */
  insert(table: string, columns: string[], rows: unknown[][]): Promise<void>;
  transaction(work: () => Promise<void>): Promise<void>;
  close(): Promise<void>;
}

export function openSqlite(file: string): BenchDb {
  const db = new Database(file);
  db.pragma('busy_timeout = 10000');
  db.pragma('journal_mode = WAL');
  const statements = new Map<string, Database.Statement>();
  const prepared = (sql: string) => {
    let s = statements.get(sql);
    if (!s) statements.set(sql, (s = db.prepare(sql)));
    return s;
  };
  return {
    kind: 'sqlite',
    all: async <T>(sql: string, params: unknown[] = []) => db.prepare(sql).all(...params) as T[],
    exec: async (sql) => void db.exec(sql),
    insert: async (table, columns, rows) => {
      // One prepared statement per row inside the caller's transaction: SQLite's fastest path.
      const s = prepared(
        `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
      );
      for (const row of rows) s.run(...row);
    },
    transaction: async (work) => {
      db.exec('BEGIN');
      try {
        await work();
        db.exec('COMMIT');
      } catch (error) {
        db.exec('ROLLBACK');
        throw error;
      }
    },
    close: async () => void db.close(),
  };
}

export async function openMysql(url: string): Promise<BenchDb> {
  const conn: Connection = await createConnection({ uri: url, charset: 'utf8mb4_unicode_ci', timezone: 'Z' });
  const BATCH = 1000;
  return {
    kind: 'mysql',
    all: async <T>(sql: string, params: unknown[] = []) => (await conn.query(sql, params))[0] as T[],
    exec: async (sql) => void (await conn.query(sql)),
    insert: async (table, columns, rows) => {
      for (let i = 0; i < rows.length; i += BATCH) {
        await conn.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ?`, [rows.slice(i, i + BATCH)]);
      }
    },
    transaction: async (work) => {
      await conn.query('START TRANSACTION');
      try {
        await work();
        await conn.query('COMMIT');
      } catch (error) {
        await conn.query('ROLLBACK');
        throw error;
      }
    },
    close: () => conn.end(),
  };
}

/** mysql://root@host:3306/name → the server URL without the database, and the name. */
export function splitMysqlUrl(url: string): { server: string; database: string } {
  const u = new URL(url.replace(/^mariadb:/, 'mysql:'));
  const database = u.pathname.replace(/^\//, '');
  if (!/^[A-Za-z0-9_]+$/.test(database)) throw new Error(`bench database name "${database}"`);
  u.pathname = '/';
  return { server: u.toString(), database };
}
