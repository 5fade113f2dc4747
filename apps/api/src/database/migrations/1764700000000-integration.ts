import { MigrationInterface, QueryRunner, Table, TableColumnOptions } from 'typeorm';

const uuid = (name: string, options: { primary?: boolean; nullable?: boolean } = {}): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: '36',
  isPrimary: options.primary ?? false,
  isNullable: options.nullable ?? false,
});
const time = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'datetime',
  precision: 3,
  isNullable: nullable,
});

/**
 * Integrators: API clients with their tokens (only a keyed hash is stored), webhooks with their
 * durable delivery queue and per-attempt log, and an append-only audit of the changes made with a
 * token. Foreign keys from tokens and webhooks to their client, and from deliveries to their webhook
 * (deleting a webhook deletes its queue and log).
 */
export class Integration1764700000000 implements MigrationInterface {
  name = 'Integration1764700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'api_clients',
        columns: [
          uuid('id', { primary: true }),
          { name: 'name', type: 'varchar', length: '100' },
          uuid('agency_id', { nullable: true }),
          { name: 'scopes', type: 'varchar', length: '255' },
          { name: 'active', type: 'boolean', default: true },
          time('created_at'),
          time('updated_at'),
        ],
        foreignKeys: [
          { columnNames: ['agency_id'], referencedTableName: 'agencies', referencedColumnNames: ['id'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'api_tokens',
        columns: [
          uuid('id', { primary: true }),
          uuid('client_id'),
          { name: 'token_hash', type: 'varchar', length: '64', isUnique: true },
          { name: 'prefix', type: 'varchar', length: '16' },
          time('expires_at', true),
          time('revoked_at', true),
          time('last_used_at', true),
          { name: 'request_count', type: 'int', default: 0 },
          time('created_at'),
        ],
        foreignKeys: [
          { columnNames: ['client_id'], referencedTableName: 'api_clients', referencedColumnNames: ['id'] },
        ],
        indices: [{ name: 'IDX_api_tokens_client', columnNames: ['client_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'webhooks',
        columns: [
          uuid('id', { primary: true }),
          uuid('client_id'),
          { name: 'url', type: 'varchar', length: '2000' },
          { name: 'events', type: 'varchar', length: '255' },
          // The signing secret, encrypted with a key derived from the server secret (it must be read to sign).
          { name: 'secret_sealed', type: 'varchar', length: '255' },
          time('created_at'),
        ],
        foreignKeys: [
          { columnNames: ['client_id'], referencedTableName: 'api_clients', referencedColumnNames: ['id'] },
        ],
        indices: [{ name: 'IDX_webhooks_client', columnNames: ['client_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'webhook_deliveries',
        columns: [
          uuid('id', { primary: true }),
          uuid('webhook_id'),
          { name: 'event_type', type: 'varchar', length: '32' },
          { name: 'payload', type: 'text' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'attempts', type: 'int', default: 0 },
          time('next_attempt_at'),
          { name: 'last_status_code', type: 'int', isNullable: true },
          { name: 'last_error', type: 'varchar', length: '1000', isNullable: true },
          { name: 'claimed_by', type: 'varchar', length: '36', isNullable: true },
          time('claimed_until', true),
          time('created_at'),
          time('give_up_at'),
          time('delivered_at', true),
        ],
        foreignKeys: [
          {
            columnNames: ['webhook_id'],
            referencedTableName: 'webhooks',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
        indices: [
          { name: 'IDX_webhook_deliveries_due', columnNames: ['status', 'next_attempt_at'] },
          { name: 'IDX_webhook_deliveries_claim', columnNames: ['claimed_by'] },
          { name: 'IDX_webhook_deliveries_webhook', columnNames: ['webhook_id', 'created_at'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'webhook_attempts',
        columns: [
          uuid('id', { primary: true }),
          uuid('delivery_id'),
          time('attempted_at'),
          { name: 'status_code', type: 'int', isNullable: true },
          { name: 'duration_ms', type: 'int' },
          { name: 'error', type: 'varchar', length: '1000', isNullable: true },
        ],
        foreignKeys: [
          {
            columnNames: ['delivery_id'],
            referencedTableName: 'webhook_deliveries',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
        indices: [{ name: 'IDX_webhook_attempts_delivery', columnNames: ['delivery_id', 'attempted_at'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'integration_audit',
        columns: [
          uuid('id', { primary: true }),
          uuid('client_id'),
          uuid('token_id'),
          { name: 'operation', type: 'varchar', length: '100' },
          { name: 'outcome', type: 'varchar', length: '40' },
          { name: 'ip', type: 'varchar', length: '45', isNullable: true },
          time('created_at'),
        ],
        indices: [{ name: 'IDX_integration_audit_client', columnNames: ['client_id', 'created_at'] }],
      }),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'integration_audit',
      'webhook_attempts',
      'webhook_deliveries',
      'webhooks',
      'api_tokens',
      'api_clients',
    ]) {
      await queryRunner.dropTable(table);
    }
  }
}
