import { MigrationInterface, QueryRunner, Table, TableColumnOptions } from 'typeorm';

const uuid = (name: string, primary = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: '36',
  isPrimary: primary,
});
// Milliseconds: several changes of one dossier can happen within a second, and lists sort by time.
const time = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'datetime',
  precision: 3,
  isNullable: nullable,
});

/**
 * In-app notifications (one per status change of a citizen's dossier) and the durable mail outbox
 * that every e-mail goes through. No foreign keys to accounts or dossiers: a notification outlives
 * neither in practice, and the outbox must accept mail for any address.
 */
export class Notifications1764600000000 implements MigrationInterface {
  name = 'Notifications1764600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'notifications',
        columns: [
          uuid('id', true),
          uuid('recipient_id'),
          uuid('dossier_id'),
          { name: 'dossier_code', type: 'varchar', length: '64', isNullable: true },
          { name: 'from_status', type: 'varchar', length: '24' },
          { name: 'status', type: 'varchar', length: '24' },
          { name: 'action', type: 'varchar', length: '24' },
          { name: 'title', type: 'varchar', length: '255' },
          { name: 'body', type: 'varchar', length: '1000' },
          time('created_at'),
          time('read_at', true),
        ],
        indices: [
          // The unread count and the "unread only" list; the full list uses the second.
          {
            name: 'IDX_notifications_recipient_unread',
            columnNames: ['recipient_id', 'read_at', 'created_at'],
          },
          { name: 'IDX_notifications_recipient_created', columnNames: ['recipient_id', 'created_at'] },
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'mail_outbox',
        columns: [
          uuid('id', true),
          { name: 'recipient', type: 'varchar', length: '254' },
          { name: 'subject', type: 'varchar', length: '255' },
          { name: 'body_text', type: 'text' },
          { name: 'body_html', type: 'text', isNullable: true },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'attempts', type: 'int', default: 0 },
          time('next_attempt_at'),
          { name: 'last_error', type: 'varchar', length: '1000', isNullable: true },
          { name: 'claimed_by', type: 'varchar', length: '36', isNullable: true },
          time('claimed_until', true),
          time('created_at'),
          time('sent_at', true),
        ],
        indices: [
          { name: 'IDX_mail_outbox_due', columnNames: ['status', 'next_attempt_at'] },
          { name: 'IDX_mail_outbox_claim', columnNames: ['claimed_by'] },
        ],
      }),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('mail_outbox');
    await queryRunner.dropTable('notifications');
  }
}
