import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * FormFieldType values in SCREAMING_SNAKE_CASE, GraphQL's convention that every other enum of the
 * schema follows. The stored values are the enum values themselves, so they stay readable
 * (`CITIZEN_ID`) and are rewritten here, in both directions. The column (varchar 16) fits them.
 */
export const FORM_FIELD_TYPE_RENAMES: readonly (readonly [before: string, after: string])[] = [
  ['text', 'TEXT'],
  ['textarea', 'TEXTAREA'],
  ['number', 'NUMBER'],
  ['date', 'DATE'],
  ['select', 'SELECT'],
  ['checkbox', 'CHECKBOX'],
  ['email', 'EMAIL'],
  ['phone', 'PHONE'],
  ['citizenId', 'CITIZEN_ID'],
  ['address', 'ADDRESS'],
];

/**
 * One UPDATE per value. Under MariaDB's case-insensitive collation `type = 'text'` also matches
 * 'TEXT'; harmless, since each pair only ever meets its own other spelling.
 */
export async function renameFormFieldTypes(runner: QueryRunner, direction: 'up' | 'down'): Promise<void> {
  for (const [before, after] of FORM_FIELD_TYPE_RENAMES) {
    const [from, to] = direction === 'up' ? [before, after] : [after, before];
    await runner.query('UPDATE form_fields SET type = ? WHERE type = ?', [to, from]);
  }
}

export class FormFieldTypeCase1764900000000 implements MigrationInterface {
  name = 'FormFieldTypeCase1764900000000';

  async up(runner: QueryRunner): Promise<void> {
    await renameFormFieldTypes(runner, 'up');
  }

  async down(runner: QueryRunner): Promise<void> {
    await renameFormFieldTypes(runner, 'down');
  }
}
