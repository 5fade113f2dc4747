import { AuditLog } from './audit-log';
import { changeSummary } from './audited-save';

describe('audit summaries', () => {
  it('drop secrets, cut long text and keep plain values only', () => {
    const cleaned = AuditLog.clean({
      name: 'x'.repeat(300),
      password: 'Mat-khau-1',
      passwordHash: '$argon2id$…',
      resetToken: 'abc',
      fileContent: 'AAAA',
      count: 3,
      active: false,
      at: new Date('2026-03-02T00:00:00Z'),
      nested: { email: 'a@example.vn', token: 'zzz', deeper: { x: 1 } },
      list: [1, 'a', { b: 2 }],
    });
    expect(cleaned).toEqual({
      name: 'x'.repeat(200),
      count: 3,
      active: false,
      at: '2026-03-02T00:00:00.000Z',
      nested: { email: 'a@example.vn' },
      list: [1, 'a', '…'],
    });
  });

  it('describe an update by the changed fields only, and a creation by its fields', () => {
    const before = { id: '1', code: 'A', name: 'Cũ', active: true, updatedAt: new Date(1) };
    const after = { ...before, name: 'Mới', updatedAt: new Date(2) };
    expect(changeSummary(before, after)).toEqual({ before: { name: 'Cũ' }, after: { name: 'Mới' } });
    expect(changeSummary(null, after)).toEqual({ after: { code: 'A', name: 'Mới', active: true } });
  });
});
