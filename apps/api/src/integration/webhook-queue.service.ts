import { ApiScope, DossierAction, scopesForEvent, WebhookEvent } from '@dvc/shared/domain';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { AfterCommit } from '../common/events/after-commit';
import type { DossierRef, DossierStatusChange } from '../common/events/dossier-events';
import { ApiClientEntity } from './entities/api-client.entity';
import { DeliveryStatus, WebhookDeliveryEntity } from './entities/webhook-delivery.entity';
import { WebhookEntity } from './entities/webhook.entity';

/** Retries stop this long after the event (or after an admin's redelivery). */
export const WEBHOOK_RETRY_WINDOW_MS = 24 * 60 * 60_000;

/** What a delivery carries: identifiers and state only, no personal data (not even the applicant's name). */
export interface WebhookData {
  id: string;
  code: string | null;
  status: string;
  version: number | null;
  /** catalog.changed only: agency, sector or service. */
  kind?: string;
}

/** The events one status change raises: always status_changed, plus the named one for some actions. */
export function dossierEvents(action: DossierAction): WebhookEvent[] {
  const named: Partial<Record<DossierAction, WebhookEvent>> = {
    SUBMIT: WebhookEvent.DOSSIER_SUBMITTED,
    RESUBMIT: WebhookEvent.DOSSIER_RESUBMITTED,
    COMPLETE: WebhookEvent.DOSSIER_COMPLETED,
  };
  return [named[action], WebhookEvent.DOSSIER_STATUS_CHANGED].filter((e): e is WebhookEvent => !!e);
}

/**
 * Writes webhook deliveries in the caller's transaction (`em`), one row per event and subscribed
 * webhook, and wakes the worker once they are committed. A webhook hears an event only if its client
 * is active and holds a scope for it; dossier events go only to clients of the dossier's agency.
 */
@Injectable()
export class WebhookQueue {
  private readonly listeners: (() => void)[] = [];

  constructor(private readonly afterCommit: AfterCommit) {}

  async dossierChanged(em: EntityManager, dossier: DossierRef, change: DossierStatusChange): Promise<void> {
    const version = (dossier as DossierRef & { version?: number }).version ?? null;
    const data: WebhookData = { id: dossier.id, code: dossier.code, status: change.to, version };
    for (const event of dossierEvents(change.action)) {
      await this.enqueue(em, event, data, change.at, dossier.agencyId);
    }
  }

  async enqueue(
    em: EntityManager,
    event: WebhookEvent,
    data: WebhookData,
    at: Date,
    agencyId: string | null,
  ): Promise<number> {
    const rows = await em
      .createQueryBuilder(WebhookEntity, 'w')
      .innerJoin(ApiClientEntity, 'c', 'c.id = w.client_id')
      .select(['w.id AS id', 'w.events AS events', 'c.scopes AS scopes', 'c.agency_id AS agencyId'])
      .where('c.active = :active', { active: true })
      .getRawMany<{ id: string; events: string; scopes: string; agencyId: string | null }>();
    const allowed = scopesForEvent(event);
    const targets = rows.filter(
      (r) =>
        r.events.split(',').includes(event) &&
        r.scopes.split(',').some((s) => allowed.includes(s as ApiScope)) &&
        (event === WebhookEvent.CATALOG_CHANGED || r.agencyId === agencyId),
    );
    if (!targets.length) return 0;
    const payload = JSON.stringify({ type: event, timestamp: at.toISOString(), data });
    const now = new Date();
    await em.insert(
      WebhookDeliveryEntity,
      targets.map((t) => ({
        id: randomUUID(),
        webhookId: t.id,
        eventType: event,
        payload,
        status: DeliveryStatus.PENDING,
        attempts: 0,
        nextAttemptAt: now,
        lastStatusCode: null,
        lastError: null,
        claimedBy: null,
        claimedUntil: null,
        createdAt: now,
        giveUpAt: new Date(now.getTime() + WEBHOOK_RETRY_WINDOW_MS),
        deliveredAt: null,
      })),
    );
    this.afterCommit.run(em, () => this.wake());
    return targets.length;
  }

  wake(): void {
    this.listeners.forEach((wake) => wake());
  }

  /** The worker (when this process runs one) asks to be woken after queued deliveries commit. */
  onQueued(listener: () => void): void {
    this.listeners.push(listener);
  }
}
