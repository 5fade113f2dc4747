import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { DataSource } from 'typeorm';

export interface ScheduledJob {
  /** Stable name: the job_runs key and the log prefix. */
  name: string;
  everyMs: number;
  /** Does the work; the returned text is stored as the round's outcome. */
  run(): Promise<string>;
}

/** Who ran a round, in job_runs and the logs. */
export const INSTANCE_ID = `${hostname()}:${process.pid}`;

/**
 * Runs background jobs on an interval (@nestjs/schedule) on every instance, but each round on exactly
 * one: round n of a job is the period [n·every, (n+1)·every); the instance whose INSERT of (job, n)
 * into job_runs wins the primary key runs it, the others skip. Every instance ticks once per period,
 * so no round is missed while one instance is up, and none runs twice (on SQLite and MySQL alike).
 */
@Injectable()
export class ScheduledJobs implements OnApplicationShutdown {
  private readonly logger = new Logger(ScheduledJobs.name);
  private readonly running = new Set<Promise<unknown>>();
  private stopped = false;

  constructor(
    private readonly registry: SchedulerRegistry,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  register(job: ScheduledJob): void {
    const timer = setInterval(() => this.tick(job), job.everyMs);
    this.registry.addInterval(`job:${job.name}`, timer);
  }

  /** A job every instance runs for itself each period (e.g. its own temp directory); no claim. */
  registerLocal(job: ScheduledJob): void {
    const timer = setInterval(() => {
      if (this.stopped) return;
      const work = job.run().then(
        (outcome) => this.logger.log(`${job.name}: ${outcome}`),
        (error: unknown) => this.logger.warn(`${job.name} failed: ${(error as Error).message}`),
      );
      this.running.add(work);
      void work.finally(() => this.running.delete(work));
    }, job.everyMs);
    this.registry.addInterval(`local:${job.name}`, timer);
  }

  /** Runs the current round of `job` here unless another instance already has; returns whether it ran. */
  async tick(job: ScheduledJob, now = Date.now()): Promise<boolean> {
    if (this.stopped || !this.dataSource.isInitialized) return false;
    const round = Math.floor(now / job.everyMs);
    const claim = `${INSTANCE_ID}/${randomUUID().slice(0, 8)}`;
    try {
      // INSERT IGNORE / OR IGNORE: the losers' duplicate is not an error worth a log line. The query
      // builder formats the date for each driver (SQLite stores text).
      await this.dataSource
        .createQueryBuilder()
        .insert()
        .into('job_runs')
        .values({ job: job.name, round_no: round, instance: claim, started_at: new Date(now) })
        .orIgnore()
        .execute();
      const [row] = await this.dataSource
        .createQueryBuilder()
        .select('instance')
        .from('job_runs', 'r')
        .where('job = :job AND round_no = :round', { job: job.name, round })
        .getRawMany<{ instance: string }>();
      if (row?.instance !== claim) return false;
    } catch (error) {
      this.logger.warn(`${job.name}: could not claim round ${round}: ${(error as Error).message}`);
      return false;
    }
    const work = this.runClaimed(job, round);
    this.running.add(work);
    await work.finally(() => this.running.delete(work));
    return true;
  }

  private async runClaimed(job: ScheduledJob, round: number): Promise<void> {
    let outcome: string;
    try {
      outcome = await job.run();
      this.logger.log(`${job.name} (round ${round}): ${outcome}`);
    } catch (error) {
      outcome = `failed: ${(error as Error).message}`;
      this.logger.warn(`${job.name} (round ${round}) ${outcome}`);
    }
    await this.dataSource
      .createQueryBuilder()
      .update('job_runs')
      .set({ finished_at: new Date(), outcome: outcome.slice(0, 255) })
      .where('job = :job AND round_no = :round', { job: job.name, round })
      .execute()
      .catch(() => undefined);
  }

  /** Lets a running round finish before the pool closes (intervals are cleared by the registry). */
  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await Promise.allSettled([...this.running]);
  }
}
