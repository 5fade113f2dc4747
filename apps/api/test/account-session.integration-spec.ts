import { Role } from '@dvc/shared/domain';
import { DataSource } from 'typeorm';
import { SessionEntity } from '../src/account/entities/session.entity';
import { createAccount, loginAs, loginOverHttp, randomIp } from './support/accounts';
import { createTestApp, TestApp } from './support/test-app';

const ME = '{ me { id username fullName role agencyId emailVerified } }';

jest.setTimeout(30_000);

describe('accounts: login, logout, me and the session cookie', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ SEED_ON_START: 'false', TRUST_PROXY: 'true' });
  });
  afterAll(() => t?.close());

  const sessions = () => t.app.get(DataSource).getRepository(SessionEntity);
  const client = () => t.client({ 'x-forwarded-for': randomIp(), 'user-agent': 'jest' });

  it('answers me = null without a session', async () => {
    const res = await t.client().gql(ME);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ me: null });
  });

  it('logs in with the username, sets an httpOnly SameSite=Lax browser-session cookie, and me answers', async () => {
    const account = await createAccount(t);
    const client = t.client();
    const res = await loginOverHttp(client, account.username, account.password);
    expect(res.errors).toBeUndefined();
    expect(res.data?.login.account.username).toBe(account.username);
    const cookie = client.lastSetCookies.find((c) => c.startsWith('dvc_session='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
    expect(cookie).not.toMatch(/Expires|Max-Age/i);
    const me = await client.gql<{ me: { id: string; role: string } }>(ME);
    expect(me.data?.me).toMatchObject({ id: account.id, role: 'CITIZEN', emailVerified: true });
  });

  it('logs out', async () => {
    const account = await createAccount(t);
    const client = await loginAs(t, account);
    expect((await client.gql<{ me: unknown }>(ME)).data?.me).not.toBeNull();
    const out = await client.gql('mutation { logout }');
    expect(out.data).toEqual({ logout: true });
    expect((await client.gql(ME)).data).toEqual({ me: null });
  });

  it('gives officers their agency through loginAs', async () => {
    const officer = await createAccount(t, {
      role: Role.OFFICER,
      agencyId: '11111111-2222-3333-4444-555555555555',
    });
    const client = await loginAs(t, officer);
    const me = await client.gql<{ me: { role: string; agencyId: string } }>(ME);
    expect(me.data?.me).toMatchObject({ role: 'OFFICER', agencyId: '11111111-2222-3333-4444-555555555555' });
  });

  it('logs in with the e-mail, case-insensitively', async () => {
    const account = await createAccount(t);
    const res = await loginOverHttp(client(), account.email.toUpperCase(), account.password);
    expect(res.errors).toBeUndefined();
    expect(res.data?.login.account.id).toBe(account.id);
    const byName = await loginOverHttp(client(), ` ${account.username.toUpperCase()} `, account.password);
    expect(byName.errors).toBeUndefined();
  });

  it('refuses a wrong password and an unknown name with the same INVALID_CREDENTIALS', async () => {
    const account = await createAccount(t);
    const wrong = await loginOverHttp(client(), account.username, 'not the password');
    const unknown = await loginOverHttp(client(), 'khongtontai', 'not the password');
    for (const res of [wrong, unknown]) {
      expect(res.data).toBeNull();
      expect(res.errors?.[0].extensions?.code).toBe('INVALID_CREDENTIALS');
      expect(res.errors?.[0].message).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
    }
  });

  it('answers VALIDATION_FAILED naming empty credentials', async () => {
    const res = await client().gql(
      'mutation { login(input: { username: " ", password: "" }) { rememberMe } }',
    );
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { username: expect.any(String), password: expect.any(String) },
    });
  });

  it('stores only a hash of the random cookie value, with the client IP and user agent', async () => {
    const account = await createAccount(t);
    const c = client();
    await loginOverHttp(c, account.username, account.password);
    const cookie = c.cookie('dvc_session')!;
    expect(cookie).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const rows = await sessions().findBy({ accountId: account.id });
    expect(rows).toHaveLength(1);
    expect(rows[0].tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows)).not.toContain(cookie);
    expect(rows[0]).toMatchObject({ persistent: false, userAgent: 'jest' });
    expect(rows[0].ip).toMatch(/^198\.51\./);
    const hours = (rows[0].expiresAt.getTime() - Date.now()) / 3600_000;
    expect(hours).toBeGreaterThan(11.9);
    expect(hours).toBeLessThanOrEqual(12);
  });

  it('with remember me: a persistent cookie and a 30-day session without idle timeout', async () => {
    const account = await createAccount(t);
    const c = client();
    const res = await loginOverHttp(c, account.username, account.password, true);
    expect(res.data?.login.rememberMe).toBe(true);
    const cookie = c.lastSetCookies.find((l) => l.startsWith('dvc_session='))!;
    const expires = new Date(/Expires=([^;]+)/i.exec(cookie)![1]);
    const days = (expires.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThanOrEqual(30);
    const [row] = await sessions().findBy({ accountId: account.id });
    expect(row.persistent).toBe(true);
    // Two hours without a request do not end a remembered session.
    await sessions().update({ id: row.id }, { lastSeenAt: new Date(Date.now() - 2 * 3600_000) });
    expect((await c.gql<{ me: { id: string } | null }>(ME)).data?.me?.id).toBe(account.id);
  });

  it('without remember me: ends after 30 idle minutes, and after 12 hours in any case', async () => {
    const account = await createAccount(t);
    const idle = await loginAs(t, account);
    const [row] = await sessions().findBy({ accountId: account.id });
    await sessions().update({ id: row.id }, { lastSeenAt: new Date(Date.now() - 29 * 60_000) });
    expect((await idle.gql<{ me: unknown }>(ME)).data?.me).not.toBeNull();
    await sessions().update({ id: row.id }, { lastSeenAt: new Date(Date.now() - 31 * 60_000) });
    const res = await idle.gql(ME);
    expect(res.data).toEqual({ me: null });
    expect(idle.lastSetCookies.some((l) => /^dvc_session=;/.test(l))).toBe(true);
    expect(await sessions().countBy({ id: row.id })).toBe(0);

    const old = await loginAs(t, account);
    const [again] = await sessions().findBy({ accountId: account.id });
    await sessions().update({ id: again.id }, { expiresAt: new Date(Date.now() - 1000) });
    expect((await old.gql(ME)).data).toEqual({ me: null });
  });

  it('keeps an active session alive by refreshing lastSeenAt', async () => {
    const account = await createAccount(t);
    const c = await loginAs(t, account);
    const [row] = await sessions().findBy({ accountId: account.id });
    await sessions().update({ id: row.id }, { lastSeenAt: new Date(Date.now() - 20 * 60_000) });
    await c.gql(ME);
    const [after] = await sessions().findBy({ id: row.id });
    expect(Date.now() - after.lastSeenAt.getTime()).toBeLessThan(5000);
  });

  it('changes the session id at login: the session the browser had before ends', async () => {
    const account = await createAccount(t);
    const c = client();
    await loginOverHttp(c, account.username, account.password);
    const before = c.cookie('dvc_session');
    await loginOverHttp(c, account.username, account.password);
    const after = c.cookie('dvc_session');
    expect(after).not.toBe(before);
    expect(await sessions().countBy({ accountId: account.id })).toBe(1);
    const stale = t.client();
    stale.setCookie('dvc_session', before!);
    expect((await stale.gql(ME)).data).toEqual({ me: null });
  });

  it('ignores a forged or garbage cookie', async () => {
    const c = t.client();
    c.setCookie('dvc_session', 'x'.repeat(43));
    expect((await c.gql(ME)).data).toEqual({ me: null });
    c.setCookie('dvc_session', 'y'.repeat(5000));
    expect((await c.gql(ME)).data).toEqual({ me: null });
  });

  it('denies operations that need a session with UNAUTHENTICATED', async () => {
    const res = await t.client().gql('mutation { changePassword(currentPassword: "a", newPassword: "b") }');
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.errors?.[0].message).toBe('Vui lòng đăng nhập để tiếp tục.');
  });

  it('sets request.user on REST routes too (file downloads need a session)', async () => {
    const path = '/files/00000000-0000-4000-8000-000000000000';
    const anonymous = await t.client().fetch(path);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
    const loggedIn = await (await loginAs(t, await createAccount(t))).fetch(path);
    expect(loggedIn.status).not.toBe(401);
  });

  it('sets the Secure flag when PUBLIC_URL is https', async () => {
    const secure = await createTestApp({
      SEED_ON_START: 'false',
      PUBLIC_URL: 'https://dichvucong.example.vn',
    });
    try {
      const account = await createAccount(secure);
      const c = secure.client();
      await loginOverHttp(c, account.username, account.password, true);
      const cookie = c.lastSetCookies.find((l) => l.startsWith('dvc_session='))!;
      expect(cookie).toMatch(/; Secure/i);
      expect(cookie).toMatch(/HttpOnly/i);
    } finally {
      await secure.close();
    }
  });
});
