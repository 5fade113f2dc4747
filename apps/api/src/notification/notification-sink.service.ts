import { dossierDetailPath } from '@dvc/shared/domain';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { AccountEntity } from '../account/entities/account.entity';
import { AfterCommit } from '../common/events/after-commit';
import { DossierEventSink, DossierRef, DossierStatusChange } from '../common/events/dossier-events';
import { LiveEvents } from '../common/events/live-events';
import { MailOutbox } from '../common/mail/mail-outbox.service';
import { AppConfig } from '../config/app-config';
import { CatalogReader } from '../service/catalog-reader.service';
import { NotificationEntity } from './entities/notification.entity';
import { NotificationFacts, notificationBody, notificationTitle, statusMail } from './notification-texts';

/** The pub/sub topic of one user's new notifications (a topic per user: nobody hears another's). */
export const notificationTopic = (userId: string) => `notificationAdded:${userId}`;

/** What crosses the pub/sub (JSON over Redis): dates as ISO strings. */
export interface NotificationMessage {
  recipientId: string;
  notification: Omit<NotificationEntity, 'createdAt' | 'readAt'> & { createdAt: string; readAt: null };
}

/**
 * Every status change of a dossier, inside its transaction: an in-app notification for the owner and
 * a queued e-mail (both commit or roll back with the change), then, after the commit only, a live
 * push to the owner's open pages.
 */
@Injectable()
export class NotificationSink extends DossierEventSink {
  constructor(
    private readonly catalog: CatalogReader,
    private readonly outbox: MailOutbox,
    private readonly live: LiveEvents,
    private readonly afterCommit: AfterCommit,
    private readonly config: AppConfig,
  ) {
    super();
  }

  async statusChanged(
    em: EntityManager,
    dossier: DossierRef & { dueDate?: Date | null },
    change: DossierStatusChange,
  ): Promise<void> {
    const owner = await em.findOneBy(AccountEntity, { id: dossier.ownerId });
    // A deleted account (privacy/) has no one behind it: no notification, no mail to its cleared address.
    if (!owner || owner.deletedAt) return;
    const [procedure, agency] = await Promise.all([
      this.catalog.getProcedure(dossier.serviceId, { includeInactive: true }),
      this.catalog.getAgency(dossier.agencyId),
    ]);
    const facts: NotificationFacts = {
      code: dossier.code,
      serviceName: procedure?.name ?? null,
      agencyName: agency?.name ?? null,
      dueDate: dossier.dueDate ?? null,
      change,
    };
    const notification: NotificationEntity = {
      id: randomUUID(),
      recipientId: owner.id,
      dossierId: dossier.id,
      dossierCode: dossier.code,
      fromStatus: change.from,
      status: change.to,
      action: change.action,
      title: notificationTitle(facts),
      body: notificationBody(facts),
      createdAt: change.at,
      readAt: null,
    };
    await em.insert(NotificationEntity, notification);
    const link = `${this.config.env.PUBLIC_URL}${dossierDetailPath(dossier.id)}`;
    await this.outbox.enqueue(em, statusMail(owner.email, owner.fullName, facts, link));
    const message: NotificationMessage = {
      recipientId: owner.id,
      notification: { ...notification, createdAt: notification.createdAt.toISOString(), readAt: null },
    };
    this.afterCommit.run(em, () => this.live.publish(notificationTopic(owner.id), message));
  }
}
