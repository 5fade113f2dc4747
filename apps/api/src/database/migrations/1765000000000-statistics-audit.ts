import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { backfillStatistics } from '../../statistics/dossier-statistics-rows';

/**
 * Administration (issue 14):
 * - `dossier_statistics`: one row per sent dossier with its figures (status, on time, working days,
 *   supplement requests, rating), kept by DossierTransitions; backfilled for dossiers already sent.
 *   Its two covering indexes make a report one index range read (every agency, or one): at 200,000
 *   dossiers, joining outcomes, requests and ratings row by row took seconds on SQLite.
 * - `audit_log`: append-only (no code updates or deletes it), written in the transaction of the change.
 */
export class StatisticsAudit1765000000000 implements MigrationInterface {
  name = 'StatisticsAudit1765000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const figures = ['procedure_id', 'status', 'on_time', 'working_days', 'supplement_count', 'rating'];
    await queryRunner.createTable(
      new Table({
        name: 'dossier_statistics',
        columns: [
          { name: 'dossier_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'agency_id', type: 'varchar', length: '36' },
          { name: 'procedure_id', type: 'varchar', length: '36' },
          { name: 'submitted_at', type: 'datetime' },
          { name: 'status', type: 'varchar', length: '24' },
          { name: 'finished_at', type: 'datetime', isNullable: true },
          { name: 'working_days', type: 'int', isNullable: true },
          { name: 'on_time', type: 'boolean', isNullable: true },
          { name: 'supplement_count', type: 'int', default: 0 },
          { name: 'rating', type: 'int', isNullable: true },
        ],
        // Covering: a report reads the period's index entries only (every agency, or one).
        indices: [
          { name: 'IDX_dossier_statistics_period', columnNames: ['submitted_at', 'agency_id', ...figures] },
          { name: 'IDX_dossier_statistics_agency', columnNames: ['agency_id', 'submitted_at', ...figures] },
        ],
        foreignKeys: [
          {
            name: 'FK_dossier_statistics_dossier',
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
          // Milliseconds (MySQL's datetime keeps whole seconds otherwise): entries of one second stay in order.
          { name: 'at', type: 'datetime', precision: 3 },
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
    await backfillStatistics((sql, params) => queryRunner.query(sql, params));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('audit_log');
    await queryRunner.dropTable('dossier_statistics');
  }
}
