import { DataSource } from 'typeorm';
import { AccountEntity } from '../src/account/entities/account.entity';
import { SessionEntity } from '../src/account/entities/session.entity';
import { SESSION_COOKIE } from '../src/account/session.service';
import { createAccount, loginAs, loginOverHttp, randomIp } from './support/accounts';
import { createTestApp, TestApp } from './support/test-app';

const ME = '{ me { id } }';

jest.setTimeout(30_000);

/** Server-side sessions (issue 3, "Sessions and security"): a cookie is only as good as its row. */
describe('security: sessions', () => {
  let t: TestApp;
  const sessions = () => t.app.get(DataSource).getRepository(SessionEntity);

  beforeAll(async () => {
    t = await createTestApp({ SEED_ON_START: 'false', TRUST_PROXY: 'true' });
  });
  afterAll(() => t?.close());

  /** A second client holding a copy of `from`'s session cookie (a stolen or leftover cookie). */
  const copyOf = (from: { cookie(name: string): string | undefined }) => {
    const copy = t.client();
    copy.setCookie(SESSION_COOKIE, from.cookie(SESSION_COOKIE)!);
    return copy;
  };

  it('logout deletes the session on the server: a copy of the cookie is dead too', async () => {
    const account = await createAccount(t);
    const browser = t.client({ 'x-forwarded-for': randomIp() });
    expect((await loginOverHttp(browser, account.username, account.password, true)).errors).toBeUndefined();
    const copy = copyOf(browser);
    expect((await copy.gql<{ me: { id: string } }>(ME)).data?.me?.id).toBe(account.id);

    expect((await browser.gql('mutation { logout }')).data).toEqual({ logout: true });
    const cleared = browser.lastSetCookies.find((c) => c.startsWith(`${SESSION_COOKIE}=;`));
    expect(cleared).toMatch(/Expires=Thu, 01 Jan 1970/i);
    expect(await sessions().countBy({ accountId: account.id })).toBe(0);
    expect((await copy.gql(ME)).data).toEqual({ me: null });
  });

  it('logging in again from the same browser ends the earlier session, also for copies of its cookie', async () => {
    const account = await createAccount(t);
    const browser = t.client({ 'x-forwarded-for': randomIp() });
    await loginOverHttp(browser, account.username, account.password);
    const before = copyOf(browser);
    await loginOverHttp(browser, account.username, account.password);
    expect((await before.gql(ME)).data).toEqual({ me: null });
    expect((await browser.gql<{ me: { id: string } }>(ME)).data?.me?.id).toBe(account.id);
  });

  it('a failed login does not touch the session the browser already had', async () => {
    const account = await createAccount(t);
    const browser = await loginAs(t, account);
    const res = await browser.gql(
      'mutation($i: LoginInput!) { login(input: $i) { rememberMe } }',
      { i: { username: account.username, password: 'khong dung', rememberMe: false } },
      { 'x-forwarded-for': randomIp() },
    );
    expect(res.errors?.[0].extensions?.code).toBe('INVALID_CREDENTIALS');
    expect((await browser.gql<{ me: { id: string } }>(ME)).data?.me?.id).toBe(account.id);
  });

  it('the session of an account that no longer exists gives no access', async () => {
    const account = await createAccount(t);
    const browser = await loginAs(t, account);
    await t.app.get(DataSource).getRepository(AccountEntity).delete({ id: account.id });
    expect((await browser.gql(ME)).data).toEqual({ me: null });
    const res = await browser.gql('{ myDossiers { totalCount } }');
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
