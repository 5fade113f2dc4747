import { DefaultNamingStrategy, type ValueTransformer } from 'typeorm';

/**
 * Column options spelled the way the migrations create the columns, so that TypeORM's schema builder
 * finds nothing to change (guard rail: test/schema-drift.integration-spec.ts).
 */

/** `created_at`: `datetime` without fractional seconds, DEFAULT CURRENT_TIMESTAMP. */
export function createdAtColumn() {
  return {
    name: 'created_at',
    type: 'datetime' as const,
    precision: null,
    default: () => 'CURRENT_TIMESTAMP',
  };
}

/** `updated_at`: the same, and ON UPDATE CURRENT_TIMESTAMP (MySQL/MariaDB; SQLite has no such clause). */
export function updatedAtColumn() {
  return { ...createdAtColumn(), name: 'updated_at', onUpdate: 'CURRENT_TIMESTAMP' };
}

/** What TypeORM's `simple-array` does (comma-joined text), stored in the migrations' varchar(255). */
export const commaListTransformer: ValueTransformer = {
  to: (value: string[] | null | undefined) => (value == null ? value : value.map(String).join(',')),
  from: (value: string | null) => (value == null ? value : value.length > 0 ? value.split(',') : []),
};

/**
 * The name the migrations gave a column's unique key (`isUnique: true`: TypeORM's default UQ_ name).
 * Declared with `@Unique(uniqueKeyName(table, column), [property])` rather than the column's
 * `unique: true`, which MySQL/MariaDB would expect under an IDX_ name.
 */
export function uniqueKeyName(table: string, column: string): string {
  return new DefaultNamingStrategy().uniqueConstraintName(table, [column]);
}
