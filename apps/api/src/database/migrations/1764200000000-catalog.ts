import { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables for agencies, sectors, service procedures, document components, form fields. (Filled in by its feature.) */
export class Catalog1764200000000 implements MigrationInterface {
  name = 'Catalog1764200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    void queryRunner;
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    void queryRunner;
  }
}
