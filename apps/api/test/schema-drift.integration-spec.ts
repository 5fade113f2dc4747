import { DataSource, DataSourceOptions, EntityMetadata, Table } from 'typeorm';
import { createTestApp, TestApp } from './support/test-app';

jest.setTimeout(60_000);

/**
 * Guard rail: the migrations build the tables the entities describe. Runs on SQLite by default and on
 * MariaDB with TEST_DB=mysql. Checked here, table by table: the columns and their nullability, every
 * index (unique or not) and every foreign key (columns, referenced table, ON DELETE). Entities declare
 * the indexes and keys the migrations create (`@Index`, `@ForeignKey`), so a migration that adds one
 * without the entity, or the reverse, fails this test.
 *
 * And TypeORM's own schema builder (`createSchemaBuilder().log()`) proposes no statement: the
 * entities spell the columns the way the migrations created them (`common/database/column-options.ts`:
 * `datetime` timestamps with DEFAULT CURRENT_TIMESTAMP, UQ_ names of unique keys, varchar(255) comma
 * lists, tinyint(1) booleans, varchar(36) ids), and migration 1765200000000-schema-spelling respelled
 * the rest (SQLite `int` → `integer`; MariaDB explicit NO ACTION foreign keys, ON UPDATE of updated_at).
 */
describe('entities and migrations agree', () => {
  let t: TestApp;
  let dataSource: DataSource;

  beforeAll(async () => {
    t = await createTestApp({ SEED_ON_START: 'false' });
    dataSource = t.app.get(DataSource);
  });
  afterAll(() => t?.close());

  /** Every entity table as the migrated database has it. */
  async function eachTable(check: (meta: EntityMetadata, table: Table, problems: string[]) => void) {
    const runner = dataSource.createQueryRunner();
    const problems: string[] = [];
    try {
      for (const meta of dataSource.entityMetadatas) {
        const table = await runner.getTable(meta.tablePath);
        if (table) check(meta, table, problems);
        else problems.push(`${meta.tablePath}: no such table`);
      }
    } finally {
      await runner.release();
    }
    return problems;
  }

  /**
   * What TypeORM's schema builder would change. On MariaDB through a DataSource of type 'mariadb' (same
   * entities, same database): with type 'mysql' TypeORM misreads MariaDB's information_schema (the
   * NULL default of a nullable column, `current_timestamp()`), which is not drift.
   */
  async function proposedChanges(): Promise<string[]> {
    const mariadb =
      dataSource.options.type === 'mysql' &&
      /mariadb/i.test((await dataSource.query('SELECT VERSION() AS v'))[0].v);
    const source = mariadb
      ? await new DataSource({ ...dataSource.options, type: 'mariadb' } as DataSourceOptions).initialize()
      : dataSource;
    try {
      const { upQueries } = await source.driver.createSchemaBuilder().log();
      return upQueries.map((q) => q.query);
    } finally {
      if (source !== dataSource) await source.destroy();
    }
  }

  it("TypeORM's schema builder finds nothing to change", async () => {
    const proposed = await proposedChanges();
    if (proposed.length > 0) {
      throw new Error(`The schema builder proposes ${proposed.length} statements:\n${proposed.join(';\n')}`);
    }
  });

  it('every migration ran', async () => {
    expect(await dataSource.showMigrations()).toBe(false);
  });

  it('each entity table has exactly the entity columns, with the same nullability', async () => {
    const problems = await eachTable((meta, table, found) => {
      const inDb = new Map(table.columns.map((c) => [c.name, c]));
      const inEntity = new Set(meta.columns.map((c) => c.databaseName));
      for (const column of meta.columns) {
        const inTable = inDb.get(column.databaseName);
        if (!inTable) found.push(`${meta.tablePath}.${column.databaseName}: not in the database`);
        else if (inTable.isNullable !== column.isNullable) {
          found.push(
            `${meta.tablePath}.${column.databaseName}: nullable ${inTable.isNullable} in the database`,
          );
        }
      }
      for (const name of inDb.keys()) {
        if (!inEntity.has(name)) found.push(`${meta.tablePath}.${name}: not in the entity`);
      }
    });
    expect(problems).toEqual([]);
  });

  it('each entity table has exactly the entity indexes and unique keys', async () => {
    const problems = await eachTable((meta, table, found) => {
      // Names differ by driver for unique keys (UQ_… constraints on SQLite, IDX_… indexes on MariaDB
      // for a column's `unique: true`): compared by what they cover. MariaDB adds an index named after
      // each foreign key whose columns no other index leads with: not the entity's to declare.
      const key = (columns: string[], unique: boolean) => `${unique ? 'UNIQUE ' : ''}(${columns.join(', ')})`;
      const fkNames = new Set(table.foreignKeys.map((fk) => fk.name));
      const inDb = new Set([
        ...table.indices.filter((i) => !fkNames.has(i.name)).map((i) => key(i.columnNames, !!i.isUnique)),
        ...table.uniques.map((u) => key(u.columnNames, true)),
      ]);
      const inEntity = new Set([
        ...meta.indices.map((i) =>
          key(
            i.columns.map((c) => c.databaseName),
            i.isUnique,
          ),
        ),
        ...meta.uniques.map((u) =>
          key(
            u.columns.map((c) => c.databaseName),
            true,
          ),
        ),
      ]);
      for (const k of inEntity) if (!inDb.has(k)) found.push(`${meta.tablePath} ${k}: not in the database`);
      for (const k of inDb) if (!inEntity.has(k)) found.push(`${meta.tablePath} ${k}: not in the entity`);
    });
    expect(problems).toEqual([]);
  });

  it('each entity table has exactly the entity foreign keys', async () => {
    const problems = await eachTable((meta, table, found) => {
      const action = (a: string | undefined) => (a && a !== 'RESTRICT' ? a : 'NO ACTION');
      const inDb = new Set(
        table.foreignKeys.map(
          (fk) =>
            `(${fk.columnNames.join(', ')}) → ${fk.referencedTableName.split('.').pop()}(${fk.referencedColumnNames.join(', ')}) ON DELETE ${action(fk.onDelete)}`,
        ),
      );
      const inEntity = new Set(
        meta.foreignKeys.map(
          (fk) =>
            `(${fk.columnNames.join(', ')}) → ${fk.referencedTablePath.split('.').pop()}(${fk.referencedColumnNames.join(', ')}) ON DELETE ${action(fk.onDelete)}`,
        ),
      );
      for (const k of inEntity) if (!inDb.has(k)) found.push(`${meta.tablePath} ${k}: not in the database`);
      for (const k of inDb) if (!inEntity.has(k)) found.push(`${meta.tablePath} ${k}: not in the entity`);
    });
    expect(problems).toEqual([]);
  });
});
