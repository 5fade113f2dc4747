import { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables for accounts, sessions, tokens, captchas, rate limits. (Filled in by its feature.) */
export class Accounts1764100000000 implements MigrationInterface {
  name = 'Accounts1764100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    void queryRunner;
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    void queryRunner;
  }
}
