import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { ScheduledJobs } from './scheduled-jobs.service';

/** Expired rows to delete: table, the column holding the end of validity, and an extra delay. */
const EXPIRED: { table: string; column: string; keepMs: number }[] = [
  { table: 'sessions', column: 'expires_at', keepMs: 0 },
  { table: 'captchas', column: 'expires_at', keepMs: 0 },
  // A used or expired one-time link still explains "this link has expired" for a day.
  { table: 'account_tokens', column: 'expires_at', keepMs: 24 * 3600_000 },
  { table: 'data_export_links', column: 'expires_at', keepMs: 24 * 3600_000 },
  // A minute's slack: a request may be counting in a window that just ended.
  { table: 'rate_limits', column: 'reset_at', keepMs: 60_000 },
  // The rounds themselves: a week of history.
  { table: 'job_runs', column: 'started_at', keepMs: 7 * 24 * 3600_000 },
];

/**
 * Deletes expired sessions, captchas, one-time tokens, rate-limit windows and old job rounds, on a
 * schedule (one instance per round), instead of by chance inside requests.
 */
@Injectable()
export class CleanupJob implements OnModuleInit {
  constructor(
    private readonly jobs: ScheduledJobs,
    private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'cleanup',
      everyMs: this.config.env.CLEANUP_INTERVAL_S * 1000,
      run: () => this.run(),
    });
  }

  async run(now = Date.now()): Promise<string> {
    const counts: string[] = [];
    for (const { table, column, keepMs } of EXPIRED) {
      const result = await this.dataSource
        .createQueryBuilder()
        .delete()
        .from(table)
        .where(`${column} < :before`, { before: new Date(now - keepMs) })
        .execute();
      counts.push(`${table} ${result.affected ?? 0}`);
    }
    return `deleted ${counts.join(', ')}`;
  }
}
