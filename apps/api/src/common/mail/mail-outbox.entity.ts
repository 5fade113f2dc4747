import { Column, Entity, Index } from 'typeorm';
import { OutboxEntity } from '../database/outbox-claim';

export const MailStatus = { PENDING: 'PENDING', SENT: 'SENT', FAILED: 'FAILED' } as const;
export type MailStatus = (typeof MailStatus)[keyof typeof MailStatus];

/**
 * One e-mail to send: written in the transaction of the change it announces, sent after the commit by
 * MailOutboxWorker. A row is claimed for a while (claimed_by, claimed_until) by one worker at a time;
 * failures push next_attempt_at back. Sent and failed rows stay, so nothing is lost silently.
 */
@Index('IDX_mail_outbox_claim', ['claimedBy'])
@Index('IDX_mail_outbox_due', ['status', 'nextAttemptAt'])
@Entity('mail_outbox')
export class MailOutboxEntity extends OutboxEntity<MailStatus> {
  @Column({ type: 'varchar', length: 254 })
  recipient: string;

  @Column({ type: 'varchar', length: 255 })
  subject: string;

  @Column({ name: 'body_text', type: 'text' })
  bodyText: string;

  @Column({ name: 'body_html', type: 'text', nullable: true })
  bodyHtml: string | null;

  @Column({ name: 'sent_at', type: 'datetime', precision: 3, nullable: true })
  sentAt: Date | null;
}
