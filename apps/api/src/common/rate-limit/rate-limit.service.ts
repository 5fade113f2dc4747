import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHmac } from 'node:crypto';
import { Brackets, LessThanOrEqual, Repository, WhereExpressionBuilder } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { DomainError } from '../errors/domain-error';
import { rateLimitAddress } from '../http/client-ip';
import { isUniqueViolation } from '../database/unique-violation';
import { RateLimitEntity } from './rate-limit.entity';

/** "At most `limit` hits per `windowSeconds`" for one kind of action, e.g. logins per IP address. */
export interface RateLimitRule {
  /** Short stable name, part of the stored bucket key: 'login:ip'. */
  name: string;
  limit: number;
  windowSeconds: number;
}

/**
 * "After `n` failures in a row, wait longer and longer" for one kind of attempt (e.g. logins of a
 * name). The streak ends when the caller `reset`s it, or `forgetSeconds` after its last failure.
 */
export interface FailureStreakRule {
  name: string;
  /** Seconds to wait after this many consecutive failures (0 = no wait); never decreasing. */
  delaySeconds: (failures: number) => number;
  forgetSeconds: number;
}

/** The failure counts that wait, each with its own delay, up to the first with the longest one. */
export interface DelayStep {
  failures: number;
  seconds: number;
  /** This delay also applies to every larger count. */
  andMore: boolean;
}

export function delaySteps(delaySeconds: (failures: number) => number): DelayStep[] {
  const steps: DelayStep[] = [];
  for (let failures = 0; failures < 1000; failures++) {
    const seconds = delaySeconds(failures);
    if (seconds <= 0) continue;
    const andMore = seconds === delaySeconds(failures + 1);
    steps.push({ failures, seconds, andMore });
    if (andMore) return steps;
  }
  throw new Error('delaySeconds must reach a longest delay');
}

/**
 * SQL condition "this attempt may go ahead": the count column is below the first delayed count, or
 * the time column shows the delay of the current count has passed. `waitedUntil(seconds)` is the
 * latest value of the time column that means "waited `seconds`". One clause per delayed count
 * (a handful): portable, and evaluated atomically by the UPDATE that counts the attempt.
 */
export function mayTryAgain(
  where: WhereExpressionBuilder,
  columns: { count: string; time: string },
  steps: readonly DelayStep[],
  waitedUntil: (seconds: number) => Date,
  prefix: string,
): void {
  where.where(`${columns.count} < :${prefix}free`, { [`${prefix}free`]: steps[0]?.failures ?? 0 });
  where.orWhere(`${columns.time} IS NULL`);
  steps.forEach(({ failures, seconds, andMore }, i) => {
    const count = `${columns.count} ${andMore ? '>=' : '='} :${prefix}f${i}`;
    where.orWhere(`(${count} AND ${columns.time} <= :${prefix}t${i})`, {
      [`${prefix}f${i}`]: failures,
      [`${prefix}t${i}`]: waitedUntil(seconds),
    });
  });
}

/**
 * Fixed-window counters kept in the database, so every API instance sees the same counts.
 * `consume` counts one hit and throws TOO_MANY_ATTEMPTS (with `retryAfterSeconds`) once a bucket is
 * over its limit. Increments are single UPDATE statements, so concurrent requests cannot lose hits.
 * RATE_LIMIT_DISABLED=true (load tests only; refused in production) turns every check off.
 */
@Injectable()
export class RateLimitService {
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
    const row = await this.repo.findOneBy({ bucket: this.bucketOf(rule, key) });
    if (!row || row.resetAt.getTime() <= Date.now() || row.hits < rule.limit) return 0;
    return Math.max(1, Math.ceil((row.resetAt.getTime() - Date.now()) / 1000));
  }

  /**
   * Counts one more failure of `key` unless it must still wait after its earlier failures (then
   * TOO_MANY_ATTEMPTS with the wait). The check and the count are one UPDATE, so concurrent attempts
   * cannot all slip through on the same old count. The row keeps `hits` = failures in a row and
   * `reset_at` = last failure + forgetSeconds.
   */
  async claimAttempt(rule: FailureStreakRule, key: string): Promise<void> {
    if (this.disabled) return;
    const bucket = this.bucketOf(rule, key);
    const steps = delaySteps(rule.delaySeconds);
    const forgetMs = rule.forgetSeconds * 1000;
    for (let attempt = 0; attempt < 5; attempt++) {
      const now = new Date();
      const until = new Date(now.getTime() + forgetMs);
      const claimed = await this.repo
        .createQueryBuilder()
        .update(RateLimitEntity)
        .set({ hits: () => 'hits + 1', resetAt: until })
        .where('bucket = :bucket AND reset_at > :now', { bucket, now })
        .andWhere(
          new Brackets((w) =>
            mayTryAgain(
              w,
              { count: 'hits', time: 'reset_at' },
              steps,
              (s) => new Date(until.getTime() - s * 1000),
              's',
            ),
          ),
        )
        .execute();
      if (claimed.affected) return;
      const row = await this.repo.findOneBy({ bucket });
      if (row && row.resetAt.getTime() > now.getTime()) {
        const lastFailure = row.resetAt.getTime() - forgetMs;
        throw DomainError.tooManyAttempts(
          Math.max(1, (lastFailure + rule.delaySeconds(row.hits) * 1000 - Date.now()) / 1000),
        );
      }
      // No streak yet (or a forgotten one): this is its first failure.
      await this.repo.delete({ bucket, resetAt: LessThanOrEqual(now) });
      try {
        await this.repo.insert({ bucket, hits: 1, resetAt: until });
        return;
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
    }
    throw new Error(`Rate limit bucket ${bucket} kept changing`);
  }

  /** Forgets the counter (e.g. after a successful login). */
  async reset(rule: { name: string }, key: string): Promise<void> {
    await this.repo.delete({ bucket: this.bucketOf(rule, key) });
  }

  private async hit(rule: RateLimitRule, key: string): Promise<{ hits: number; resetAt: Date }> {
    const bucket = this.bucketOf(rule, key);
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

  /**
   * The stored key: the rule's name and a keyed hash (HMAC-SHA256) of the normalised key, never the
   * key itself, so the table holds no e-mail address, username or IP address in clear text (issue 12,
   * personal data). The hash key is derived from SESSION_SECRET (required in production), so a copy of
   * the table alone cannot be matched against a list of addresses.
   */
  bucketOf(rule: { name: string }, key: string): string {
    // An IP address counts as its client (an IPv6 /64), whatever form the socket or proxy gave.
    const normalized = rateLimitAddress(key).trim().toLowerCase();
    return `${rule.name}:${createHmac('sha256', this.hashKey).update(normalized).digest('hex')}`;
  }

  private get hashKey(): Buffer {
    return (this.derivedKey ??= createHmac('sha256', this.config.env.SESSION_SECRET)
      .update('rate-limit-buckets')
      .digest());
  }

  private derivedKey?: Buffer;
}
