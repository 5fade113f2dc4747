import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { backfillOutcomes } from '../../statistics/dossier-outcomes';

/**
 * Administration (issue 14):
 * - `dossier_outcomes`: one row per finished dossier (on time, working days), so the statistics add
 *   numbers up in SQL instead of counting working days over rows; backfilled for finished dossiers.
 * - `audit_log`: append-only (no code updates or deletes it), written in the transaction of the change.
 * - Statistics indexes: the period's sent dossiers per agency and procedure are read from the index
 *   alone (status included), for all agencies (by submitted_at) or one (by agency, submitted_at).
 */
export class StatisticsAudit1765000000000 implements MigrationInterface {
  name = 'StatisticsAudit1765000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'dossier_outcomes',
        columns: [
          { name: 'dossier_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'outcome', type: 'varchar', length: '24' },
          { name: 'finished_at', type: 'datetime' },
          { name: 'working_days', type: 'int', isNullable: true },
          { name: 'on_time', type: 'boolean' },
        ],
        foreignKeys: [
          {
            name: 'FK_dossier_outcomes_dossier',
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
        name: 'audit_log',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'at', type: 'datetime' },
          { name: 'actor_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'actor_name', type: 'varchar', length: '100', isNullable: true },
          { name: 'actor_role', type: 'varchar', length: '10', isNullable: true },
          { name: 'actor_ip', type: 'varchar', length: '45', isNullable: true },
          { name: 'action', type: 'varchar', length: '48' },
          { name: 'target_type', type: 'varchar', length: '32' },
          { name: 'target_id', type: 'varchar', length: '64', isNullable: true },
          { name: 'summary', type: 'text', isNullable: true },
        ],
        indices: [
          { name: 'IDX_audit_log_at', columnNames: ['at'] },
          { name: 'IDX_audit_log_actor_at', columnNames: ['actor_id', 'at'] },
          { name: 'IDX_audit_log_target_at', columnNames: ['target_type', 'target_id', 'at'] },
          { name: 'IDX_audit_log_action_at', columnNames: ['action', 'at'] },
        ],
      }),
    );
    await queryRunner.createIndices('dossiers', [
      new TableIndex({
        name: 'IDX_dossiers_stats_submitted',
        columnNames: ['submitted_at', 'agency_id', 'procedure_id', 'status'],
      }),
      new TableIndex({
        name: 'IDX_dossiers_stats_agency',
        columnNames: ['agency_id', 'submitted_at', 'procedure_id', 'status'],
      }),
    ]);
    await backfillOutcomes((sql, params) => queryRunner.query(sql, params));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('dossiers', 'IDX_dossiers_stats_agency');
    await queryRunner.dropIndex('dossiers', 'IDX_dossiers_stats_submitted');
    await queryRunner.dropTable('audit_log');
    await queryRunner.dropTable('dossier_outcomes');
  }
}
