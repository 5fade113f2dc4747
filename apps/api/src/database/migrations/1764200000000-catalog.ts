import { MigrationInterface, QueryRunner, Table, TableColumnOptions } from 'typeorm';

const id: TableColumnOptions = { name: 'id', type: 'varchar', length: '36', isPrimary: true };
const fk = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: '36',
  isNullable: nullable,
});
const timestamps: TableColumnOptions[] = [
  { name: 'created_at', type: 'datetime', default: 'CURRENT_TIMESTAMP' },
  { name: 'updated_at', type: 'datetime', default: 'CURRENT_TIMESTAMP' },
];
const active: TableColumnOptions = { name: 'active', type: 'boolean', default: 1 };

/**
 * The service catalog: agencies, sectors, service procedures, their document components and intake
 * form fields. `search_name`/`search_text` hold text folded by the application (foldVietnamese), so
 * search matches the same way on MySQL and SQLite whatever their collations do with Vietnamese.
 */
export class Catalog1764200000000 implements MigrationInterface {
  name = 'Catalog1764200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'agencies',
        columns: [
          id,
          { name: 'code', type: 'varchar', length: '40', isUnique: true },
          { name: 'name', type: 'varchar', length: '255' },
          { name: 'level', type: 'varchar', length: '16' },
          fk('parent_id', true),
          { name: 'province_code', type: 'varchar', length: '2', isNullable: true },
          active,
          ...timestamps,
        ],
        indices: [{ name: 'IDX_agencies_level', columnNames: ['level'] }],
        foreignKeys: [
          {
            name: 'FK_agencies_parent',
            columnNames: ['parent_id'],
            referencedTableName: 'agencies',
            referencedColumnNames: ['id'],
          },
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'sectors',
        columns: [
          id,
          { name: 'code', type: 'varchar', length: '40', isUnique: true },
          { name: 'name', type: 'varchar', length: '255' },
          active,
          ...timestamps,
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'service_procedures',
        columns: [
          id,
          { name: 'code', type: 'varchar', length: '40', isUnique: true },
          { name: 'name', type: 'varchar', length: '500' },
          fk('agency_id'),
          fk('sector_id'),
          { name: 'online_level', type: 'varchar', length: '16' },
          { name: 'processing_days', type: 'int' },
          { name: 'fee_text', type: 'varchar', length: '500', default: "''" },
          { name: 'fee_amount', type: 'int', isNullable: true },
          { name: 'legal_basis', type: 'text' },
          { name: 'description', type: 'text' },
          { name: 'result_description', type: 'text' },
          active,
          { name: 'popularity', type: 'int', default: 0 },
          { name: 'search_name', type: 'varchar', length: '600', default: "''" },
          { name: 'search_text', type: 'text' },
          ...timestamps,
        ],
        indices: [
          { name: 'IDX_service_procedures_search_name', columnNames: ['search_name'] },
          { name: 'IDX_service_procedures_active_popularity', columnNames: ['active', 'popularity'] },
          { name: 'IDX_service_procedures_agency', columnNames: ['agency_id'] },
          { name: 'IDX_service_procedures_sector', columnNames: ['sector_id'] },
        ],
        foreignKeys: [
          {
            name: 'FK_service_procedures_agency',
            columnNames: ['agency_id'],
            referencedTableName: 'agencies',
            referencedColumnNames: ['id'],
          },
          {
            name: 'FK_service_procedures_sector',
            columnNames: ['sector_id'],
            referencedTableName: 'sectors',
            referencedColumnNames: ['id'],
          },
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'document_components',
        columns: [
          id,
          fk('procedure_id'),
          { name: 'position', type: 'int' },
          { name: 'name', type: 'varchar', length: '500' },
          { name: 'description', type: 'text' },
          { name: 'required', type: 'boolean', default: 1 },
          { name: 'originals', type: 'int', default: 0 },
          { name: 'copies', type: 'int', default: 0 },
          { name: 'accepted_types', type: 'text' },
          { name: 'max_size_mb', type: 'double' },
          { name: 'template_key', type: 'varchar', length: '255', isNullable: true },
          { name: 'template_name', type: 'varchar', length: '255', isNullable: true },
          { name: 'template_mime_type', type: 'varchar', length: '120', isNullable: true },
          { name: 'template_size', type: 'int', isNullable: true },
          active,
          ...timestamps,
        ],
        indices: [{ name: 'IDX_document_components_procedure', columnNames: ['procedure_id', 'position'] }],
        foreignKeys: [
          {
            name: 'FK_document_components_procedure',
            columnNames: ['procedure_id'],
            referencedTableName: 'service_procedures',
            referencedColumnNames: ['id'],
          },
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'form_fields',
        columns: [
          id,
          fk('procedure_id'),
          { name: 'position', type: 'int' },
          { name: 'field_key', type: 'varchar', length: '64' },
          { name: 'label', type: 'varchar', length: '255' },
          { name: 'help', type: 'varchar', length: '500', isNullable: true },
          { name: 'type', type: 'varchar', length: '16' },
          { name: 'required', type: 'boolean', default: 0 },
          { name: 'options', type: 'text', isNullable: true },
          { name: 'min_length', type: 'int', isNullable: true },
          { name: 'max_length', type: 'int', isNullable: true },
          { name: 'min_value', type: 'double', isNullable: true },
          { name: 'max_value', type: 'double', isNullable: true },
          { name: 'pattern', type: 'varchar', length: '255', isNullable: true },
          active,
          ...timestamps,
        ],
        indices: [
          {
            name: 'UQ_form_fields_procedure_key',
            columnNames: ['procedure_id', 'field_key'],
            isUnique: true,
          },
          { name: 'IDX_form_fields_procedure_position', columnNames: ['procedure_id', 'position'] },
        ],
        foreignKeys: [
          {
            name: 'FK_form_fields_procedure',
            columnNames: ['procedure_id'],
            referencedTableName: 'service_procedures',
            referencedColumnNames: ['id'],
          },
        ],
      }),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['form_fields', 'document_components', 'service_procedures', 'sectors', 'agencies']) {
      await queryRunner.dropTable(table, true, true, true);
    }
  }
}
