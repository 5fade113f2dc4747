import type { QueryRunner } from 'typeorm';
import { FORM_FIELD_TYPES } from '@dvc/shared/domain';
import { FORM_FIELD_TYPE_RENAMES, renameFormFieldTypes } from './1764900000000-form-field-type-case';

/** The stored form-field types, rewritten with a fake runner that applies the UPDATEs to rows. */
describe('form-field type case migration', () => {
  function runnerOver(rows: { type: string }[]) {
    return {
      query: jest.fn(async (_sql: string, [to, from]: string[]) => {
        for (const row of rows) if (row.type === from) row.type = to;
        return [];
      }),
    } as unknown as QueryRunner;
  }

  it('maps every old value to a current FormFieldType, and back', async () => {
    expect(FORM_FIELD_TYPE_RENAMES.map(([, after]) => after).sort()).toEqual([...FORM_FIELD_TYPES].sort());
    const rows = FORM_FIELD_TYPE_RENAMES.map(([before]) => ({ type: before }));
    const runner = runnerOver(rows);
    await renameFormFieldTypes(runner, 'up');
    expect(rows.map((r) => r.type)).toEqual(FORM_FIELD_TYPE_RENAMES.map(([, after]) => after));
    await renameFormFieldTypes(runner, 'down');
    expect(rows.map((r) => r.type)).toEqual(FORM_FIELD_TYPE_RENAMES.map(([before]) => before));
    expect((runner.query as jest.Mock).mock.calls[0][0]).toBe(
      'UPDATE form_fields SET type = ? WHERE type = ?',
    );
  });
});
