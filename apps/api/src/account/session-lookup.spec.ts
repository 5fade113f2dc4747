import { DataSource } from 'typeorm';
import { AccountEntity } from './entities/account.entity';
import { SessionEntity } from './entities/session.entity';
import { FixedSelect } from '../common/database/fixed-select';

/** The session lookup's mapper must give what TypeORM's own hydration gives, types included. */
describe('FixedSelect', () => {
  let ds: DataSource;

  beforeAll(async () => {
    ds = await new DataSource({
      type: 'better-sqlite3',
      database: ':memory:',
      entities: [AccountEntity, SessionEntity],
      synchronize: true, // a throwaway schema for this test only; the app uses migrations
    }).initialize();
    await ds.getRepository(AccountEntity).insert({
      id: 'a1',
      username: 'nguyenvana',
      email: 'a@example.vn',
      fullName: 'Nguyễn Văn A',
      passwordHash: 'x',
      demoPassword: true,
      emailVerifiedAt: new Date('2026-01-02T03:04:05.000Z'),
    });
    await ds.getRepository(SessionEntity).insert({
      id: 's1',
      tokenHash: 'h'.repeat(64),
      accountId: 'a1',
      persistent: true,
      createdAt: new Date('2026-11-30T01:02:03.000Z'),
      lastSeenAt: new Date('2026-11-30T04:05:06.000Z'),
      expiresAt: new Date('2026-12-30T04:05:06.000Z'),
      ip: null,
      userAgent: 'Chromium',
    });
  });
  afterAll(() => ds.destroy());

  it('maps each row to whole entities, as the repository reads them', async () => {
    const select = new FixedSelect(ds, { s: SessionEntity, a: AccountEntity });
    const from = `FROM ${select.table(SessionEntity)} s INNER JOIN ${select.table(AccountEntity)} a ON a.id = s.account_id WHERE s.token_hash = ?`;
    const [row, ...more] = await select.many(from, ['h'.repeat(64)]);
    expect(more).toEqual([]);
    expect(row.s).toBeInstanceOf(SessionEntity);
    expect(row.a).toBeInstanceOf(AccountEntity);
    expect(row.s).toEqual(await ds.getRepository(SessionEntity).findOneByOrFail({ id: 's1' }));
    expect(row.a).toEqual(await ds.getRepository(AccountEntity).findOneByOrFail({ id: 'a1' }));
    expect(row.s.persistent).toBe(true);
    expect(row.s.lastSeenAt).toEqual(new Date('2026-11-30T04:05:06.000Z'));
    expect(row.a.emailVerifiedAt).toEqual(new Date('2026-01-02T03:04:05.000Z'));
    expect(await select.many(from, ['nothing'])).toEqual([]);
  });
});
