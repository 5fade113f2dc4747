import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from 'typeorm';

/**
 * Account administration (issue 14): an admin deactivates an account (it cannot log in, its
 * sessions end) and the list shows the last login. The role index serves "active admins left".
 */
export class AccountAdmin1765000000001 implements MigrationInterface {
  name = 'AccountAdmin1765000000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('accounts', [
      new TableColumn({ name: 'deactivated_at', type: 'datetime', isNullable: true }),
      new TableColumn({ name: 'last_login_at', type: 'datetime', isNullable: true }),
    ]);
    await queryRunner.createIndex(
      'accounts',
      new TableIndex({ name: 'IDX_accounts_role_agency', columnNames: ['role', 'agency_id'] }),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('accounts', 'IDX_accounts_role_agency');
    await queryRunner.dropColumn('accounts', 'last_login_at');
    await queryRunner.dropColumn('accounts', 'deactivated_at');
  }
}
