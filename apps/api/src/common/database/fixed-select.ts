import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';

interface Part {
  alias: string;
  metadata: EntityMetadata;
}

/**
 * A statement run on every request (the session lookup), written once: the SELECT list of whole
 * entities under `<alias>_<column>` names, and the rows mapped back to entities through their
 * metadata with the driver's conversion per column, as TypeORM's query builder does. The builder
 * also rebuilds the SQL and walks its alias maps on each call, which the API's profile showed on
 * every logged-in request. Plain columns only: no relations, embedded entities or transformers.
 */
export class FixedSelect<Row extends Record<string, ObjectLiteral>> {
  private readonly parts: Part[];
  readonly columns: string;

  constructor(
    private readonly dataSource: DataSource,
    entities: { [K in keyof Row]: EntityTarget<Row[K]> },
  ) {
    const escape = (name: string) => dataSource.driver.escape(name);
    this.parts = Object.entries(entities).map(([alias, target]) => {
      const metadata = dataSource.getMetadata(target);
      if (
        metadata.relations.length ||
        metadata.embeddeds.length ||
        metadata.columns.some((c) => c.transformer)
      )
        throw new Error(`FixedSelect: ${metadata.name} has more than plain columns`);
      return { alias, metadata };
    });
    this.columns = this.parts
      .flatMap(({ alias, metadata }) =>
        metadata.columns.map(
          (c) => `${escape(alias)}.${escape(c.databaseName)} AS ${escape(`${alias}_${c.databaseName}`)}`,
        ),
      )
      .join(', ');
  }

  /** The table name of an entity, escaped for `FROM` and `JOIN`. */
  table(target: EntityTarget<ObjectLiteral>): string {
    return this.dataSource.driver.escape(this.dataSource.getMetadata(target).tableName);
  }

  /** Runs `SELECT <columns> <rest>` and maps each row to its entities. */
  async many(rest: string, parameters: unknown[]): Promise<Row[]> {
    const raw = (await this.dataSource.query(`SELECT ${this.columns} ${rest}`, parameters)) as Record<
      string,
      unknown
    >[];
    const driver = this.dataSource.driver;
    return raw.map((values) => {
      const row: Record<string, ObjectLiteral> = {};
      for (const { alias, metadata } of this.parts) {
        const entity = metadata.create() as ObjectLiteral;
        for (const column of metadata.columns) {
          column.setEntityValue(
            entity,
            driver.prepareHydratedValue(values[`${alias}_${column.databaseName}`], column),
          );
        }
        row[alias] = entity;
      }
      return row as Row;
    });
  }
}
