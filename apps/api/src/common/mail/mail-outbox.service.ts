import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { EntityManager, Repository } from 'typeorm';
import { AfterCommit } from '../events/after-commit';
import { MailOutboxEntity, MailStatus } from './mail-outbox.entity';
import type { OutgoingMail } from './mail.service';

/**
 * Queues e-mail durably instead of sending it: pass the transaction's EntityManager so the mail is
 * written (or rolled back) with the change it announces; null writes it on its own. The worker is
 * woken once the row is committed, and polls as well, so a missed wake-up only delays the mail.
 */
@Injectable()
export class MailOutbox {
  private readonly listeners: (() => void)[] = [];

  constructor(
    @InjectRepository(MailOutboxEntity) private readonly repo: Repository<MailOutboxEntity>,
    private readonly afterCommit: AfterCommit,
  ) {}

  async enqueue(em: EntityManager | null, mail: OutgoingMail): Promise<void> {
    const now = new Date();
    const row: MailOutboxEntity = {
      id: randomUUID(),
      recipient: mail.to,
      subject: mail.subject.slice(0, 255),
      bodyText: mail.text,
      bodyHtml: mail.html ?? null,
      status: MailStatus.PENDING,
      attempts: 0,
      nextAttemptAt: now,
      lastError: null,
      claimedBy: null,
      claimedUntil: null,
      createdAt: now,
      sentAt: null,
    };
    await (em ? em.insert(MailOutboxEntity, row) : this.repo.insert(row));
    this.afterCommit.run(em, () => this.listeners.forEach((wake) => wake()));
  }

  /** The worker (when this process runs one) asks to be woken after a queued mail commits. */
  onQueued(listener: () => void): void {
    this.listeners.push(listener);
  }
}
