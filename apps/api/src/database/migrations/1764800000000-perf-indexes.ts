import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

/**
 * Performance (issue 11):
 * - `cache_versions`: one row per in-memory cache shared by API instances without Redis. A committed
 *   catalog change increments the catalog's version; every instance polls it and drops its cache.
 * - The citizen's list and the officer's queue page ORDER BY (created_at | submitted_at, id): with
 *   the id in the index, SQLite walks it in order too (MariaDB already appends the primary key), so
 *   a page reads 20 index entries instead of sorting the owner's or agency's rows.
 */
export class PerfIndexes1764800000000 implements MigrationInterface {
  name = 'PerfIndexes1764800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'cache_versions',
        columns: [
          { name: 'name', type: 'varchar', length: '40', isPrimary: true },
          { name: 'version', type: 'int', default: 0 },
        ],
      }),
      true,
    );
    await queryRunner.query("INSERT INTO cache_versions (name, version) VALUES ('catalog', 0)");
    await queryRunner.createIndex(
      'dossiers',
      new TableIndex({
        name: 'IDX_dossiers_owner_created_id',
        columnNames: ['owner_id', 'created_at', 'id'],
      }),
    );
    await queryRunner.dropIndex('dossiers', 'IDX_dossiers_owner_created');
    await queryRunner.createIndex(
      'dossiers',
      new TableIndex({
        name: 'IDX_dossiers_agency_submitted_id',
        columnNames: ['agency_id', 'submitted_at', 'id'],
      }),
    );
    await queryRunner.dropIndex('dossiers', 'IDX_dossiers_agency_submitted');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex(
      'dossiers',
      new TableIndex({ name: 'IDX_dossiers_agency_submitted', columnNames: ['agency_id', 'submitted_at'] }),
    );
    await queryRunner.dropIndex('dossiers', 'IDX_dossiers_agency_submitted_id');
    await queryRunner.createIndex(
      'dossiers',
      new TableIndex({ name: 'IDX_dossiers_owner_created', columnNames: ['owner_id', 'created_at'] }),
    );
    await queryRunner.dropIndex('dossiers', 'IDX_dossiers_owner_created_id');
    await queryRunner.dropTable('cache_versions');
  }
}
