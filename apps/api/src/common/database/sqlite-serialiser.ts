import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, QueryRunner } from 'typeorm';

/** The owner of a transaction: one scope per TransactionRunner.run; everything else is OUTSIDE. */
const transactionScope = new AsyncLocalStorage<object>();
const OUTSIDE = Object.freeze({});
const PATCHED = Symbol('sqliteSerialised');

/**
 * Runs `work` as a transaction owner (TransactionRunner does this for every transaction). A transaction
 * begun inside another one's work keeps its owner and nests as a savepoint instead of waiting forever.
 */
export function inTransactionScope<T>(work: () => Promise<T>): Promise<T> {
  return transactionScope.getStore() ? work() : transactionScope.run({}, work);
}

/**
 * better-sqlite3 gives TypeORM a single connection, so a statement from request B issued while
 * request A's transaction is open would run inside it: B would read A's uncommitted rows, and B's
 * write (a session, a rate-limit count) would vanish if A rolled back. Here each transaction has an
 * owner; statements of anyone else wait until it ends, and a transaction waits for statements
 * already running. (MySQL has a pool of connections and needs none of this.)
 */
export function serialiseSqlite(dataSource: DataSource): void {
  const driver = dataSource.driver as { createQueryRunner(mode: string): QueryRunner };
  const create = driver.createQueryRunner.bind(driver);
  const lock = new OwnerLock();
  driver.createQueryRunner = (mode: string) => {
    const runner = create(mode) as QueryRunner & { [PATCHED]?: true };
    if (!runner[PATCHED]) patchRunner(runner, lock);
    return runner;
  };
}

function patchRunner(runner: QueryRunner & { [PATCHED]?: true }, lock: OwnerLock): void {
  runner[PATCHED] = true;
  const query = runner.query.bind(runner);
  const start = runner.startTransaction.bind(runner);
  const commit = runner.commitTransaction.bind(runner);
  const rollback = runner.rollbackTransaction.bind(runner);
  const releaseIfDone = () => {
    if (!runner.isTransactionActive) lock.release();
  };

  runner.query = (async (...args: Parameters<QueryRunner['query']>) => {
    const counted = await lock.enterStatement();
    try {
      return await query(...args);
    } finally {
      if (counted) lock.leaveStatement();
    }
  }) as QueryRunner['query'];

  runner.startTransaction = async (level) => {
    await lock.acquire();
    try {
      await start(level);
    } catch (error) {
      releaseIfDone();
      throw error;
    }
  };
  runner.commitTransaction = async () => {
    await commit();
    releaseIfDone();
  };
  runner.rollbackTransaction = async () => {
    try {
      await rollback();
    } finally {
      releaseIfDone();
    }
  };
}

class OwnerLock {
  private owner: object | null = null;
  private running = 0; // statements outside any transaction, in flight
  private waiters: (() => void)[] = [];

  /** Waits while another owner's transaction is open; true when the statement runs outside one. */
  async enterStatement(): Promise<boolean> {
    const me = current();
    while (this.owner && this.owner !== me) await this.changed();
    if (this.owner) return false;
    this.running++;
    return true;
  }

  leaveStatement(): void {
    this.running--;
    this.notify();
  }

  /** Becomes the owner (or nests a savepoint when already the owner). */
  async acquire(): Promise<void> {
    const me = current();
    if (this.owner === me) return;
    while (this.owner || this.running > 0) await this.changed();
    this.owner = me;
  }

  release(): void {
    this.owner = null;
    this.notify();
  }

  private changed(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private notify(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }
}

function current(): object {
  return transactionScope.getStore() ?? OUTSIDE;
}
