import { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables for dossiers, dossier files, processing steps. (Filled in by its feature.) */
export class Dossiers1764300000000 implements MigrationInterface {
  name = 'Dossiers1764300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    void queryRunner;
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    void queryRunner;
  }
}
