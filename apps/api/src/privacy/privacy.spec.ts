import { anonymised, DELETED_ACCOUNT_NAME } from './account-deletion.service';
import { safeName } from './personal-data.collector';

describe('safeName (paths inside the export ZIP)', () => {
  it('keeps Vietnamese names and replaces separators, controls and bidirectional marks', () => {
    expect(safeName('Tờ khai đăng ký.pdf')).toBe('Tờ khai đăng ký.pdf');
    expect(safeName('../../etc/passwd')).toBe('__.._etc_passwd');
    expect(safeName('a\\b:c*?"<>|.pdf')).toBe('a_b_c______.pdf');
    expect(safeName('hoa-don\u202Efdp.exe')).toBe('hoa-don_fdp.exe');
    expect(safeName('x\u0000y\ny')).toBe('x_y_y');
  });

  it('never answers an empty or hidden name, and caps the length', () => {
    expect(safeName('   ')).toBe('tep');
    expect(safeName('.env')).toBe('_env');
    expect(safeName('a'.repeat(500))).toHaveLength(120);
  });
});

describe('anonymised (the row of a deleted account)', () => {
  it('clears every identifying value and leaves a password no one can verify', () => {
    const id = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
    const now = new Date('2026-03-01T00:00:00Z');
    const row = anonymised(id, now);
    expect(row.username).toBe('xoa_0a1b2c3d4e5f4a6b8c7d9e0f');
    expect(row.username!.length).toBeLessThanOrEqual(30);
    expect(row.email).toBe('0a1b2c3d4e5f4a6b8c7d9e0f@tai-khoan-da-xoa.invalid');
    expect(row.fullName).toBe(DELETED_ACCOUNT_NAME);
    for (const key of [
      'citizenId',
      'phone',
      'dateOfBirth',
      'gender',
      'street',
      'commune',
      'pendingEmail',
    ] as const)
      expect([key, row[key]]).toEqual([key, null]);
    expect(row.passwordHash).toMatch(/^deleted:[0-9a-f]{32}$/);
    expect(row.passwordHash).not.toBe(anonymised(id, now).passwordHash);
    expect([row.deletedAt, row.deactivatedAt]).toEqual([now, now]);
  });
});
