import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { Repository } from 'typeorm';
import { OutboxWorker } from '../common/jobs/outbox-worker';
import { backoffMs } from '../common/jobs/queue-drainer';
import { AppConfig } from '../config/app-config';
import {
  DeliveryStatus,
  WebhookAttemptEntity,
  WebhookDeliveryEntity,
} from './entities/webhook-delivery.entity';
import { WebhookEntity } from './entities/webhook.entity';
import { IntegrationSecrets } from './integration-secrets';
import { postWebhook } from './webhook-sender';
import { WebhookQueue } from './webhook-queue.service';

const BATCH = 20;
/** Longer than the slowest POST (WEBHOOK_TIMEOUT_MS is at most a minute). */
const CLAIM_MS = 2 * 60_000;
/** Retries are at most this far apart (the window is 24 h: about a dozen attempts with the defaults). */
const MAX_DELAY_MS = 4 * 60 * 60_000;

export function webhookRetryDelayMs(attempts: number, baseMs: number): number {
  return backoffMs(attempts, baseMs, MAX_DELAY_MS);
}

/**
 * Posts the queued webhook deliveries (the loop, polling every WEBHOOK_POLL_INTERVAL_MS, and the
 * claim are OutboxWorker's). A non-2xx answer or no answer backs off exponentially
 * (WEBHOOK_RETRY_BASE_MS, doubling) until give_up_at (24 h), then the row is FAILED; every attempt
 * is logged. At least once, like the mail.
 */
@Injectable()
export class WebhookWorker extends OutboxWorker<WebhookDeliveryEntity> {
  constructor(
    @InjectRepository(WebhookDeliveryEntity) private readonly deliveries: Repository<WebhookDeliveryEntity>,
    @InjectRepository(WebhookAttemptEntity) private readonly attempts: Repository<WebhookAttemptEntity>,
    @InjectRepository(WebhookEntity) private readonly webhooks: Repository<WebhookEntity>,
    queue: WebhookQueue,
    private readonly secrets: IntegrationSecrets,
    private readonly config: AppConfig,
  ) {
    super(deliveries, queue, {
      name: 'webhooks',
      pending: DeliveryStatus.PENDING,
      batch: BATCH,
      claimMs: CLAIM_MS,
      pollMs: config.env.WEBHOOK_POLL_INTERVAL_MS,
    });
  }

  // Each POST waits on another system: the batch's run side by side.
  protected async handle(batch: WebhookDeliveryEntity[]): Promise<void> {
    await Promise.all(batch.map((row) => this.deliver(row)));
  }

  private async deliver(row: WebhookDeliveryEntity): Promise<void> {
    const mine = { id: row.id, claimedBy: row.claimedBy as string };
    const webhook = await this.webhooks.findOneBy({ id: row.webhookId });
    if (!webhook) return; // deleted meanwhile: its deliveries went with it
    const secret = this.readSecret(webhook);
    const answer = secret
      ? await postWebhook({
          url: webhook.url,
          secret,
          id: row.id,
          body: row.payload,
          timeoutMs: this.config.env.WEBHOOK_TIMEOUT_MS,
          publicOnly: this.config.isProduction,
        })
      : {
          statusCode: null,
          durationMs: 0,
          error: 'Signing secret unreadable (TOKEN_HASH_KEY/SESSION_SECRET changed?)',
        };
    const now = new Date();
    await this.attempts.insert({
      id: randomUUID(),
      deliveryId: row.id,
      attemptedAt: now,
      statusCode: answer.statusCode,
      durationMs: answer.durationMs,
      error: answer.error?.slice(0, 1000) ?? null,
    });
    const attempts = row.attempts + 1;
    const ok = answer.statusCode !== null && answer.statusCode >= 200 && answer.statusCode < 300;
    const next = new Date(
      now.getTime() + webhookRetryDelayMs(attempts, this.config.env.WEBHOOK_RETRY_BASE_MS),
    );
    const failed = !ok && next.getTime() > row.giveUpAt.getTime();
    await this.deliveries.update(mine, {
      attempts,
      status: ok ? DeliveryStatus.DELIVERED : failed ? DeliveryStatus.FAILED : DeliveryStatus.PENDING,
      lastStatusCode: answer.statusCode,
      lastError: ok ? null : (answer.error ?? `HTTP ${answer.statusCode}`).slice(0, 1000),
      nextAttemptAt: ok || failed ? now : next,
      deliveredAt: ok ? now : null,
      claimedBy: null,
      claimedUntil: null,
    });
    if (failed)
      this.logger.warn(`Gave up on webhook delivery ${row.id} to ${webhook.url} after ${attempts} attempts`);
  }

  /** Null when the sealed secret cannot be opened: the attempt is logged as failed, like a refused POST. */
  private readSecret(webhook: WebhookEntity): string | null {
    try {
      return this.secrets.unseal(webhook.secretSealed);
    } catch {
      return null;
    }
  }
}
