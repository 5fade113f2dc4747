import { MigrationInterface, QueryRunner, Table, TableColumnOptions } from 'typeorm';

const id: TableColumnOptions = { name: 'id', type: 'varchar', length: '36', isPrimary: true };
const ref = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: '36',
  isNullable: nullable,
});
const createdAt: TableColumnOptions = { name: 'created_at', type: 'datetime', default: 'CURRENT_TIMESTAMP' };
const toAccount = (table: string) => ({
  name: `FK_${table}_account`,
  columnNames: ['account_id'],
  referencedTableName: 'accounts',
  referencedColumnNames: ['id'],
  onDelete: 'CASCADE',
});

/**
 * Accounts, their sessions and e-mailed tokens, captchas, and the shared rate-limit counters.
 * Written with the portable Table API (SQLite and MySQL/MariaDB). `accounts.agency_id` has no
 * foreign key on purpose: agencies belong to the catalog, whose migration runs after this one.
 */
export class Accounts1764100000000 implements MigrationInterface {
  name = 'Accounts1764100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'accounts',
        columns: [
          id,
          { name: 'username', type: 'varchar', length: '30', isUnique: true },
          { name: 'email', type: 'varchar', length: '254', isUnique: true },
          { name: 'pending_email', type: 'varchar', length: '254', isNullable: true },
          { name: 'email_verified_at', type: 'datetime', isNullable: true },
          { name: 'full_name', type: 'varchar', length: '100' },
          { name: 'citizen_id', type: 'varchar', length: '12', isNullable: true, isUnique: true },
          { name: 'date_of_birth', type: 'varchar', length: '10', isNullable: true },
          { name: 'gender', type: 'varchar', length: '10', isNullable: true },
          { name: 'phone', type: 'varchar', length: '15', isNullable: true },
          { name: 'province_code', type: 'varchar', length: '2', isNullable: true },
          { name: 'commune', type: 'varchar', length: '100', isNullable: true },
          { name: 'street', type: 'varchar', length: '255', isNullable: true },
          { name: 'role', type: 'varchar', length: '10', default: "'CITIZEN'" },
          ref('agency_id', true),
          { name: 'password_hash', type: 'varchar', length: '255' },
          { name: 'demo_password', type: 'boolean', default: 0 },
          { name: 'failed_login_count', type: 'integer', default: 0 },
          { name: 'last_failed_login_at', type: 'datetime', isNullable: true },
          { name: 'password_changed_at', type: 'datetime', isNullable: true },
          createdAt,
          { name: 'updated_at', type: 'datetime', default: 'CURRENT_TIMESTAMP' },
        ],
        indices: [
          { name: 'IDX_accounts_role', columnNames: ['role'] },
          { name: 'IDX_accounts_agency', columnNames: ['agency_id'] },
          { name: 'IDX_accounts_pending_email', columnNames: ['pending_email'] },
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'sessions',
        columns: [
          id,
          { name: 'token_hash', type: 'varchar', length: '64', isUnique: true },
          ref('account_id'),
          { name: 'persistent', type: 'boolean', default: 0 },
          createdAt,
          { name: 'last_seen_at', type: 'datetime' },
          { name: 'expires_at', type: 'datetime' },
          { name: 'ip', type: 'varchar', length: '45', isNullable: true },
          { name: 'user_agent', type: 'varchar', length: '255', isNullable: true },
        ],
        indices: [
          { name: 'IDX_sessions_account', columnNames: ['account_id'] },
          { name: 'IDX_sessions_expires', columnNames: ['expires_at'] },
        ],
        foreignKeys: [toAccount('sessions')],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'account_tokens',
        columns: [
          id,
          ref('account_id'),
          { name: 'purpose', type: 'varchar', length: '20' },
          { name: 'token_hash', type: 'varchar', length: '64', isUnique: true },
          { name: 'email', type: 'varchar', length: '254' },
          { name: 'expires_at', type: 'datetime' },
          { name: 'used_at', type: 'datetime', isNullable: true },
          createdAt,
        ],
        indices: [{ name: 'IDX_account_tokens_account', columnNames: ['account_id'] }],
        foreignKeys: [toAccount('account_tokens')],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'captchas',
        columns: [
          id,
          { name: 'answer_hash', type: 'varchar', length: '64' },
          { name: 'expires_at', type: 'datetime' },
          createdAt,
        ],
        indices: [{ name: 'IDX_captchas_expires', columnNames: ['expires_at'] }],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'rate_limits',
        columns: [
          { name: 'bucket', type: 'varchar', length: '191', isPrimary: true },
          { name: 'hits', type: 'integer', default: 0 },
          { name: 'reset_at', type: 'datetime' },
        ],
        indices: [{ name: 'IDX_rate_limits_reset', columnNames: ['reset_at'] }],
      }),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['rate_limits', 'captchas', 'account_tokens', 'sessions', 'accounts']) {
      await queryRunner.dropTable(table, true);
    }
  }
}
