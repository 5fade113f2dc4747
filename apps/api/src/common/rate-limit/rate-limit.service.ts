import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { LessThan, LessThanOrEqual, QueryFailedError, Repository } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { DomainError } from '../errors/domain-error';
import { RateLimitEntity } from './rate-limit.entity';

/** "At most `limit` hits per `windowSeconds`" for one kind of action, e.g. logins per IP address. */
export interface RateLimitRule {
  /** Short stable name, part of the stored bucket key: 'login:ip'. */
  name: string;
  limit: number;
  windowSeconds: number;
}

/**
 * Fixed-window counters kept in the database, so every API instance sees the same counts.
 * `consume` counts one hit and throws TOO_MANY_ATTEMPTS (with `retryAfterSeconds`) once a bucket is
 * over its limit. Increments are single UPDATE statements, so concurrent requests cannot lose hits.
 * RATE_LIMIT_DISABLED=true (load tests only; refused in production) turns every check off.
 */
@Injectable()
export class RateLimitService {
  private readonly logger = new Logger(RateLimitService.name);

  constructor(
    @InjectRepository(RateLimitEntity) private readonly repo: Repository<RateLimitEntity>,
    private readonly config: AppConfig,
  ) {}

  get disabled(): boolean {
    return this.config.env.RATE_LIMIT_DISABLED;
  }

  /** Counts one hit for `key` (an IP address, an account…) and throws when over the limit. */
  async consume(rule: RateLimitRule, key: string): Promise<void> {
    if (this.disabled) return;
    const { hits, resetAt } = await this.hit(rule, key);
    if (hits > rule.limit) throw DomainError.tooManyAttempts((resetAt.getTime() - Date.now()) / 1000);
  }

  /** Counts one hit in each bucket (all of them, so every counter sees the attempt), then checks. */
  async consumeAll(checks: [RateLimitRule, string | null | undefined][]): Promise<void> {
    if (this.disabled) return;
    let wait = 0;
    for (const [rule, key] of checks) {
      if (!key) continue;
      const { hits, resetAt } = await this.hit(rule, key);
      if (hits > rule.limit) wait = Math.max(wait, (resetAt.getTime() - Date.now()) / 1000);
    }
    if (wait > 0) throw DomainError.tooManyAttempts(wait);
  }

  /** Seconds to wait before `key` may try again without counting a hit (0 when allowed). */
  async retryAfter(rule: RateLimitRule, key: string): Promise<number> {
    if (this.disabled) return 0;
    const row = await this.repo.findOneBy({ bucket: bucketOf(rule, key) });
    if (!row || row.resetAt.getTime() <= Date.now() || row.hits < rule.limit) return 0;
    return Math.max(1, Math.ceil((row.resetAt.getTime() - Date.now()) / 1000));
  }

  /** Forgets the counter (e.g. after a successful login). */
  async reset(rule: RateLimitRule, key: string): Promise<void> {
    await this.repo.delete({ bucket: bucketOf(rule, key) });
  }

  private async hit(rule: RateLimitRule, key: string): Promise<{ hits: number; resetAt: Date }> {
    const bucket = bucketOf(rule, key);
    if (Math.random() < 0.01) void this.purgeExpired();
    for (let attempt = 0; attempt < 5; attempt++) {
      const now = new Date();
      const updated = await this.repo
        .createQueryBuilder()
        .update(RateLimitEntity)
        .set({ hits: () => 'hits + 1' })
        .where('bucket = :bucket AND reset_at > :now', { bucket, now })
        .execute();
      const row = updated.affected ? await this.repo.findOneBy({ bucket }) : null;
      if (row) return row;
      // Missing or expired: start a new window. A concurrent request may win the insert; retry then.
      await this.repo.delete({ bucket, resetAt: LessThanOrEqual(now) });
      const fresh = { bucket, hits: 1, resetAt: new Date(now.getTime() + rule.windowSeconds * 1000) };
      try {
        await this.repo.insert(fresh);
        return fresh;
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
    }
    throw new Error(`Rate limit bucket ${bucket} kept changing`);
  }

  private async purgeExpired(): Promise<void> {
    try {
      await this.repo.delete({ resetAt: LessThan(new Date(Date.now() - 60_000)) });
    } catch (error) {
      this.logger.warn(`Could not purge expired rate-limit rows: ${(error as Error).message}`);
    }
  }
}

function bucketOf(rule: RateLimitRule, key: string): string {
  const normalized = key.trim().toLowerCase();
  // Keys are bounded so the primary key stays short whatever the input (e-mail addresses, IPv6).
  const safe = normalized.length <= 100 ? normalized : createHash('sha256').update(normalized).digest('hex');
  return `${rule.name}:${safe}`;
}

export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driver = (error as QueryFailedError & { driverError?: { code?: string; errno?: number } })
    .driverError;
  return (
    driver?.code === 'ER_DUP_ENTRY' ||
    driver?.errno === 1062 ||
    /^SQLITE_CONSTRAINT_(PRIMARYKEY|UNIQUE)$/.test(driver?.code ?? '')
  );
}
