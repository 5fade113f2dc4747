import { ApiScope, scopesForEvent, WEBHOOK_EVENTS, WebhookEvent } from '@dvc/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { In, Repository } from 'typeorm';
import { AfterCommit } from '../common/events/after-commit';
import { DomainError } from '../common/errors/domain-error';
import { AppConfig } from '../config/app-config';
import { ApiClientEntity } from './entities/api-client.entity';
import {
  DeliveryStatus,
  WebhookAttemptEntity,
  WebhookDeliveryEntity,
} from './entities/webhook-delivery.entity';
import { WebhookEntity } from './entities/webhook.entity';
import { IntegrationSecrets } from './integration-secrets';
import { CreatedWebhook, Webhook, WebhookDelivery } from './models/integration.models';
import { WEBHOOK_RETRY_WINDOW_MS, WebhookQueue } from './webhook-queue.service';
import { webhookUrlProblem } from './webhook-url';

const MAX_WEBHOOKS_PER_CLIENT = 10;
const DELIVERY_LOG_SIZE = 50;
const isUuid = (id: string) => /^[0-9a-f-]{36}$/i.test(id);

export function toWebhook({ id, clientId, url, events, createdAt }: WebhookEntity): Webhook {
  return { id, clientId, url, events, createdAt };
}

/** Webhook administration (ADMIN): register, delete, read the delivery log, redeliver. */
@Injectable()
export class WebhooksService {
  constructor(
    @InjectRepository(WebhookEntity) private readonly webhooks: Repository<WebhookEntity>,
    @InjectRepository(ApiClientEntity) private readonly clients: Repository<ApiClientEntity>,
    @InjectRepository(WebhookDeliveryEntity) private readonly queued: Repository<WebhookDeliveryEntity>,
    @InjectRepository(WebhookAttemptEntity) private readonly attempts: Repository<WebhookAttemptEntity>,
    private readonly secrets: IntegrationSecrets,
    private readonly queue: WebhookQueue,
    private readonly afterCommit: AfterCommit,
    private readonly config: AppConfig,
  ) {}

  /** The URL is checked (https, public addresses in production) before anything is written. */
  async create(clientId: string, url: string, events: string[]): Promise<CreatedWebhook> {
    const client = isUuid(clientId) ? await this.clients.findOneBy({ id: clientId }) : null;
    if (!client) throw DomainError.notFound();
    const wanted = [...new Set(events)];
    if (!wanted.length || wanted.some((e) => !WEBHOOK_EVENTS.includes(e as WebhookEvent))) {
      throw DomainError.validation({ events: `Sự kiện hợp lệ: ${WEBHOOK_EVENTS.join(', ')}.` });
    }
    const unheard = wanted.filter(
      (e) => !scopesForEvent(e as WebhookEvent).some((s) => client.scopes.includes(s as ApiScope)),
    );
    if (unheard.length) {
      throw DomainError.validation({ events: `Ứng dụng không có phạm vi để nhận: ${unheard.join(', ')}.` });
    }
    const trimmed = url.trim();
    const problem =
      trimmed.length > 2000 ? 'Địa chỉ quá dài.' : await webhookUrlProblem(trimmed, this.config.isProduction);
    if (problem) throw DomainError.validation({ url: problem });
    if ((await this.webhooks.countBy({ clientId })) >= MAX_WEBHOOKS_PER_CLIENT) {
      throw DomainError.validation({
        clientId: `Mỗi ứng dụng có tối đa ${MAX_WEBHOOKS_PER_CLIENT} webhook.`,
      });
    }
    const secret = this.secrets.newWebhookSecret();
    const row: WebhookEntity = {
      id: randomUUID(),
      clientId,
      url: new URL(trimmed).toString(),
      events: WEBHOOK_EVENTS.filter((e) => wanted.includes(e)),
      secretSealed: this.secrets.seal(secret),
      createdAt: new Date(),
    };
    await this.webhooks.insert(row);
    return { webhook: toWebhook(row), secret };
  }

  /** Its queued deliveries and their log go with it (ON DELETE CASCADE). */
  async delete(id: string): Promise<boolean> {
    const found = isUuid(id) ? await this.webhooks.findOneBy({ id }) : null;
    if (!found) throw DomainError.notFound();
    await this.webhooks.delete({ id });
    return true;
  }

  async deliveries(webhookId: string): Promise<WebhookDelivery[]> {
    if (!isUuid(webhookId) || !(await this.webhooks.existsBy({ id: webhookId })))
      throw DomainError.notFound();
    const rows = await this.queued.find({
      where: { webhookId },
      order: { createdAt: 'DESC', id: 'ASC' },
      take: DELIVERY_LOG_SIZE,
    });
    return this.describe(rows);
  }

  private async describe(rows: WebhookDeliveryEntity[]): Promise<WebhookDelivery[]> {
    const log = rows.length
      ? await this.attempts.find({
          where: { deliveryId: In(rows.map((r) => r.id)) },
          order: { attemptedAt: 'ASC' },
        })
      : [];
    return rows.map((r) => ({
      id: r.id,
      eventType: r.eventType,
      status: r.status,
      attempts: r.attempts,
      payload: r.payload,
      createdAt: r.createdAt,
      nextAttemptAt: r.nextAttemptAt,
      deliveredAt: r.deliveredAt,
      lastStatusCode: r.lastStatusCode,
      lastError: r.lastError,
      log: log.filter((a) => a.deliveryId === r.id),
    }));
  }

  /** Queues the same event (same webhook-id and body) again, with a fresh 24-hour retry window. */
  async redeliver(deliveryId: string): Promise<WebhookDelivery> {
    const row = isUuid(deliveryId) ? await this.queued.findOneBy({ id: deliveryId }) : null;
    if (!row) throw DomainError.notFound();
    const now = new Date();
    await this.queued.update(
      { id: row.id },
      {
        status: DeliveryStatus.PENDING,
        nextAttemptAt: now,
        giveUpAt: new Date(now.getTime() + WEBHOOK_RETRY_WINDOW_MS),
        claimedBy: null,
        claimedUntil: null,
      },
    );
    this.afterCommit.run(null, () => this.queue.wake());
    const [updated] = await this.describe(await this.queued.findBy({ id: row.id }));
    return updated;
  }
}
