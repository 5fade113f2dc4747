import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AccountTokenEntity } from '../src/account/entities/account-token.entity';
import { tokenIn, waitForMail } from './support/account-mail';
import { createAccount, loginAs, loginOverHttp, randomIp, TestAccount } from './support/accounts';
import { createTestApp, TestApp } from './support/test-app';

const REQUEST = `mutation($e: String!) { requestPasswordReset(email: $e) }`;
const RESET = `mutation($t: String!, $n: String!) { resetPassword(token: $t, newPassword: $n) }`;
const VERIFY = `mutation($t: String!) { verifyEmail(token: $t) }`;
const CHANGE = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`;
const UPDATE = `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { email pendingEmail } }`;

jest.setTimeout(30_000);

/**
 * E-mailed links are bearer credentials: a password-reset link must only ever work for the address
 * and the password it was issued against (issue 3, "Sessions and security").
 */
describe('security: e-mailed tokens', () => {
  let t: TestApp;
  const client = () => t.client({ 'x-forwarded-for': randomIp() });

  beforeAll(async () => {
    t = await createTestApp({ SEED_ON_START: 'false', TRUST_PROXY: 'true' });
  });
  afterAll(() => t?.close());

  async function resetLinkFor(account: TestAccount, nth = 1): Promise<string> {
    expect((await client().gql(REQUEST, { e: account.email })).errors).toBeUndefined();
    return tokenIn(await waitForMail(t, account.email, nth), '/dat-lai-mat-khau');
  }

  async function changeEmail(account: TestAccount): Promise<string> {
    const session = await loginAs(t, account);
    const address = `moi-${randomBytes(4).toString('hex')}@example.vn`;
    expect((await session.gql(UPDATE, { input: { email: address } })).errors).toBeUndefined();
    const link = tokenIn(await waitForMail(t, address), '/xac-thuc-email');
    expect((await client().gql(VERIFY, { t: link })).errors).toBeUndefined();
    return address;
  }

  it('a reset link mailed to the former address stops working once the e-mail has changed', async () => {
    const account = await createAccount(t);
    const link = await resetLinkFor(account);
    await changeEmail(account);

    // Whoever still reads the old mailbox (a former employer, a recycled address) must not get in.
    const res = await client().gql(RESET, { t: link, n: 'mat khau cua nguoi khac' });
    expect(res.errors?.[0].extensions?.code).toBe('TOKEN_INVALID');
    expect(res.data).toBeNull();
    expect((await loginOverHttp(client(), account.username, account.password)).errors).toBeUndefined();
  });

  it('refuses a reset link whose address is no longer the account’s, even if it was never retired', async () => {
    const account = await createAccount(t);
    const link = await resetLinkFor(account);
    // As if the token had been issued to another address of the account (older data, a race).
    await t.app
      .get(DataSource)
      .getRepository(AccountTokenEntity)
      .update({ accountId: account.id, purpose: 'RESET_PASSWORD' }, { email: 'cu@example.vn' });
    const res = await client().gql(RESET, { t: link, n: 'mat khau cua nguoi khac' });
    expect(res.errors?.[0].extensions?.code).toBe('TOKEN_INVALID');
  });

  it('a password change retires the reset links sent before it', async () => {
    const account = await createAccount(t);
    const link = await resetLinkFor(account);
    const session = await loginAs(t, account);
    const changed = await session.gql(CHANGE, { c: account.password, n: 'mat khau moi cua chu tai khoan' });
    expect(changed.errors).toBeUndefined();

    const res = await client().gql(RESET, { t: link, n: 'mat khau cua nguoi khac' });
    expect(res.errors?.[0].extensions?.code).toBe('TOKEN_INVALID');
    expect(
      (await loginOverHttp(client(), account.username, 'mat khau moi cua chu tai khoan')).errors,
    ).toBeUndefined();
  });

  it('a verification token is not a reset token, and a reset token does not verify an e-mail', async () => {
    const account = await createAccount(t, { verified: false });
    const reset = await resetLinkFor(account);
    expect((await client().gql(VERIFY, { t: reset })).errors?.[0].extensions?.code).toBe('TOKEN_INVALID');
    await client().gql('mutation($e: String!) { resendVerification(email: $e) }', { e: account.email });
    const mails = await waitForMail(t, account.email, 2);
    const verify = tokenIn(mails, '/xac-thuc-email');
    expect(
      (await client().gql(RESET, { t: verify, n: 'mat khau cua nguoi khac' })).errors?.[0].extensions?.code,
    ).toBe('TOKEN_INVALID');
  });

  it('stores only keyed hashes of the tokens', async () => {
    const account = await createAccount(t);
    const link = await resetLinkFor(account);
    const rows = await t.app
      .get(DataSource)
      .getRepository(AccountTokenEntity)
      .findBy({ accountId: account.id });
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toContain(link);
    for (const row of rows) expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
  });
});
