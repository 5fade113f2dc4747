import { DataSource } from 'typeorm';
import { AccountTokenEntity } from '../src/account/entities/account-token.entity';
import { AccountEntity } from '../src/account/entities/account.entity';
import { SessionEntity } from '../src/account/entities/session.entity';
import { tokenIn, waitForMail } from './support/account-mail';
import { createAccount, loginAs, loginOverHttp, randomIp } from './support/accounts';
import { createTestApp, TestApp } from './support/test-app';

const CHANGE = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`;
const REQUEST = `mutation($e: String!) { requestPasswordReset(email: $e) }`;
const RESET = `mutation($t: String!, $n: String!) { resetPassword(token: $t, newPassword: $n) }`;
const ME = '{ me { id } }';

jest.setTimeout(30_000);

describe('accounts: changePassword, requestPasswordReset, resetPassword', () => {
  let t: TestApp;
  let db: DataSource;
  const client = () => t.client({ 'x-forwarded-for': randomIp() });

  beforeAll(async () => {
    t = await createTestApp({ SEED_ON_START: 'false', TRUST_PROXY: 'true' });
    db = t.app.get(DataSource);
  });
  afterAll(() => t?.close());

  describe('changePassword', () => {
    it('changes the password with argon2id and ends every other session of the account', async () => {
      const account = await createAccount(t);
      const here = await loginAs(t, account);
      const laptop = await loginAs(t, account);
      const phone = await loginAs(t, account, { rememberMe: true });
      const res = await here.gql(CHANGE, { c: account.password, n: 'mat khau moi that dai' });
      expect(res.errors).toBeUndefined();
      expect(res.data).toEqual({ changePassword: true });

      expect((await here.gql<{ me: { id: string } }>(ME)).data?.me?.id).toBe(account.id);
      expect((await laptop.gql(ME)).data).toEqual({ me: null });
      expect((await phone.gql(ME)).data).toEqual({ me: null });
      expect(await db.getRepository(SessionEntity).countBy({ accountId: account.id })).toBe(1);

      const row = await db.getRepository(AccountEntity).findOneByOrFail({ id: account.id });
      expect(row.passwordHash).toMatch(/^\$argon2id\$/);
      expect(
        (await loginOverHttp(client(), account.username, account.password)).errors?.[0].extensions?.code,
      ).toBe('INVALID_CREDENTIALS');
      expect(
        (await loginOverHttp(client(), account.username, 'mat khau moi that dai')).errors,
      ).toBeUndefined();
      // A notice goes to the account's address.
      expect(await waitForMail(t, account.email)).toContain('Mật khẩu tài khoản của Ông/Bà');
    });

    it('refuses a wrong current password with WRONG_PASSWORD naming the field', async () => {
      const account = await createAccount(t);
      const c = await loginAs(t, account);
      const res = await c.gql(CHANGE, { c: 'sai mat khau roi', n: 'mat khau moi that dai' });
      expect(res.errors?.[0].extensions).toMatchObject({
        code: 'WRONG_PASSWORD',
        fields: { currentPassword: 'Mật khẩu hiện tại không đúng.' },
      });
      expect(res.errors?.[0].message).toBe('Mật khẩu hiện tại không đúng.');
    });

    it('refuses a weak new password with WEAK_PASSWORD naming newPassword', async () => {
      const account = await createAccount(t);
      const c = await loginAs(t, account);
      for (const n of ['short', 'iloveyou', account.username]) {
        const res = await c.gql(CHANGE, { c: account.password, n });
        expect(res.errors?.[0].extensions).toMatchObject({
          code: 'WEAK_PASSWORD',
          fields: { newPassword: expect.any(String) },
        });
      }
      const tooLong = await c.gql(CHANGE, { c: account.password, n: 'x'.repeat(200) });
      expect(tooLong.errors?.[0].extensions).toMatchObject({
        code: 'VALIDATION_FAILED',
        fields: { newPassword: expect.any(String) },
      });
    });

    it('needs a session', async () => {
      const res = await client().gql(CHANGE, { c: 'a', n: 'b' });
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('requestPasswordReset and resetPassword', () => {
    it('answers the same whether or not the address has an account, and mails a 1-hour link', async () => {
      const account = await createAccount(t);
      const known = await client().gql(REQUEST, { e: account.email.toUpperCase() });
      const unknown = await client().gql(REQUEST, { e: 'khong-ai-ca@example.vn' });
      expect(known).toMatchObject({ data: { requestPasswordReset: true } });
      expect(unknown).toMatchObject({ data: { requestPasswordReset: true } });
      expect(known.errors).toBeUndefined();
      expect(unknown.errors).toBeUndefined();
      const mail = await waitForMail(t, account.email);
      expect(mail).toContain('http://portal.test/dat-lai-mat-khau?token=');
      expect(mail).toContain('1 giờ');
      const row = await db.getRepository(AccountTokenEntity).findOneByOrFail({
        accountId: account.id,
        purpose: 'RESET_PASSWORD',
      });
      const minutes = (row.expiresAt.getTime() - Date.now()) / 60_000;
      expect(minutes).toBeGreaterThan(59);
      // MariaDB keeps whole seconds, rounding: the stored expiry may lie up to half a second later.
      expect(minutes).toBeLessThanOrEqual(60 + 1 / 60);
    });

    it('resets once with the link, ends every session, and the new password works', async () => {
      const account = await createAccount(t);
      const session = await loginAs(t, account, { rememberMe: true });
      await client().gql(REQUEST, { e: account.email });
      const token = tokenIn(await waitForMail(t, account.email), '/dat-lai-mat-khau');

      const weak = await client().gql(RESET, { t: token, n: 'password' });
      expect(weak.errors?.[0].extensions).toMatchObject({
        code: 'WEAK_PASSWORD',
        fields: { newPassword: expect.any(String) },
      });

      // The rejected password did not use the link up.
      const ok = await client().gql(RESET, { t: token, n: 'mot mat khau moi hoan toan' });
      expect(ok.errors).toBeUndefined();
      expect(ok.data).toEqual({ resetPassword: true });
      expect((await session.gql(ME)).data).toEqual({ me: null });
      expect(await db.getRepository(SessionEntity).countBy({ accountId: account.id })).toBe(0);

      const reused = await client().gql(RESET, { t: token, n: 'lai mot mat khau khac nua' });
      expect(reused.errors?.[0].extensions?.code).toBe('TOKEN_INVALID');
      expect(
        (await loginOverHttp(client(), account.username, 'mot mat khau moi hoan toan')).errors,
      ).toBeUndefined();
    });

    it('refuses an expired link with TOKEN_EXPIRED and an unknown one with TOKEN_INVALID', async () => {
      const account = await createAccount(t);
      await client().gql(REQUEST, { e: account.email });
      const token = tokenIn(await waitForMail(t, account.email), '/dat-lai-mat-khau');
      await db
        .getRepository(AccountTokenEntity)
        .update({ accountId: account.id }, { expiresAt: new Date(Date.now() - 1000) });
      const expired = await client().gql(RESET, { t: token, n: 'mot mat khau moi hoan toan' });
      expect(expired.errors?.[0].extensions?.code).toBe('TOKEN_EXPIRED');
      const unknown = await client().gql(RESET, { t: 'khong-phai-token', n: 'mot mat khau moi hoan toan' });
      expect(unknown.errors?.[0].extensions?.code).toBe('TOKEN_INVALID');
      expect(unknown.errors?.[0].message).toBe('Liên kết không hợp lệ hoặc đã được sử dụng.');
    });

    it('a newer reset link replaces the older one', async () => {
      const account = await createAccount(t);
      await client().gql(REQUEST, { e: account.email });
      const first = tokenIn(await waitForMail(t, account.email), '/dat-lai-mat-khau');
      await client().gql(REQUEST, { e: account.email });
      const second = tokenIn(await waitForMail(t, account.email, 2), '/dat-lai-mat-khau');
      expect(
        (await client().gql(RESET, { t: first, n: 'mot mat khau moi hoan toan' })).errors?.[0].extensions
          ?.code,
      ).toBe('TOKEN_INVALID');
      expect(
        (await client().gql(RESET, { t: second, n: 'mot mat khau moi hoan toan' })).errors,
      ).toBeUndefined();
    });

    it('refuses a malformed address with VALIDATION_FAILED', async () => {
      const res = await client().gql(REQUEST, { e: 'khong-phai-email' });
      expect(res.errors?.[0].extensions).toMatchObject({
        code: 'VALIDATION_FAILED',
        fields: { email: expect.any(String) },
      });
    });

    it('a reset link also proves an unverified address', async () => {
      const account = await createAccount(t, { verified: false });
      await client().gql(REQUEST, { e: account.email });
      const token = tokenIn(await waitForMail(t, account.email), '/dat-lai-mat-khau');
      await client().gql(RESET, { t: token, n: 'mot mat khau moi hoan toan' });
      expect(
        (await loginOverHttp(client(), account.username, 'mot mat khau moi hoan toan')).errors,
      ).toBeUndefined();
    });
  });
});
