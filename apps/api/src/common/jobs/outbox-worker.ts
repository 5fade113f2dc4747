import { Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import type { SchedulerRegistry } from '@nestjs/schedule';
import { Repository } from 'typeorm';
import { claimDueRows, OutboxClaim, OutboxEntity } from '../database/outbox-claim';
import { QueueDrainer } from './queue-drainer';

/** The service rows are queued through; it wakes the worker after a commit that queued some. */
export interface OutboxQueue {
  onQueued(listener: () => void): void;
}

export interface OutboxWorkerOptions extends OutboxClaim {
  /** For log lines and the schedule's interval name. */
  name: string;
  pollMs: number;
  /** The server's schedule (@nestjs/schedule), which lists the poll interval. */
  scheduler?: SchedulerRegistry;
}

/**
 * A worker that sends the rows of an outbox table (mail_outbox, webhook_deliveries), never inside a
 * transaction: woken after each commit that queued rows, and on an interval for retries and for rows
 * queued by other processes. Rows are claimed with claimDueRows, so with several API instances each
 * row is sent by one. Subclasses say how a claimed batch is sent.
 */
export abstract class OutboxWorker<T extends OutboxEntity>
  implements OnApplicationBootstrap, OnModuleDestroy
{
  protected readonly logger = new Logger(this.constructor.name);
  private readonly loop: QueueDrainer<T>;

  protected constructor(
    repo: Repository<T>,
    private readonly queue: OutboxQueue,
    { name, pollMs, scheduler, ...claim }: OutboxWorkerOptions,
  ) {
    this.loop = new QueueDrainer({
      name,
      logger: this.logger,
      claim: () => claimDueRows(repo, claim),
      handle: (batch) => this.handle(batch),
      // A closed data source means the app is going away (or a test pulled it): nothing to send with.
      canRun: () => repo.manager.connection.isInitialized,
      pollMs,
      scheduler,
    });
  }

  /** Sends one claimed batch and records each row's outcome. */
  protected abstract handle(batch: T[]): Promise<void>;

  onApplicationBootstrap(): void {
    this.queue.onQueued(() => this.kick());
    this.loop.start();
  }

  onModuleDestroy(): Promise<void> {
    return this.loop.stop();
  }

  /** Starts a pass now, or right after the current one (a commit may have landed meanwhile). */
  kick(): void {
    this.loop.kick();
  }

  /** Sends every due row, batch after batch, until none is left (or the app stops). */
  drain(): Promise<void> {
    return this.loop.drain();
  }
}
