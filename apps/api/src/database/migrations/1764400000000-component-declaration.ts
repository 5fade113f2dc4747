import { MigrationInterface, QueryResult, QueryRunner, TableColumn } from 'typeorm';
import { CATALOG_SEED, CatalogSeed } from '../seeds/catalog/catalog-seed-data';

const COLUMNS = [
  // The procedure's own declaration (tờ khai, đơn … theo mẫu): the intake form fills it in.
  new TableColumn({ name: 'is_declaration', type: 'boolean', default: 0 }),
  // … and it must still be printed, signed (or sealed) and attached.
  new TableColumn({ name: 'requires_signature', type: 'boolean', default: 0 }),
  // The template is the portal's generated form (forms/), produced on first download.
  new TableColumn({ name: 'template_generated', type: 'boolean', default: 0 }),
  // Fingerprint of what the cached generated file was made from; a change regenerates it.
  new TableColumn({ name: 'template_fingerprint', type: 'varchar', length: '64', isNullable: true }),
];

/**
 * Declaration flags and generated templates of document components. Databases seeded before this
 * migration get the flags of the shipped catalog here, once: the seeder never touches existing rows
 * (an administrator's edits survive a re-seed), so this is the one place that can add them.
 */
export class ComponentDeclaration1764400000000 implements MigrationInterface {
  name = 'ComponentDeclaration1764400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('document_components', COLUMNS);
    await backfillComponentFlags(queryRunner, CATALOG_SEED);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumns('document_components', COLUMNS);
  }
}

/**
 * Sets the seed's flags on seeded components that already exist, matched by procedure code and
 * component name (a renamed component keeps its admin-made state), unless it has an uploaded
 * template. Plain `?` parameters and 0/1 work on both SQLite and MySQL/MariaDB; returns how many
 * rows changed (the structured result's `affected`, which both drivers fill in).
 */
export async function backfillComponentFlags(queryRunner: QueryRunner, seed: CatalogSeed): Promise<number> {
  let changed = 0;
  for (const procedure of seed.procedures) {
    for (const c of procedure.components) {
      if (!c.template && !c.isDeclaration && !c.requiresSignature) continue;
      const result = await queryRunner.query(
        `UPDATE document_components SET is_declaration = ?, requires_signature = ?, template_generated = ?
         WHERE name = ? AND template_key IS NULL
           AND procedure_id IN (SELECT id FROM service_procedures WHERE code = ?)`,
        [c.isDeclaration ? 1 : 0, c.requiresSignature ? 1 : 0, c.template ? 1 : 0, c.name, procedure.code],
        true,
      );
      changed += (result as QueryResult).affected ?? 0;
    }
  }
  return changed;
}
