import { decodeMail, linkIn } from './support/account-mail';
import { loginOverHttp, newCaptchaId, REGISTER_MUTATION, registrationInput } from './support/accounts';
import { createTestAppWithSmtp, startSmtp } from './support/smtp-server';
import { TEST_CAPTCHA_ANSWER, TestApp } from './support/test-app';

async function waitFor(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('accounts: e-mail through a real SMTP server', () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let t: TestApp;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ t, smtp, close } = await createTestAppWithSmtp());
  });
  afterAll(() => close?.());

  it('registration sends a Vietnamese verification mail; following its link verifies the account', async () => {
    const c = t.client();
    const input = registrationInput({ email: 'smtp.test@example.vn' });
    const captchaId = await newCaptchaId(c);
    const res = await c.gql(REGISTER_MUTATION, {
      input: { ...input, captchaId, captchaAnswer: TEST_CAPTCHA_ANSWER },
    });
    expect(res.errors).toBeUndefined();

    // Queued in the outbox and sent by its worker just after the answer.
    await waitFor(() => smtp.mails.length >= 1);
    expect(smtp.mails).toHaveLength(1);
    const [mail] = smtp.mails;
    expect(mail.to).toEqual(['smtp.test@example.vn']);
    expect(mail.from).toBe('no-reply@dichvucong.test');
    const text = decodeMail(mail.raw);
    expect(text).toMatch(/Subject: =\?UTF-8\?/);
    expect(text).toContain(`Kính gửi ${input.fullName}`);
    expect(text).toContain('Liên kết có hiệu lực trong 24 giờ');

    // The link opens the portal's page, which calls verifyEmail with its token.
    const link = linkIn(text, '/xac-thuc-email');
    expect(link.origin + link.pathname).toBe('http://portal.test/xac-thuc-email');
    const verified = await c.gql('mutation($t: String!) { verifyEmail(token: $t) }', {
      t: link.searchParams.get('token'),
    });
    expect(verified.errors).toBeUndefined();
    expect((await loginOverHttp(c, input.username, input.password)).errors).toBeUndefined();
  });

  it('writes nothing to the outbox directory when SMTP_URL is set', async () => {
    const { existsSync } = await import('node:fs');
    const { join } = await import('node:path');
    expect(existsSync(join(t.dir, 'outbox'))).toBe(false);
  });
});
