import { MigrationInterface, QueryRunner, Table } from 'typeorm';

/**
 * The form definition and component list a dossier was filled against, taken at its first
 * submission (issue 14). Dossiers sent before have none: they are read against the live procedure.
 */
export class FormSnapshots1765000000002 implements MigrationInterface {
  name = 'FormSnapshots1765000000002';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'dossier_form_snapshots',
        columns: [
          { name: 'dossier_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'fields', type: 'text' },
          { name: 'components', type: 'text' },
          { name: 'taken_at', type: 'datetime' },
        ],
        foreignKeys: [
          {
            name: 'FK_dossier_form_snapshots_dossier',
            columnNames: ['dossier_id'],
            referencedTableName: 'dossiers',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
      }),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('dossier_form_snapshots');
  }
}
