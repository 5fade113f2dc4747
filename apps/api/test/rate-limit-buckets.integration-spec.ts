import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { createAccount, loginOverHttp } from './support/accounts';
import { createTestApp, TestApp } from './support/test-app';

jest.setTimeout(60_000);

/** Issue 12, personal data: rate-limit buckets keep a keyed hash, never a name, address or IP. */
describe('rate limits: no clear-text personal data in the buckets', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ SEED_ON_START: 'false', TRUST_PROXY: 'true' });
  });
  afterAll(() => t?.close());

  const buckets = async (): Promise<string[]> =>
    (
      await t.app
        .get<DataSource>(getDataSourceToken())
        .query<{ bucket: string }[]>('SELECT bucket FROM rate_limits')
    ).map((r) => r.bucket);

  it('stores failed logins, resets and resends under HMAC keys only', async () => {
    const account = await createAccount(t);
    const ip = '203.0.113.77';
    const client = t.client({ 'x-forwarded-for': ip });
    // A wrong password for an existing account, by username and by e-mail, and an unknown name.
    expect(
      (await loginOverHttp(client, account.username, 'Sai-mat-khau-1')).errors?.[0].extensions?.code,
    ).toBe('INVALID_CREDENTIALS');
    await loginOverHttp(client, account.email, 'Sai-mat-khau-2');
    await loginOverHttp(client, 'khong.ton.tai@example.vn', 'Sai-mat-khau-3');
    await client.gql('mutation($e: String!) { requestPasswordReset(email: $e) }', { e: account.email });

    const stored = await buckets();
    expect(stored.length).toBeGreaterThanOrEqual(4);
    const text = stored.join('\n').toLowerCase();
    for (const secret of [account.username, account.email, 'khong.ton.tai@example.vn', ip, '203.0.113']) {
      expect(text).not.toContain(secret.toLowerCase());
    }
    // Each bucket is "<rule>:<64 hex>" (HMAC-SHA256), e.g. login:account:… and login:ip:….
    for (const bucket of stored) expect(bucket).toMatch(/^[a-z:-]+:[0-9a-f]{64}$/);
    expect(stored.some((b) => b.startsWith('login:account:'))).toBe(true);
    expect(stored.some((b) => b.startsWith('login:ip:'))).toBe(true);
  });

  it('still counts: the same name in another case or another form lands in the same bucket', async () => {
    const account = await createAccount(t);
    const before = new Set(await buckets());
    const client = t.client({ 'x-forwarded-for': '203.0.113.78' });
    await loginOverHttp(client, account.username, 'Sai-1');
    const afterFirst = (await buckets()).filter((b) => !before.has(b));
    await loginOverHttp(client, account.username.toUpperCase(), 'Sai-2');
    const afterSecond = (await buckets()).filter((b) => !before.has(b));
    expect(afterSecond.sort()).toEqual(afterFirst.sort());
  });
});
