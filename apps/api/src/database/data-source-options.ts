import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { SqlCountingLogger } from '../common/database/sql-count';
import { MIGRATIONS } from './migrations';

/**
 * One TypeORM configuration for both databases: MySQL/MariaDB in production and CI, an embedded
 * SQLite file by default. Schema changes only ever come from MIGRATIONS (never `synchronize`).
 */
export function dataSourceOptions(config: AppConfig): DataSourceOptions {
  const logging = ['error', 'warn', 'migration'] as ('error' | 'warn' | 'migration')[];
  const common = {
    synchronize: false,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each' as const,
    logging,
    // Benchmark only (BENCH_COUNT_SQL): the same console output, plus a count per request.
    ...(config.env.BENCH_COUNT_SQL ? { logger: new SqlCountingLogger(logging) } : {}),
  };
  if (config.databaseKind === 'sqlite') {
    const database = config.sqlitePath;
    if (database !== ':memory:') mkdirSync(dirname(database), { recursive: true });
    return {
      ...common,
      type: 'better-sqlite3',
      database,
      enableWAL: database !== ':memory:',
      // Waits instead of failing when another connection (e.g. the CLI) holds the write lock.
      prepareDatabase: (db: { pragma(sql: string): unknown }) => {
        db.pragma('busy_timeout = 5000');
      },
    };
  }
  return {
    ...common,
    type: 'mysql',
    url: config.env.DATABASE_URL.replace(/^mariadb:/, 'mysql:'),
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    extra: { connectionLimit: 10 },
  };
}
