import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';

/**
 * Personal data (issue 12): the privacy notice version and time of consent on the account, the time
 * the citizen deleted it (the row stays, anonymised, for the sent dossiers), and the one-time links
 * to a personal-data export (only a hash of the token is stored).
 */
export class Privacy1765100000000 implements MigrationInterface {
  name = 'Privacy1765100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('accounts', [
      new TableColumn({ name: 'privacy_notice_version', type: 'varchar', length: '20', isNullable: true }),
      new TableColumn({ name: 'privacy_consent_at', type: 'datetime', isNullable: true }),
      new TableColumn({ name: 'deleted_at', type: 'datetime', isNullable: true }),
    ]);
    await queryRunner.createTable(
      new Table({
        name: 'data_export_links',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'account_id', type: 'varchar', length: '36' },
          { name: 'token_hash', type: 'varchar', length: '64', isUnique: true },
          { name: 'expires_at', type: 'datetime' },
          { name: 'used_at', type: 'datetime', isNullable: true },
          { name: 'created_at', type: 'datetime' },
        ],
        indices: [{ name: 'IDX_data_export_links_account', columnNames: ['account_id'] }],
        foreignKeys: [
          {
            name: 'FK_data_export_links_account',
            columnNames: ['account_id'],
            referencedTableName: 'accounts',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
      }),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('data_export_links');
    await queryRunner.dropColumn('accounts', 'deleted_at');
    await queryRunner.dropColumn('accounts', 'privacy_consent_at');
    await queryRunner.dropColumn('accounts', 'privacy_notice_version');
  }
}
