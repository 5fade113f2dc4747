import { Global, Injectable, Module } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { inTransactionScope, serialiseSqlite } from './sqlite-serialiser';

const MAX_ATTEMPTS = 3;

/**
 * Runs every feature's write transactions (inject it; do not call dataSource.transaction directly).
 * - SQLite (better-sqlite3) has one connection: each transaction runs as its own owner so that
 *   statements of other requests wait for it instead of joining it (see sqlite-serialiser).
 * - MySQL/MariaDB may pick a transaction as a deadlock victim under concurrent submits; it is retried
 *   from the start (the work is idempotent until it commits).
 */
@Injectable()
export class TransactionRunner {
  private readonly sqlite: boolean;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    config: AppConfig,
  ) {
    this.sqlite = config.databaseKind === 'sqlite';
    if (this.sqlite) serialiseSqlite(dataSource);
  }

  run<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.sqlite ? inTransactionScope(() => this.withRetry(work)) : this.withRetry(work);
  }

  private async withRetry<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.dataSource.transaction(work);
      } catch (error) {
        if (attempt >= MAX_ATTEMPTS || !isRetryable(error)) throw error;
        await new Promise((r) => setTimeout(r, 10 * attempt + Math.random() * 20));
      }
    }
  }
}

function isRetryable(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const code = (error as QueryFailedError & { driverError?: { code?: string } }).driverError?.code;
  return code === 'ER_LOCK_DEADLOCK' || code === 'ER_LOCK_WAIT_TIMEOUT' || code === 'SQLITE_BUSY';
}

/** Global, so features inject TransactionRunner without importing a module. */
@Global()
@Module({ providers: [TransactionRunner], exports: [TransactionRunner] })
export class TransactionModule {}
