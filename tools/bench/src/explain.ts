import type { Fixtures, PreparedDb } from './generate';
import { EXPLAINED } from './operations';

export interface Explained {
  name: string;
  sql: string;
  plan: Record<string, unknown>[];
}

/** The query plans of the paged queues on the generated data (MariaDB EXPLAIN, SQLite EXPLAIN QUERY PLAN). */
export async function explain(prepared: PreparedDb, fixtures: Fixtures): Promise<Explained[]> {
  const db = await prepared.open();
  try {
    const [owner] = await db.all<{ id: string }>('SELECT id FROM accounts WHERE username = ?', [
      fixtures.citizen,
    ]);
    const [officer] = await db.all<{ agency_id: string }>(
      'SELECT agency_id FROM accounts WHERE username = ?',
      [fixtures.officer],
    );
    const ids = { owner: owner.id, agency: officer.agency_id };
    const out: Explained[] = [];
    for (const e of EXPLAINED) {
      const prefix = db.kind === 'mysql' ? 'EXPLAIN ' : 'EXPLAIN QUERY PLAN ';
      const plan = await db.all(prefix + e.sql, e.params(ids));
      const keep = db.kind === 'mysql' ? ['table', 'type', 'key', 'rows', 'Extra'] : ['detail'];
      out.push({
        name: e.name,
        sql: e.sql,
        plan: plan.map((r) => Object.fromEntries(keep.map((k) => [k, r[k]]))),
      });
    }
    return out;
  } finally {
    await db.close();
  }
}
