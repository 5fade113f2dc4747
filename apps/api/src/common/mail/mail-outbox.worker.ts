import { Injectable, Optional } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { OutboxWorker } from '../jobs/outbox-worker';
import { backoffMs } from '../jobs/queue-drainer';
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
 * Sends the mail_outbox rows (the loop, polling every MAIL_POLL_INTERVAL_MS, and the claim are
 * OutboxWorker's): a crashed instance's claim expires and another retries. An SMTP failure records
 * the error and backs off exponentially; after MAIL_MAX_ATTEMPTS the row is marked FAILED and kept.
 * Delivery is at least once (a crash after the SMTP server accepted the mail, before the row is
 * marked, sends it again).
 */
@Injectable()
export class MailOutboxWorker extends OutboxWorker<MailOutboxEntity> {
  constructor(
    @InjectRepository(MailOutboxEntity) private readonly repo: Repository<MailOutboxEntity>,
    outbox: MailOutbox,
    private readonly mail: MailService,
    private readonly config: AppConfig,
    // The server's schedule (@nestjs/schedule); absent when the worker is built alone (unit specs).
    @Optional() scheduler?: SchedulerRegistry,
  ) {
    super(repo, outbox, {
      name: 'mail-outbox',
      pending: MailStatus.PENDING,
      batch: BATCH,
      claimMs: MAIL_CLAIM_MS,
      pollMs: config.env.MAIL_POLL_INTERVAL_MS,
      // Every instance polls; a row is still sent once (the claim), so no round lock is needed.
      scheduler,
    });
  }

  // One at a time: an SMTP server takes one message per connection anyway.
  protected async handle(batch: MailOutboxEntity[]): Promise<void> {
    for (const row of batch) await this.deliver(row);
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
