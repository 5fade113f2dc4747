import { Logger, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, DataSourceOptions } from 'typeorm';
import { TransactionModule } from '../common/database/transaction-runner';
import { AppConfig } from '../config/app-config';
import { isConnectionError } from '../common/database/connection-error';
import { dataSourceOptions } from './data-source-options';
import { migrateWithLock } from './schema-lock';

/** Options plus what the factory below needs to know (TypeORM ignores the extra keys). */
type BootOptions = DataSourceOptions & { dvcMigrate?: boolean; dvcTarget?: string };

/** The start-up's refusal when the database cannot be reached: says where, not a stack trace. */
export class DatabaseUnreachableError extends Error {
  constructor(target: string, cause: unknown) {
    super(
      `Cannot reach the database at DATABASE_URL=${target}: ${(cause as Error)?.message ?? String(cause)}`,
    );
    this.name = 'DatabaseUnreachableError';
    // Nest logs `stack`: the message is all an operator needs.
    this.stack = this.message;
  }
}

/** DATABASE_URL without its password, for messages. */
export function redactedDatabaseUrl(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

const logger = new Logger('Database');

/**
 * Connects (3 attempts, one readable line each), then migrates under the schema lock when this
 * process should: always on SQLite, on MySQL when MIGRATE_ON_START (otherwise `cli.js migrate`
 * runs as a deploy step before the instances start).
 */
async function connect(options: BootOptions): Promise<DataSource> {
  const { dvcMigrate, dvcTarget, ...typeorm } = options;
  let lastError: unknown;
  for (let attempt = 1; attempt <= 3; attempt++) {
    const dataSource = new DataSource(typeorm as DataSourceOptions);
    try {
      await dataSource.initialize();
    } catch (error) {
      // A mapping or configuration mistake is the developer's: keep its stack.
      if (!isConnectionError(error)) throw error;
      lastError = error;
      logger.warn(`Database not reachable (attempt ${attempt}/3): ${(error as Error).message}`);
      if (attempt < 3) await new Promise((r) => setTimeout(r, 1000));
      continue;
    }
    if (dvcMigrate) {
      const ran = await migrateWithLock(dataSource).catch(async (error: unknown) => {
        await dataSource.destroy().catch(() => undefined);
        throw error;
      });
      if (ran) logger.log(`Applied ${ran} migration(s)`);
    }
    return dataSource;
  }
  throw new DatabaseUnreachableError(dvcTarget ?? '(unknown)', lastError);
}

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        ...dataSourceOptions(config),
        autoLoadEntities: true,
        migrationsRun: false,
        dvcMigrate: config.databaseKind === 'sqlite' || config.env.MIGRATE_ON_START,
        dvcTarget: redactedDatabaseUrl(config.env.DATABASE_URL),
        // connect() retries with readable messages; Nest's own retry would log stack traces.
        toRetry: () => false,
      }),
      dataSourceFactory: (options) => connect(options as BootOptions),
    }),
    TransactionModule,
  ],
})
export class DatabaseModule {}
