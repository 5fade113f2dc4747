import { MigrationInterface, QueryRunner, TableForeignKey } from 'typeorm';

/** SQLite: the columns the earlier migrations created as `int` (TypeORM spells them `integer`). */
const INT_COLUMNS: Record<string, string[]> = {
  mail_outbox: ['attempts'],
  dossiers: ['version'],
  document_components: ['position', 'originals', 'copies', 'template_size'],
  form_fields: ['position', 'min_length', 'max_length'],
  service_procedures: ['processing_days', 'fee_amount', 'popularity'],
  dossier_code_counters: ['last_value'],
  processing_steps: ['position'],
  api_tokens: ['request_count'],
  webhook_deliveries: ['attempts', 'last_status_code'],
  webhook_attempts: ['status_code', 'duration_ms'],
  dossier_ratings: ['score'],
  dossier_statistics: ['working_days', 'supplement_count', 'rating'],
};

/** MySQL/MariaDB: the tables with an `updated_at` (the entities' UpdateDateColumn). */
const UPDATED_AT_TABLES = [
  'accounts',
  'agencies',
  'sectors',
  'service_procedures',
  'document_components',
  'form_fields',
];

/** MySQL/MariaDB: the tables with foreign keys. */
const FK_TABLES = [
  'sessions',
  'account_tokens',
  'agencies',
  'service_procedures',
  'document_components',
  'form_fields',
  'dossier_files',
  'processing_steps',
  'supplement_requests',
  'dossier_results',
  'dossier_ratings',
  'dossier_form_snapshots',
  'dossier_statistics',
  'api_clients',
  'api_tokens',
  'webhooks',
  'webhook_deliveries',
  'webhook_attempts',
  'data_export_links',
];

/**
 * The same schema, spelled the way the entities declare it, so that TypeORM's schema builder finds
 * nothing to change (guard rail: test/schema-drift.integration-spec.ts). No change in behaviour:
 * - SQLite: `int` columns become `integer` (the same INTEGER affinity) and `api_clients.active` gets
 *   DEFAULT 1 instead of DEFAULT (true) (the same value). TypeORM rebuilds each table to change a
 *   SQLite column, rows, indexes and foreign keys included.
 * - MySQL/MariaDB: foreign keys say ON UPDATE NO ACTION (and ON DELETE NO ACTION where none was
 *   given) instead of the implicit RESTRICT, which InnoDB treats the same; `updated_at` gets the
 *   ON UPDATE CURRENT_TIMESTAMP of an UpdateDateColumn (TypeORM's updates already set it).
 */
export class SchemaSpelling1765200000000 implements MigrationInterface {
  name = 'SchemaSpelling1765200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    if (isSqlite(queryRunner)) {
      await respellSqlite(queryRunner, { int: 'integer', true: '1' });
    } else {
      await respellForeignKeys(queryRunner, 'NO ACTION');
      await respellUpdatedAt(queryRunner, 'CURRENT_TIMESTAMP');
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    if (isSqlite(queryRunner)) {
      await respellSqlite(queryRunner, { integer: 'int', '1': 'true' });
    } else {
      await respellUpdatedAt(queryRunner, undefined);
      await respellForeignKeys(queryRunner, undefined);
    }
  }
}

function isSqlite(queryRunner: QueryRunner): boolean {
  return ['better-sqlite3', 'sqlite'].includes(queryRunner.connection.driver.options.type);
}

async function respellSqlite(queryRunner: QueryRunner, spelling: Record<string, string>) {
  const tables = { ...INT_COLUMNS, api_clients: ['active'] };
  for (const [name, columns] of Object.entries(tables)) {
    const table = await queryRunner.getTable(name);
    if (!table) throw new Error(`${name}: no such table`);
    const changes = table.columns
      .filter((column) => columns.includes(column.name))
      .map((oldColumn) => {
        const newColumn = oldColumn.clone();
        if (name === 'api_clients')
          newColumn.default = spelling[String(oldColumn.default)] ?? oldColumn.default;
        else newColumn.type = spelling[oldColumn.type] ?? oldColumn.type;
        return { oldColumn, newColumn };
      });
    await queryRunner.changeColumns(table, changes);
  }
}

/** Re-creates each foreign key with the same columns and ON DELETE, and the given ON UPDATE. */
async function respellForeignKeys(queryRunner: QueryRunner, action: 'NO ACTION' | undefined) {
  for (const name of FK_TABLES) {
    const table = await queryRunner.getTable(name);
    if (!table) throw new Error(`${name}: no such table`);
    for (const fk of [...table.foreignKeys]) {
      const onDelete = fk.onDelete === 'CASCADE' ? 'CASCADE' : action;
      await queryRunner.dropForeignKey(table, fk);
      await queryRunner.createForeignKey(
        table,
        new TableForeignKey({
          name: fk.name,
          columnNames: fk.columnNames,
          referencedTableName: fk.referencedTableName,
          referencedColumnNames: fk.referencedColumnNames,
          onDelete,
          onUpdate: action,
        }),
      );
    }
  }
}

async function respellUpdatedAt(queryRunner: QueryRunner, onUpdate: string | undefined) {
  for (const name of UPDATED_AT_TABLES) {
    const table = await queryRunner.getTable(name);
    const oldColumn = table?.findColumnByName('updated_at');
    if (!table || !oldColumn) throw new Error(`${name}.updated_at: no such column`);
    const newColumn = oldColumn.clone();
    newColumn.default = 'CURRENT_TIMESTAMP';
    newColumn.onUpdate = onUpdate;
    await queryRunner.changeColumn(table, oldColumn, newColumn);
  }
}
