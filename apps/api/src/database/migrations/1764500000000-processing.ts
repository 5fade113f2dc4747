import { foldVietnamese } from '@dvc/shared/domain';
import { MigrationInterface, QueryRunner, Table, TableColumn, TableColumnOptions, TableIndex } from 'typeorm';

const ref = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: '36',
  isNullable: nullable,
});
const dossierFk = (table: string) => ({
  name: `FK_${table}_dossier`,
  columnNames: ['dossier_id'],
  referencedTableName: 'dossiers',
  referencedColumnNames: ['id'],
  onDelete: 'CASCADE',
});

/**
 * The back office (issue 9): supplement requests (with the clock pause they open), results, ratings,
 * result files as dossier files of kind RESULT, and the officer queue's indexes. Also adds the
 * applicant's name to the search text of dossiers already sent.
 */
export class Processing1764500000000 implements MigrationInterface {
  name = 'Processing1764500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'supplement_requests',
        columns: [
          { ...ref('id'), isPrimary: true },
          ref('dossier_id'),
          { name: 'note', type: 'text', isNullable: true },
          { name: 'items', type: 'text' },
          { name: 'previous_status', type: 'varchar', length: '24' },
          { name: 'requested_at', type: 'datetime' },
          ref('requested_by_id'),
          { name: 'requested_by', type: 'varchar', length: '100' },
          { name: 'resolved_at', type: 'datetime', isNullable: true },
        ],
        indices: [{ name: 'IDX_supplement_requests_dossier', columnNames: ['dossier_id', 'resolved_at'] }],
        foreignKeys: [dossierFk('supplement_requests')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'dossier_results',
        columns: [
          { ...ref('dossier_id'), isPrimary: true },
          { name: 'note', type: 'text', isNullable: true },
          ref('officer_id'),
          { name: 'officer_name', type: 'varchar', length: '100' },
          ref('agency_id', true),
          { name: 'issued_at', type: 'datetime' },
        ],
        foreignKeys: [dossierFk('dossier_results')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'dossier_ratings',
        columns: [
          { ...ref('dossier_id'), isPrimary: true },
          ref('owner_id'),
          ref('agency_id'),
          { name: 'score', type: 'int' },
          { name: 'comment', type: 'text', isNullable: true },
          { name: 'rated_at', type: 'datetime' },
        ],
        indices: [{ name: 'IDX_dossier_ratings_agency', columnNames: ['agency_id', 'rated_at'] }],
        foreignKeys: [dossierFk('dossier_ratings')],
      }),
    );
    await queryRunner.addColumn(
      'dossier_files',
      new TableColumn({ name: 'kind', type: 'varchar', length: '10', default: "'ATTACHMENT'" }),
    );
    // The officer queue: a status tab sorted by submission, and "all sent" (submitted_at IS NOT NULL).
    await queryRunner.dropIndex('dossiers', 'IDX_dossiers_agency_status');
    await queryRunner.createIndices('dossiers', [
      new TableIndex({
        name: 'IDX_dossiers_agency_status_submitted',
        columnNames: ['agency_id', 'status', 'submitted_at'],
      }),
      new TableIndex({ name: 'IDX_dossiers_agency_submitted', columnNames: ['agency_id', 'submitted_at'] }),
      new TableIndex({
        name: 'IDX_dossiers_agency_status_due',
        columnNames: ['agency_id', 'status', 'due_date'],
      }),
    ]);
    await backfillSearchText(queryRunner);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('dossiers', 'IDX_dossiers_agency_status_due');
    await queryRunner.dropIndex('dossiers', 'IDX_dossiers_agency_submitted');
    await queryRunner.dropIndex('dossiers', 'IDX_dossiers_agency_status_submitted');
    await queryRunner.createIndex(
      'dossiers',
      new TableIndex({ name: 'IDX_dossiers_agency_status', columnNames: ['agency_id', 'status'] }),
    );
    await queryRunner.dropColumn('dossier_files', 'kind');
    await queryRunner.dropTable('dossier_ratings');
    await queryRunner.dropTable('dossier_results');
    await queryRunner.dropTable('supplement_requests');
  }
}

const BATCH = 500;

/**
 * Sent dossiers are now found by the applicant's name too (the same text dossierSearchText builds at
 * submission). In batches by id, so a large table never sits in memory.
 */
export async function backfillSearchText(queryRunner: QueryRunner): Promise<void> {
  let after = '';
  for (;;) {
    const rows = (await queryRunner.query(
      `SELECT d.id, d.code, d.applicant, p.code AS procedure_code, p.name AS procedure_name
         FROM dossiers d JOIN service_procedures p ON p.id = d.procedure_id
        WHERE d.code IS NOT NULL AND d.id > ? ORDER BY d.id LIMIT ${BATCH}`,
      [after],
    )) as { id: string; code: string; applicant: string; procedure_code: string; procedure_name: string }[];
    if (rows.length === 0) return;
    for (const row of rows) {
      let name = '';
      try {
        name = String((JSON.parse(row.applicant) as { fullName?: unknown }).fullName ?? '');
      } catch {
        // An unreadable applicant keeps the old text's parts.
      }
      const text = foldVietnamese(`${row.code} ${row.procedure_code} ${row.procedure_name} ${name}`);
      await queryRunner.query('UPDATE dossiers SET search_text = ? WHERE id = ?', [
        text.slice(0, 700),
        row.id,
      ]);
    }
    after = rows[rows.length - 1].id;
  }
}
