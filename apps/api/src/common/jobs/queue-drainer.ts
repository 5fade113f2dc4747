import type { Logger } from '@nestjs/common';
import type { SchedulerRegistry } from '@nestjs/schedule';

export interface QueueDrainerOptions<T> {
  /** For log lines and the schedule's interval name. */
  name: string;
  logger: Logger;
  /** Claims the next due batch for this instance (empty when nothing is due). */
  claim: () => Promise<T[]>;
  /** Handles one claimed batch (sends, records the outcome). */
  handle: (batch: T[]) => Promise<void>;
  /** False when passes cannot run (the data source is closed: the app is going away). */
  canRun: () => boolean;
  pollMs: number;
  /** The server's schedule, which lists (and on shutdown clears) the poll interval; absent in unit specs. */
  scheduler?: SchedulerRegistry;
}

/**
 * The loop of a worker that drains a queue table (mail outbox, webhook deliveries), never inside a
 * transaction: a pass starts when `kick()` is called (after a commit that queued rows), runs again
 * right after the current one when a kick came during it, and starts on an interval for retries and
 * for rows queued by other instances. A pass claims batch after batch until none is due. `stop()`
 * clears the interval and waits for the pass under way, so closing the app leaves no timer behind.
 */
export class QueueDrainer<T> {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(private readonly options: QueueDrainerOptions<T>) {}

  /** Starts polling and runs a first pass now. */
  start(): void {
    if (this.stopped || this.timer) return;
    this.timer = setInterval(() => this.kick(), this.options.pollMs);
    this.timer.unref();
    this.options.scheduler?.addInterval(this.options.name, this.timer);
    this.kick();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    const scheduler = this.options.scheduler;
    if (scheduler?.doesExist('interval', this.options.name)) scheduler.deleteInterval(this.options.name);
    await this.running;
  }

  /** Starts a pass now, or right after the current one (a commit may have landed meanwhile). */
  kick(): void {
    if (this.stopped || !this.options.canRun()) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .catch((error: unknown) =>
        this.options.logger.error(`${this.options.name} pass failed: ${(error as Error).message}`),
      )
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Handles every due batch until none is left (or the worker stops). Safe to run concurrently. */
  async drain(): Promise<void> {
    while (!this.stopped) {
      const batch = await this.options.claim();
      if (!batch.length) return;
      await this.options.handle(batch);
    }
  }
}

/** Delay before attempt `attempts + 1` of a queued row: base, 2×base, 4×base… capped at `maxMs`. */
export function backoffMs(attempts: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempts - 1));
}
