import type { QueryRunner } from 'typeorm';
import { backfillSearchText } from './1764500000000-processing';

/** The backfill of search texts, with a fake runner: batches by id, folds, tolerates bad JSON. */
describe('processing migration: search text backfill', () => {
  it('adds the applicant name to every sent dossier, batch after batch', async () => {
    const rows = Array.from({ length: 501 }, (_, i) => ({
      id: `id-${String(i).padStart(4, '0')}`,
      code: `000.00.09.H26-261130-${String(i + 1).padStart(4, '0')}`,
      applicant: i === 3 ? '{not json' : JSON.stringify({ fullName: 'Phạm Thị Hồng Nhung' }),
      procedure_code: '2.001680',
      procedure_name: 'Cấp Phiếu lý lịch tư pháp',
    }));
    const updates = new Map<string, string>();
    const runner = {
      query: jest.fn(async (sql: string, params: string[]) => {
        if (sql.startsWith('UPDATE')) {
          updates.set(params[1], params[0]);
          return [];
        }
        return rows.filter((r) => r.id > params[0]).slice(0, 500);
      }),
    } as unknown as QueryRunner;
    await backfillSearchText(runner);
    expect(updates.size).toBe(501);
    expect(updates.get('id-0000')).toBe(
      '000.00.09.h26-261130-0001 2.001680 cap phieu ly lich tu phap pham thi hong nhung',
    );
    expect(updates.get('id-0003')).toBe('000.00.09.h26-261130-0004 2.001680 cap phieu ly lich tu phap');
    // Two full SELECTs (500 + 1 rows) and the empty one that ends the loop.
    expect((runner.query as jest.Mock).mock.calls.filter(([sql]) => sql.includes('SELECT'))).toHaveLength(3);
  });
});
