import type { WebhookEvent } from '@dvc/shared/domain';
import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { OutboxEntity } from '../../common/database/outbox-claim';

export const DeliveryStatus = { PENDING: 'PENDING', DELIVERED: 'DELIVERED', FAILED: 'FAILED' } as const;
export type DeliveryStatus = (typeof DeliveryStatus)[keyof typeof DeliveryStatus];

/**
 * One event for one webhook: written in the transaction of the change, posted after the commit by
 * WebhookWorker with the mail outbox's claim pattern (claimed_by / claimed_until). Its id is the
 * Standard Webhooks `webhook-id`, the same on every retry, so a receiver can ignore a repeat.
 */
@Index('IDX_webhook_deliveries_webhook', ['webhookId', 'createdAt'])
@Index('IDX_webhook_deliveries_claim', ['claimedBy'])
@Index('IDX_webhook_deliveries_due', ['status', 'nextAttemptAt'])
@ForeignKey('webhooks', ['webhookId'], ['id'], { onDelete: 'CASCADE' })
@Entity('webhook_deliveries')
export class WebhookDeliveryEntity extends OutboxEntity<DeliveryStatus> {
  @Column({ name: 'webhook_id', type: 'varchar', length: 36 })
  webhookId: string;

  @Column({ name: 'event_type', type: 'varchar', length: 32 })
  eventType: WebhookEvent;

  /** The exact JSON body that is signed and posted. */
  @Column({ type: 'text' })
  payload: string;

  @Column({ name: 'last_status_code', type: 'int', nullable: true })
  lastStatusCode: number | null;

  /** Retries stop after this (24 h after the event, or after an admin's redelivery). */
  @Column({ name: 'give_up_at', type: 'datetime', precision: 3 })
  giveUpAt: Date;

  @Column({ name: 'delivered_at', type: 'datetime', precision: 3, nullable: true })
  deliveredAt: Date | null;
}

/** The log: one row per POST, with the receiver's status code (null: no answer) and the duration. */
@Index('IDX_webhook_attempts_delivery', ['deliveryId', 'attemptedAt'])
@ForeignKey('webhook_deliveries', ['deliveryId'], ['id'], { onDelete: 'CASCADE' })
@Entity('webhook_attempts')
export class WebhookAttemptEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'delivery_id', type: 'varchar', length: 36 })
  deliveryId: string;

  @Column({ name: 'attempted_at', type: 'datetime', precision: 3 })
  attemptedAt: Date;

  @Column({ name: 'status_code', type: 'int', nullable: true })
  statusCode: number | null;

  @Column({ name: 'duration_ms', type: 'int' })
  durationMs: number;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  error: string | null;
}
