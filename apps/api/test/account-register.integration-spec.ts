import { DataSource } from 'typeorm';
import { CaptchaEntity } from '../src/account/entities/captcha.entity';
import { AccountTokenEntity } from '../src/account/entities/account-token.entity';
import { queuedMailCount, tokenIn, waitForMail } from './support/account-mail';
import {
  CAPTCHA_QUERY,
  createAccount,
  loginOverHttp,
  newCaptchaId,
  randomIp,
  REGISTER_MUTATION,
  registrationInput,
} from './support/accounts';
import { GqlClient } from './support/gql-client';
import { createTestApp, TEST_CAPTCHA_ANSWER, TestApp } from './support/test-app';

type RegisterResult = { register: { username: string; email: string; emailVerified: boolean } };

jest.setTimeout(30_000);

describe('accounts: captcha, register, verifyEmail, resendVerification', () => {
  let t: TestApp;
  let db: DataSource;
  /** Each call gets its own client IP, so the per-IP limits of this suite never interfere. */
  const client = (headers: Record<string, string> = {}): GqlClient =>
    t.client({ 'x-forwarded-for': randomIp(), ...headers });

  async function register(overrides: Record<string, unknown> = {}, c = client()) {
    const captchaId = await newCaptchaId(c);
    const input = { ...registrationInput(overrides), captchaId, captchaAnswer: TEST_CAPTCHA_ANSWER };
    return {
      input,
      res: await c.gql<RegisterResult>(REGISTER_MUTATION, { input: { ...input, ...overrides } }),
    };
  }

  beforeAll(async () => {
    t = await createTestApp({ SEED_ON_START: 'false', TRUST_PROXY: 'true' });
    db = t.app.get(DataSource);
  });
  afterAll(() => t?.close());

  describe('captcha', () => {
    it('returns an SVG image and an id; only the hash of the answer is stored, for 5 minutes', async () => {
      const res = await client().gql<{ captcha: { id: string; svg: string; expiresAt: string } }>(
        CAPTCHA_QUERY,
      );
      expect(res.errors).toBeUndefined();
      const { id, svg, expiresAt } = res.data!.captcha;
      expect(svg).toMatch(/^<svg[\s\S]*<\/svg>$/);
      const minutes = (new Date(expiresAt).getTime() - Date.now()) / 60000;
      expect(minutes).toBeGreaterThan(4.5);
      expect(minutes).toBeLessThanOrEqual(5);
      const row = await db.getRepository(CaptchaEntity).findOneByOrFail({ id });
      expect(row.answerHash).toMatch(/^[0-9a-f]{64}$/);
      expect(row.answerHash.toLowerCase()).not.toContain(TEST_CAPTCHA_ANSWER.toLowerCase());
    });

    it('draws 5–6 random characters without a fixed answer', async () => {
      const plain = await createTestApp({ SEED_ON_START: 'false', CAPTCHA_FIXED_ANSWER: '' });
      try {
        const svgs = new Set<string>();
        for (let i = 0; i < 3; i++) {
          const res = await plain.client().gql<{ captcha: { svg: string } }>(CAPTCHA_QUERY);
          svgs.add(res.data!.captcha.svg);
        }
        expect(svgs.size).toBe(3);
      } finally {
        await plain.close();
      }
    });
  });

  describe('register', () => {
    it('creates an unverified account and mails a 24-hour verification link', async () => {
      const { input, res } = await register({ username: 'NguyenVanA', email: 'Nguyen.Van.A@Example.VN' });
      expect(res.errors).toBeUndefined();
      expect(res.data!.register).toEqual({
        username: 'nguyenvana',
        email: 'nguyen.van.a@example.vn',
        emailVerified: false,
      });
      const mail = await waitForMail(t, 'nguyen.van.a@example.vn');
      expect(mail).toContain('Vui lòng mở liên kết dưới đây để xác thực địa chỉ e-mail');
      expect(mail).toContain('http://portal.test/xac-thuc-email?token=');
      const token = await db
        .getRepository(AccountTokenEntity)
        .findOneByOrFail({ email: 'nguyen.van.a@example.vn' });
      const hours = (token.expiresAt.getTime() - Date.now()) / 3600_000;
      expect(hours).toBeGreaterThan(23.9);
      expect(hours).toBeLessThanOrEqual(24);

      // Unverified: the right password is refused with ACCOUNT_NOT_VERIFIED.
      const login = await loginOverHttp(client(), 'nguyenvana', input.password);
      expect(login.errors?.[0].extensions?.code).toBe('ACCOUNT_NOT_VERIFIED');
      expect(login.errors?.[0].message).toMatch(/chưa được xác thực/);
    });

    it('verifies the e-mail once through the link, then the account can log in', async () => {
      const { input } = await register();
      const mail = await waitForMail(t, input.email);
      const token = tokenIn(mail, '/xac-thuc-email');
      const c = client();
      const ok = await c.gql('mutation($t: String!) { verifyEmail(token: $t) }', { t: token });
      expect(ok.errors).toBeUndefined();
      expect(ok.data).toEqual({ verifyEmail: true });
      const again = await c.gql('mutation($t: String!) { verifyEmail(token: $t) }', { t: token });
      expect(again.errors?.[0].extensions?.code).toBe('TOKEN_INVALID');
      const login = await loginOverHttp(c, input.email, input.password);
      expect(login.errors).toBeUndefined();
    });

    it('refuses an expired or unknown verification token', async () => {
      const { input } = await register();
      const token = tokenIn(await waitForMail(t, input.email), '/xac-thuc-email');
      await db
        .getRepository(AccountTokenEntity)
        .update({ email: input.email }, { expiresAt: new Date(Date.now() - 1000) });
      const expired = await client().gql('mutation($t: String!) { verifyEmail(token: $t) }', { t: token });
      expect(expired.errors?.[0].extensions?.code).toBe('TOKEN_EXPIRED');
      expect(expired.errors?.[0].message).toBe('Liên kết đã hết hạn.');
      const unknown = await client().gql('mutation { verifyEmail(token: "not-a-real-token") }');
      expect(unknown.errors?.[0].extensions?.code).toBe('TOKEN_INVALID');
    });

    it('names every missing or malformed field in Vietnamese', async () => {
      const blank = {
        fullName: ' ',
        username: '',
        email: '',
        password: '',
        citizenId: '',
        dateOfBirth: '',
        phone: '',
        captchaAnswer: '',
      };
      const { res } = await register(blank);
      expect(res.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
      const fields = res.errors![0].extensions!.fields!;
      expect(Object.keys(fields).sort()).toEqual(
        [
          'captchaAnswer',
          'citizenId',
          'dateOfBirth',
          'email',
          'fullName',
          'password',
          'phone',
          'username',
        ].sort(),
      );
      expect(fields['username']).toBe('Vui lòng nhập thông tin này.');
      expect(res.errors?.[0].message).toMatch(/Thông tin chưa hợp lệ/);
    });

    it.each([
      ['username', 'ab', /từ 4 đến 30/],
      ['username', 'tên có dấu', /chữ cái không dấu/],
      ['email', 'not-an-email', /e-mail không hợp lệ/],
      ['citizenId', '12345678901', /12 chữ số/],
      ['citizenId', '00123456789X', /12 chữ số/],
      ['phone', '0212345678', /di động không hợp lệ/],
      ['dateOfBirth', '1990-02-30', /không hợp lệ/],
      ['dateOfBirth', '15/05/1990', /không hợp lệ/],
      ['dateOfBirth', '2100-01-01', /tương lai/],
      ['dateOfBirth', '2999-01-01', /không hợp lệ/],
      ['dateOfBirth', new Date().toISOString().slice(0, 10), /từ đủ 14 tuổi/],
      ['provinceCode', '74', /Tỉnh\/thành phố không hợp lệ/i],
      ['citizenId', '003090012345', /mã tỉnh/],
      ['fullName', 'Nguyễn <script>', /chỉ gồm chữ cái/],
      ['password', 'x'.repeat(129), /128/],
    ])('refuses %s = %p', async (field, value, message) => {
      const { res } = await register({ [field]: value });
      expect(res.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
      expect(res.errors![0].extensions!.fields).toEqual({ [field]: expect.stringMatching(message) });
    });

    it('answers the field messages in the language the request asks for (Accept-Language)', async () => {
      const bad = { phone: '0212345678', fullName: '<svg/onload=alert(1)>', password: 'ngan' };
      const english = client({ 'accept-language': 'en-GB,en;q=0.9' });
      const { res } = await register(bad, english);
      expect(res.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
      expect(res.errors![0].extensions!.fields).toEqual({
        phone: 'Enter a valid Vietnamese mobile number (10 digits, e.g. 0912345678).',
        fullName: "The full name may contain only letters, spaces and . ' -",
        password: 'Enter at least 8 characters.',
      });
      const vietnamese = await register(bad, client({ 'accept-language': 'vi' }));
      expect(vietnamese.res.errors![0].extensions!.fields).toMatchObject({
        phone: expect.stringMatching(/di động không hợp lệ/),
        password: 'Cần ít nhất 8 ký tự.',
      });
      // A weak password alone is WEAK_PASSWORD, whose message follows the language too.
      const weak = await register({ password: 'matkhau123' }, client({ 'accept-language': 'en' }));
      expect(weak.res.errors?.[0].extensions?.code).toBe('WEAK_PASSWORD');
      expect(weak.res.errors?.[0].message).toMatch(/too common/);
    });

    it('refuses an omitted required field at the schema level, without details of the server', async () => {
      const c = client();
      const captchaId = await newCaptchaId(c);
      const { citizenId: _omitted, ...input } = registrationInput();
      const res = await c.gql(REGISTER_MUTATION, {
        input: { ...input, captchaId, captchaAnswer: TEST_CAPTCHA_ANSWER },
      });
      expect(res.data).toBeNull();
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].message).toBe('Yêu cầu không hợp lệ.');
      expect(JSON.stringify(res.errors)).not.toMatch(/coerce|\.js|citizenId" of required/);
      expect(await c.gql('{ me { id } }')).toMatchObject({ data: { me: null } });
    });

    it('answers WEAK_PASSWORD for a short, common or personal password', async () => {
      for (const [password, message] of [
        ['ngan', /ít nhất 8/],
        ['matkhau123', /quá phổ biến/],
        ['Password1', /quá phổ biến/],
        ['12345678', /quá phổ biến/],
      ] as const) {
        const { res } = await register({ password });
        expect(res.errors?.[0].extensions?.code).toBe('WEAK_PASSWORD');
        expect(res.errors![0].extensions!.fields!['password']).toMatch(message);
      }
      const { res } = await register({ username: 'trungmatkhau', password: 'TrungMatKhau' });
      expect(res.errors?.[0].extensions?.code).toBe('WEAK_PASSWORD');
    });

    it('accepts long passphrases with any characters, without composition rules', async () => {
      const { res } = await register({ password: 'đây là một cụm từ rất dài 🙂 '.repeat(2).slice(0, 64) });
      expect(res.errors).toBeUndefined();
      const lower = await register({ password: 'chilachuthuongthoi' });
      expect(lower.res.errors).toBeUndefined();
    });

    it('refuses a wrong, reused or expired captcha, and a captcha is used up even by a wrong answer', async () => {
      const c = client();
      const wrongId = await newCaptchaId(c);
      const wrong = await c.gql(REGISTER_MUTATION, {
        input: { ...registrationInput(), captchaId: wrongId, captchaAnswer: 'nope' },
      });
      expect(wrong.errors?.[0].extensions?.code).toBe('CAPTCHA_INVALID');
      expect(wrong.errors?.[0].extensions?.fields).toEqual({ captchaAnswer: expect.any(String) });
      // The same captcha with the right answer now fails: it was used by the wrong try.
      const reusedAfterWrong = await c.gql(REGISTER_MUTATION, {
        input: { ...registrationInput(), captchaId: wrongId, captchaAnswer: TEST_CAPTCHA_ANSWER },
      });
      expect(reusedAfterWrong.errors?.[0].extensions?.code).toBe('CAPTCHA_INVALID');

      const { input, res } = await register();
      expect(res.errors).toBeUndefined();
      const reused = await c.gql(REGISTER_MUTATION, {
        input: { ...registrationInput(), captchaId: input.captchaId, captchaAnswer: TEST_CAPTCHA_ANSWER },
      });
      expect(reused.errors?.[0].extensions?.code).toBe('CAPTCHA_INVALID');

      const expiredId = await newCaptchaId(c);
      await db
        .getRepository(CaptchaEntity)
        .update({ id: expiredId }, { expiresAt: new Date(Date.now() - 1000) });
      const expired = await c.gql(REGISTER_MUTATION, {
        input: { ...registrationInput(), captchaId: expiredId, captchaAnswer: TEST_CAPTCHA_ANSWER },
      });
      expect(expired.errors?.[0].extensions?.code).toBe('CAPTCHA_INVALID');
      expect(expired.errors?.[0].message).toBe('Mã xác nhận không đúng hoặc đã hết hạn.');

      const unknown = await c.gql(REGISTER_MUTATION, {
        input: { ...registrationInput(), captchaId: 'no-such-captcha', captchaAnswer: TEST_CAPTCHA_ANSWER },
      });
      expect(unknown.errors?.[0].extensions?.code).toBe('CAPTCHA_INVALID');
    });

    it('compares the captcha answer case-insensitively', async () => {
      const { res } = await register({ captchaAnswer: TEST_CAPTCHA_ANSWER.toLowerCase() });
      expect(res.errors).toBeUndefined();
    });

    it('names the taken field: username, e-mail or CCCD', async () => {
      const existing = await createAccount(t);
      const byName = await register({ username: existing.username.toUpperCase() });
      expect(byName.res.errors?.[0].extensions).toMatchObject({
        code: 'USERNAME_TAKEN',
        fields: { username: expect.stringMatching(/đã được sử dụng/) },
      });
      const byEmail = await register({ email: existing.email.toUpperCase() });
      expect(byEmail.res.errors?.[0].extensions).toMatchObject({
        code: 'EMAIL_TAKEN',
        fields: { email: expect.any(String) },
      });
      const byCitizenId = await register({ citizenId: existing.citizenId });
      expect(byCitizenId.res.errors?.[0].extensions).toMatchObject({
        code: 'CITIZEN_ID_TAKEN',
        fields: { citizenId: expect.any(String) },
      });
      expect(byCitizenId.res.errors?.[0].message).toBe('Số CCCD đã được đăng ký.');
    });

    it('never exposes SQL or stack traces', async () => {
      const { res } = await register({ fullName: "O'Brien'); DROP TABLE accounts;--" });
      expect(JSON.stringify(res)).not.toMatch(/SELECT|INSERT|sqlite|mysql|at .*\.js/i);
    });
  });

  describe('resendVerification', () => {
    it('sends a new link that replaces the old one, and answers true for unknown addresses', async () => {
      const { input } = await register();
      const first = tokenIn(await waitForMail(t, input.email), '/xac-thuc-email');
      const c = client();
      const res = await c.gql('mutation($e: String!) { resendVerification(email: $e) }', { e: input.email });
      expect(res.data).toEqual({ resendVerification: true });
      const second = tokenIn(await waitForMail(t, input.email, 2), '/xac-thuc-email');
      expect(second).not.toBe(first);
      const old = await c.gql('mutation($t: String!) { verifyEmail(token: $t) }', { t: first });
      expect(old.errors?.[0].extensions?.code).toBe('TOKEN_INVALID');
      const ok = await c.gql('mutation($t: String!) { verifyEmail(token: $t) }', { t: second });
      expect(ok.data).toEqual({ verifyEmail: true });

      const unknown = await c.gql('mutation { resendVerification(email: "nobody@example.vn") }');
      expect(unknown.data).toEqual({ resendVerification: true });
      const malformed = await c.gql('mutation { resendVerification(email: "nobody") }');
      expect(malformed.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    });

    it('sends nothing to an already verified account', async () => {
      const account = await createAccount(t);
      const res = await client().gql('mutation($e: String!) { resendVerification(email: $e) }', {
        e: account.email,
      });
      expect(res.data).toEqual({ resendVerification: true });
      expect(await queuedMailCount(t, account.email)).toBe(0);
      await expect(waitForMail(t, account.email, 1, 300)).rejects.toThrow(/No mail/);
    });
  });
});
