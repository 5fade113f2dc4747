import { DataSource } from 'typeorm';
import { AppConfig } from '../src/config/app-config';
import { dataSourceOptions } from '../src/database/data-source-options';
import { MIGRATIONS } from '../src/database/migrations';
import { migrateWithLock } from '../src/database/schema-lock';
import { createTestDatabase, TestDatabase } from './support/test-database';

/**
 * `cli.js migrate` and instances booting with MIGRATE_ON_START may run at the same moment: on MySQL
 * they take GET_LOCK, so one migrates and the others find nothing to do (before, the second failed
 * with "Table 'accounts' already exists"). Each runner below has its own connection pool.
 */
describe('Migrations under the schema lock', () => {
  let db: TestDatabase;
  const sources: DataSource[] = [];

  beforeEach(async () => {
    db = await createTestDatabase();
  });
  afterEach(async () => {
    await Promise.all(sources.splice(0).map((s) => s.destroy().catch(() => undefined)));
    await db.drop();
  });

  async function source(): Promise<DataSource> {
    const config = AppConfig.fromEnv({ NODE_ENV: 'test', DATABASE_URL: db.url });
    const ds = new DataSource({ ...dataSourceOptions(config), logging: false });
    sources.push(await ds.initialize());
    return ds;
  }

  // SQLite is one process's file: the race only exists on a database server.
  const onServer = process.env['TEST_DB'] === 'mysql' ? it : it.skip;
  onServer(
    'two migrations started together on an empty database both succeed and leave one schema',
    async () => {
      const runners = await Promise.all([source(), source(), source()]);
      const applied = await Promise.all(runners.map((ds) => migrateWithLock(ds)));
      // Exactly one runner applied everything; the others waited for the lock and found nothing left.
      expect([...applied].sort((a, b) => a - b)).toEqual([0, 0, MIGRATIONS.length]);
      const rows = await runners[0].query('SELECT name FROM migrations');
      expect(rows).toHaveLength(MIGRATIONS.length);
      expect(new Set(rows.map((r: { name: string }) => r.name)).size).toBe(MIGRATIONS.length);
      await expect(runners[1].query('SELECT COUNT(*) AS n FROM accounts')).resolves.toHaveLength(1);
    },
  );

  it('a migration run after another finds nothing to do', async () => {
    const first = await source();
    expect(await migrateWithLock(first)).toBe(MIGRATIONS.length);
    expect(await migrateWithLock(await source())).toBe(0);
  });
});
