import { MigrationInterface, QueryRunner, Table, TableColumnOptions } from 'typeorm';

const id: TableColumnOptions = { name: 'id', type: 'varchar', length: '36', isPrimary: true };
const ref = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: '36',
  isNullable: nullable,
});
const status = (name: string): TableColumnOptions => ({ name, type: 'varchar', length: '24' });

/**
 * Dossiers, their files and processing history, and the per-agency-per-day counters behind dossier
 * codes. Cross-feature ids (owner, procedure, agency) carry no foreign key: the catalog and accounts
 * evolve on their own, and a procedure is deactivated rather than deleted.
 */
export class Dossiers1764300000000 implements MigrationInterface {
  name = 'Dossiers1764300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'dossiers',
        columns: [
          id,
          { name: 'code', type: 'varchar', length: '64', isNullable: true, isUnique: true },
          ref('owner_id'),
          ref('procedure_id'),
          ref('agency_id'),
          status('status'),
          { name: 'applicant', type: 'text' },
          { name: 'form_data', type: 'text' },
          { name: 'search_text', type: 'varchar', length: '700', default: "''" },
          { name: 'version', type: 'int', default: 1 },
          { name: 'created_at', type: 'datetime' },
          { name: 'updated_at', type: 'datetime' },
          { name: 'submitted_at', type: 'datetime', isNullable: true },
          { name: 'due_date', type: 'datetime', isNullable: true },
        ],
        indices: [
          { name: 'IDX_dossiers_owner_status', columnNames: ['owner_id', 'status'] },
          { name: 'IDX_dossiers_owner_created', columnNames: ['owner_id', 'created_at'] },
          { name: 'IDX_dossiers_agency_status', columnNames: ['agency_id', 'status'] },
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'dossier_files',
        columns: [
          id,
          ref('dossier_id'),
          ref('component_id'),
          { name: 'file_name', type: 'varchar', length: '255' },
          { name: 'size', type: 'bigint' },
          { name: 'mime_type', type: 'varchar', length: '120' },
          { name: 'detected_type', type: 'varchar', length: '16' },
          { name: 'sha256', type: 'varchar', length: '64' },
          { name: 'storage_key', type: 'varchar', length: '255', isUnique: true },
          ref('uploaded_by'),
          { name: 'uploaded_at', type: 'datetime' },
        ],
        indices: [{ name: 'IDX_dossier_files_dossier', columnNames: ['dossier_id', 'component_id'] }],
        foreignKeys: [
          {
            name: 'FK_dossier_files_dossier',
            columnNames: ['dossier_id'],
            referencedTableName: 'dossiers',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'processing_steps',
        columns: [
          id,
          ref('dossier_id'),
          { name: 'position', type: 'int' },
          { name: 'action', type: 'varchar', length: '32' },
          status('from_status'),
          status('to_status'),
          { name: 'note', type: 'text', isNullable: true },
          ref('actor_id', true),
          { name: 'actor_name', type: 'varchar', length: '100' },
          { name: 'actor_role', type: 'varchar', length: '10' },
          ref('agency_id', true),
          { name: 'agency_name', type: 'varchar', length: '255', isNullable: true },
          { name: 'created_at', type: 'datetime' },
        ],
        indices: [
          {
            name: 'UQ_processing_steps_position',
            columnNames: ['dossier_id', 'position'],
            isUnique: true,
          },
        ],
        foreignKeys: [
          {
            name: 'FK_processing_steps_dossier',
            columnNames: ['dossier_id'],
            referencedTableName: 'dossiers',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'dossier_code_counters',
        columns: [
          { ...ref('agency_id'), isPrimary: true },
          { name: 'day', type: 'varchar', length: '6', isPrimary: true },
          { name: 'last_value', type: 'int', default: 0 },
        ],
      }),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('dossier_code_counters');
    await queryRunner.dropTable('processing_steps');
    await queryRunner.dropTable('dossier_files');
    await queryRunner.dropTable('dossiers');
  }
}
