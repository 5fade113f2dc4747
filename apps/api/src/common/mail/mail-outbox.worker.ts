import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy, Optional } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { claimDueRows } from '../database/outbox-claim';
import { backoffMs, QueueDrainer } from '../jobs/queue-drainer';
import { MailOutboxEntity, MailStatus } from './mail-outbox.entity';
import { MailOutbox } from './mail-outbox.service';
import { MailService } from './mail.service';

/** How long a claim lasts: longer than the worst send (MailService's SMTP timeouts add up to 2 min). */
export const MAIL_CLAIM_MS = 5 * 60_000;
const BATCH = 20;
const MAX_DELAY_MS = 60 * 60_000;

/** Delay before attempt `attempts + 1`: base, 2×base, 4×base… capped at one hour. */
export function retryDelayMs(attempts: number, baseMs: number): number {
  return backoffMs(attempts, baseMs, MAX_DELAY_MS);
}

/**
 * Sends the mail_outbox rows, never inside a transaction: woken after each commit that queued mail,
 * and on an interval (MAIL_POLL_INTERVAL_MS) for retries and for rows queued by other processes.
 * Several API instances may run it: a row is claimed by one atomic UPDATE … WHERE unclaimed (or
 * claim expired), so exactly one instance sends it; a crashed instance's claim expires and another
 * retries. An SMTP failure records the error and backs off exponentially; after MAIL_MAX_ATTEMPTS
 * the row is marked FAILED and kept. Delivery is at least once (a crash after the SMTP server
 * accepted the mail, before the row is marked, sends it again).
 */
@Injectable()
export class MailOutboxWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(MailOutboxWorker.name);
  private readonly loop: QueueDrainer<MailOutboxEntity>;

  constructor(
    @InjectRepository(MailOutboxEntity) private readonly repo: Repository<MailOutboxEntity>,
    private readonly outbox: MailOutbox,
    private readonly mail: MailService,
    private readonly config: AppConfig,
    // The server's schedule (@nestjs/schedule); absent when the worker is built alone (unit specs).
    @Optional() scheduler?: SchedulerRegistry,
  ) {
    this.loop = new QueueDrainer({
      name: 'mail-outbox',
      logger: this.logger,
      claim: () => this.claim(),
      // One at a time: an SMTP server takes one message per connection anyway.
      handle: async (batch) => {
        for (const row of batch) await this.deliver(row);
      },
      // A closed data source means the app is going away (or a test pulled it): nothing to send with.
      canRun: () => this.repo.manager.connection.isInitialized,
      pollMs: config.env.MAIL_POLL_INTERVAL_MS,
      // Every instance polls; a row is still sent once (the claim below), so no round lock is needed.
      scheduler,
    });
  }

  onApplicationBootstrap(): void {
    this.outbox.onQueued(() => this.kick());
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

  /** The outbox claim shared with the webhook queue: one atomic UPDATE per batch (see outbox-claim.ts). */
  private claim(): Promise<MailOutboxEntity[]> {
    return claimDueRows(this.repo, { pending: MailStatus.PENDING, batch: BATCH, claimMs: MAIL_CLAIM_MS });
  }

  private async deliver(row: MailOutboxEntity): Promise<void> {
    const attempts = row.attempts + 1;
    const mine = { id: row.id, claimedBy: row.claimedBy as string };
    try {
      await this.mail.send({
        to: row.recipient,
        subject: row.subject,
        text: row.bodyText,
        ...(row.bodyHtml ? { html: row.bodyHtml } : {}),
      });
    } catch (error) {
      const message = (error as Error).message || String(error);
      const failed = attempts >= this.config.env.MAIL_MAX_ATTEMPTS;
      const delay = retryDelayMs(attempts, this.config.env.MAIL_RETRY_BASE_MS);
      await this.repo.update(mine, {
        attempts,
        lastError: message.slice(0, 1000),
        status: failed ? MailStatus.FAILED : MailStatus.PENDING,
        nextAttemptAt: new Date(Date.now() + delay),
        claimedBy: null,
        claimedUntil: null,
      });
      const what = `"${row.subject}" to ${row.recipient} (attempt ${attempts})`;
      if (failed) this.logger.error(`Gave up on ${what}: ${message}`);
      else this.logger.warn(`Could not send ${what}, retrying in ${Math.round(delay / 1000)} s: ${message}`);
      return;
    }
    await this.repo.update(mine, {
      attempts,
      status: MailStatus.SENT,
      sentAt: new Date(),
      lastError: null,
      claimedBy: null,
      claimedUntil: null,
    });
  }
}
