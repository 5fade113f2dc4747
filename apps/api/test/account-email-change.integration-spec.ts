import { ACCOUNT_LIMITS } from '../src/account/account-rate-limits';
import { decodeMail, linkIn, queuedMailCount } from './support/account-mail';
import { createAccount, loginAs } from './support/accounts';
import { createTestAppWithSmtp, startSmtp } from './support/smtp-server';
import { TestApp } from './support/test-app';

jest.setTimeout(60_000);

const UPDATE = `mutation($input: UpdateProfileInput!) {
  updateProfile(input: $input) { email pendingEmail emailVerified }
}`;

/** Issue 12 review finding: updateProfile with a new e-mail (rate limit, no EMAIL_TAKEN oracle). */
describe('accounts: changing the e-mail address (real SMTP server)', () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let t: TestApp;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ t, smtp, close } = await createTestAppWithSmtp({ TRUST_PROXY: 'true' }));
  });
  afterAll(() => close?.());

  const mailsTo = (address: string) =>
    smtp.mails.filter((m) => m.to.includes(address)).map((m) => decodeMail(m.raw));

  async function waitForMails(address: string, count: number): Promise<string[]> {
    const deadline = Date.now() + 5000;
    while (mailsTo(address).length < count) {
      if (Date.now() > deadline) throw new Error(`No mail #${count} to ${address}`);
      await new Promise((r) => setTimeout(r, 25));
    }
    return mailsTo(address);
  }

  let ipCounter = 0;
  const freshIp = () => `198.18.${Math.floor(++ipCounter / 250)}.${(ipCounter % 250) + 1}`;

  it('a free address gets a verification link; following it changes the address', async () => {
    const account = await createAccount(t);
    const c = await loginAs(t, account);
    const address = `moi.${account.username}@example.vn`;
    const res = await c.gql(UPDATE, { input: { email: address } }, { 'x-forwarded-for': freshIp() });
    expect(res.errors).toBeUndefined();
    expect(res.data?.updateProfile).toEqual({
      email: account.email,
      pendingEmail: address,
      emailVerified: true,
    });
    const [mail] = await waitForMails(address, 1);
    expect(mail).toContain('địa chỉ mới chỉ có hiệu lực sau khi xác thực');
    const link = linkIn(mail, '/xac-thuc-email');
    const verified = await t.client().gql('mutation($t: String!) { verifyEmail(token: $t) }', {
      t: link.searchParams.get('token'),
    });
    expect(verified.errors).toBeUndefined();
    const me = await c.gql<{ me: { email: string } }>('{ me { email } }');
    expect(me.data?.me.email).toBe(address);
  });

  it('a taken address answers exactly like a free one; its owner is told by mail, and gets no link', async () => {
    const owner = await createAccount(t, { fullName: 'Trần Văn Chủ' });
    const free = `tu.do.${owner.username}@example.vn`;
    const asker = await createAccount(t);
    const c = await loginAs(t, asker);

    const takenRes = await c.gql(UPDATE, { input: { email: owner.email } }, { 'x-forwarded-for': freshIp() });
    const freeRes = await c.gql(UPDATE, { input: { email: free } }, { 'x-forwarded-for': freshIp() });
    // Same status, same shape, no error: nothing tells that the first address is registered.
    expect(takenRes.status).toBe(freeRes.status);
    expect(takenRes.errors).toBeUndefined();
    expect(takenRes.data?.updateProfile).toEqual({
      email: asker.email,
      pendingEmail: owner.email,
      emailVerified: true,
    });
    expect(freeRes.data?.updateProfile).toEqual({
      email: asker.email,
      pendingEmail: free,
      emailVerified: true,
    });

    const [notice] = await waitForMails(owner.email, 1);
    expect(notice).toMatch(/Subject: =\?UTF-8\?/);
    expect(notice).toContain('Kính gửi Trần Văn Chủ');
    expect(notice).toContain('đã yêu cầu đổi địa chỉ e-mail của mình thành địa chỉ này');
    expect(notice).toContain('không có gì thay đổi');
    expect(notice).not.toContain('/xac-thuc-email');
    await waitForMails(free, 1);
    // Asking for the link again sends the owner nothing that could hand the address over.
    await t
      .client({ 'x-forwarded-for': freshIp() })
      .gql('mutation($e: String!) { resendVerification(email: $e) }', { e: owner.email });
    await new Promise((r) => setTimeout(r, 300));
    expect(await queuedMailCount(t, owner.email)).toBe(1);
    expect(mailsTo(owner.email).join('\n')).not.toContain('/xac-thuc-email');
  });

  it('limits e-mail changes per account', async () => {
    const c = await loginAs(t, await createAccount(t));
    const tag = Math.random().toString(36).slice(2, 8);
    for (let i = 0; i < ACCOUNT_LIMITS.emailChangePerAccount.limit; i++) {
      const res = await c.gql(
        UPDATE,
        { input: { email: `a${i}.${tag}@example.vn` } },
        { 'x-forwarded-for': freshIp() },
      );
      expect(res.errors).toBeUndefined();
    }
    const over = await c.gql(
      UPDATE,
      { input: { email: `over.${tag}@example.vn` } },
      { 'x-forwarded-for': freshIp() },
    );
    expect(over.errors?.[0].extensions?.code).toBe('TOO_MANY_ATTEMPTS');
    expect(over.errors?.[0].message).toMatch(/Bạn đã thử quá nhiều lần/);
    expect(await queuedMailCount(t, `over.${tag}@example.vn`)).toBe(0);
    // Other profile edits are not limited.
    expect((await c.gql(UPDATE, { input: { fullName: 'Lê Văn Sửa' } })).errors).toBeUndefined();
  });

  it('limits e-mail changes per IP address, across accounts', async () => {
    const ip = freshIp();
    const tag = Math.random().toString(36).slice(2, 8);
    let refused = 0;
    for (let i = 0; i <= ACCOUNT_LIMITS.emailChangePerIp.limit; i++) {
      const c = await loginAs(t, await createAccount(t));
      const res = await c.gql(
        UPDATE,
        { input: { email: `ip${i}.${tag}@example.vn` } },
        { 'x-forwarded-for': ip },
      );
      if (res.errors?.[0].extensions?.code === 'TOO_MANY_ATTEMPTS') refused++;
      else expect(res.errors).toBeUndefined();
    }
    expect(refused).toBe(1);
  });

  it('limits the mails one address receives, whoever asks', async () => {
    const target = `nan.nhan.${Math.random().toString(36).slice(2, 8)}@example.vn`;
    const codes: (string | undefined)[] = [];
    for (let i = 0; i <= ACCOUNT_LIMITS.emailChangePerAddress.limit; i++) {
      const c = await loginAs(t, await createAccount(t));
      const res = await c.gql(UPDATE, { input: { email: target } }, { 'x-forwarded-for': freshIp() });
      codes.push(res.errors?.[0].extensions?.code);
    }
    expect(codes.filter((c) => c === 'TOO_MANY_ATTEMPTS')).toHaveLength(1);
    expect(codes.at(-1)).toBe('TOO_MANY_ATTEMPTS');
    expect(await queuedMailCount(t, target)).toBe(ACCOUNT_LIMITS.emailChangePerAddress.limit);
  });
});
