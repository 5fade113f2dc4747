import { Injectable, Logger } from '@nestjs/common';
import { AsyncResource } from 'node:async_hooks';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DataSource,
  EntityManager,
  EntitySubscriberInterface,
  QueryRunner,
  TransactionCommitEvent,
  TransactionRollbackEvent,
} from 'typeorm';

type Callback = () => void | Promise<void>;
interface Pending {
  depth: number;
  run: Callback;
}

/**
 * "Do this once the transaction has committed": live pushes and the mail worker's wake-up must never
 * run for a change that is rolled back, nor be seen before the rows they announce are visible.
 * Hooks into TypeORM's transaction events of the data source (so TransactionRunner stays as it is):
 * callbacks of a transaction run after its outermost COMMIT, and are dropped on ROLLBACK (also of the
 * savepoint they were registered in). They run on the next turn of the event loop, after the SQLite
 * serialiser has released its lock, and their failures are only logged: the commit has happened.
 */
@Injectable()
export class AfterCommit implements EntitySubscriberInterface {
  private readonly logger = new Logger(AfterCommit.name);
  private readonly pending = new WeakMap<QueryRunner, Pending[]>();
  /**
   * Created at boot, outside any request: callbacks run in this async context, not in that of the
   * finished transaction (whose SQLite "owner" scope must not leak into later statements).
   */
  private readonly detached = new AsyncResource('AfterCommit');

  constructor(@InjectDataSource() dataSource: DataSource) {
    dataSource.subscribers.push(this);
  }

  /** Runs `callback` after `em`'s transaction commits, or soon if `em` is not in a transaction. */
  run(em: EntityManager | null, callback: Callback): void {
    const runner = em?.queryRunner;
    if (!runner?.isTransactionActive) {
      this.schedule([callback]);
      return;
    }
    const list = this.pending.get(runner) ?? [];
    list.push({ depth: depthOf(runner), run: callback });
    this.pending.set(runner, list);
  }

  afterTransactionCommit({ queryRunner }: TransactionCommitEvent): void {
    if (queryRunner.isTransactionActive) return; // a savepoint was released: the outer one may still roll back
    const list = this.pending.get(queryRunner);
    this.pending.delete(queryRunner);
    if (list?.length) this.schedule(list.map((p) => p.run));
  }

  afterTransactionRollback({ queryRunner }: TransactionRollbackEvent): void {
    const list = this.pending.get(queryRunner);
    if (!list) return;
    const depth = queryRunner.isTransactionActive ? depthOf(queryRunner) : 0;
    const kept = list.filter((p) => p.depth <= depth);
    if (kept.length) this.pending.set(queryRunner, kept);
    else this.pending.delete(queryRunner);
  }

  private schedule(callbacks: Callback[]): void {
    setImmediate(() =>
      this.detached.runInAsyncScope(() => {
        for (const callback of callbacks) {
          Promise.resolve()
            .then(callback)
            .catch((error: unknown) => this.logger.error(`After-commit work failed: ${String(error)}`));
        }
      }),
    );
  }
}

/** Savepoint depth (1 = the outer transaction); TypeORM keeps it in a protected field. */
function depthOf(runner: QueryRunner): number {
  return (runner as unknown as { transactionDepth?: number }).transactionDepth ?? 1;
}
