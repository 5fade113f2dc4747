import { DataSource } from 'typeorm';
import { ACCOUNT_LIMITS } from '../src/account/account-rate-limits';
import { AccountEntity } from '../src/account/entities/account.entity';
import { RateLimitEntity } from '../src/common/rate-limit/rate-limit.entity';
import { RateLimitService } from '../src/common/rate-limit/rate-limit.service';
import {
  CAPTCHA_QUERY,
  createAccount,
  loginOverHttp,
  newCaptchaId,
  randomIp,
  REGISTER_MUTATION,
  registrationInput,
} from './support/accounts';
import { GqlResponse } from './support/gql-client';
import { createTestApp, TEST_CAPTCHA_ANSWER, TestApp } from './support/test-app';

function expectTooMany(res: GqlResponse<unknown>, maxSeconds: number): number {
  const error = res.errors?.[0];
  expect(error?.extensions?.code).toBe('TOO_MANY_ATTEMPTS');
  const seconds = error?.extensions?.['retryAfterSeconds'] as number;
  expect(seconds).toBeGreaterThan(0);
  expect(seconds).toBeLessThanOrEqual(maxSeconds);
  expect(error?.message).toBe(`Bạn đã thử quá nhiều lần. Vui lòng thử lại sau ${seconds} giây.`);
  return seconds;
}

// Each test makes dozens of requests (argon2 included): allow more than jest's default 5 s.
jest.setTimeout(60_000);

describe('accounts: rate limits (per IP and per account) and the failed-login delay', () => {
  let t: TestApp;
  let db: DataSource;
  const bucket = (rule: { name: string }, key: string) => t.app.get(RateLimitService).bucketOf(rule, key);
  beforeAll(async () => {
    t = await createTestApp({ SEED_ON_START: 'false', TRUST_PROXY: 'true' });
    db = t.app.get(DataSource);
  });
  afterAll(() => t?.close());

  it('limits captchas per IP', async () => {
    const c = t.client({ 'x-forwarded-for': randomIp() });
    for (let i = 0; i < ACCOUNT_LIMITS.captchaPerIp.limit; i++) {
      expect((await c.gql(CAPTCHA_QUERY)).errors).toBeUndefined();
    }
    expectTooMany(await c.gql(CAPTCHA_QUERY), ACCOUNT_LIMITS.captchaPerIp.windowSeconds);
    // Another address is not affected.
    expect((await t.client({ 'x-forwarded-for': randomIp() }).gql(CAPTCHA_QUERY)).errors).toBeUndefined();
  });

  it('limits registrations per IP (every attempt counts, valid or not)', async () => {
    const ip = randomIp();
    const captchaClient = t.client({ 'x-forwarded-for': randomIp() });
    const c = t.client({ 'x-forwarded-for': ip });
    for (let i = 0; i < ACCOUNT_LIMITS.registerPerIp.limit; i++) {
      const res = await c.gql(REGISTER_MUTATION, {
        input: { ...registrationInput({ phone: 'bad' }), captchaId: 'x', captchaAnswer: 'x' },
      });
      expect(res.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    }
    const captchaId = await newCaptchaId(captchaClient);
    const blocked = await c.gql(REGISTER_MUTATION, {
      input: { ...registrationInput(), captchaId, captchaAnswer: TEST_CAPTCHA_ANSWER },
    });
    expectTooMany(blocked, ACCOUNT_LIMITS.registerPerIp.windowSeconds);
  });

  it('limits logins per IP', async () => {
    const c = t.client({ 'x-forwarded-for': randomIp() });
    for (let i = 0; i < ACCOUNT_LIMITS.loginPerIp.limit; i++) {
      const res = await loginOverHttp(c, `khongco${i}`, 'sai mat khau');
      expect(res.errors?.[0].extensions?.code).toBe('INVALID_CREDENTIALS');
    }
    expectTooMany(
      await loginOverHttp(c, 'khongco-cuoi', 'sai mat khau'),
      ACCOUNT_LIMITS.loginPerIp.windowSeconds,
    );
  });

  it('limits logins per account name, from any number of addresses', async () => {
    for (let i = 0; i < ACCOUNT_LIMITS.loginPerAccount.limit; i++) {
      // An unknown name has the failed-login delay too (tested below); wind it back each time.
      await db
        .getRepository(RateLimitEntity)
        .delete({ bucket: bucket({ name: 'login:failures' }, 'muc-tieu') });
      const res = await loginOverHttp(
        t.client({ 'x-forwarded-for': randomIp() }),
        'muc-tieu',
        'sai mat khau',
      );
      expect(res.errors?.[0].extensions?.code).toBe('INVALID_CREDENTIALS');
    }
    await db
      .getRepository(RateLimitEntity)
      .delete({ bucket: bucket({ name: 'login:failures' }, 'muc-tieu') });
    const res = await loginOverHttp(t.client({ 'x-forwarded-for': randomIp() }), 'MUC-TIEU', 'sai mat khau');
    expectTooMany(res, ACCOUNT_LIMITS.loginPerAccount.windowSeconds);
  });

  it('after 5 failed logins, makes the account wait (even for the right password), doubling the wait', async () => {
    const account = await createAccount(t);
    const login = (password: string) =>
      loginOverHttp(t.client({ 'x-forwarded-for': randomIp() }), account.username, password);
    for (let i = 0; i < 5; i++) {
      expect((await login('sai mat khau')).errors?.[0].extensions?.code).toBe('INVALID_CREDENTIALS');
    }
    const first = expectTooMany(await login(account.password), 30);
    expect(first).toBeGreaterThan(25);

    // 30 s later one more try is allowed; another failure doubles the wait.
    const accounts = db.getRepository(AccountEntity);
    await accounts.update({ id: account.id }, { lastFailedLoginAt: new Date(Date.now() - 31_000) });
    expect((await login('sai mat khau')).errors?.[0].extensions?.code).toBe('INVALID_CREDENTIALS');
    const second = expectTooMany(await login(account.password), 60);
    expect(second).toBeGreaterThan(55);

    // Once the wait is over the right password works and the count starts again.
    await accounts.update({ id: account.id }, { lastFailedLoginAt: new Date(Date.now() - 61_000) });
    expect((await login(account.password)).errors).toBeUndefined();
    expect((await accounts.findOneByOrFail({ id: account.id })).failedLoginCount).toBe(0);
    expect((await login('sai mat khau')).errors?.[0].extensions?.code).toBe('INVALID_CREDENTIALS');
    expect((await login(account.password)).errors).toBeUndefined();
  });

  it('limits password-reset requests per address and per IP, answering alike for unknown addresses', async () => {
    const REQUEST = 'mutation($e: String!) { requestPasswordReset(email: $e) }';
    for (const email of ['gioi-han@example.vn', (await createAccount(t)).email]) {
      for (let i = 0; i < ACCOUNT_LIMITS.resetPerEmail.limit; i++) {
        expect(
          (await t.client({ 'x-forwarded-for': randomIp() }).gql(REQUEST, { e: email })).errors,
        ).toBeUndefined();
      }
      expectTooMany(
        await t.client({ 'x-forwarded-for': randomIp() }).gql(REQUEST, { e: email }),
        ACCOUNT_LIMITS.resetPerEmail.windowSeconds,
      );
    }
    const c = t.client({ 'x-forwarded-for': randomIp() });
    for (let i = 0; i < ACCOUNT_LIMITS.resetPerIp.limit; i++) {
      expect((await c.gql(REQUEST, { e: `ip-${i}@example.vn` })).errors).toBeUndefined();
    }
    expectTooMany(await c.gql(REQUEST, { e: 'ip-last@example.vn' }), ACCOUNT_LIMITS.resetPerIp.windowSeconds);
  });

  it('limits verification resends per address and per IP', async () => {
    const RESEND = 'mutation($e: String!) { resendVerification(email: $e) }';
    for (let i = 0; i < ACCOUNT_LIMITS.resendPerEmail.limit; i++) {
      expect(
        (await t.client({ 'x-forwarded-for': randomIp() }).gql(RESEND, { e: 'gui-lai@example.vn' })).errors,
      ).toBeUndefined();
    }
    expectTooMany(
      await t.client({ 'x-forwarded-for': randomIp() }).gql(RESEND, { e: 'gui-lai@example.vn' }),
      ACCOUNT_LIMITS.resendPerEmail.windowSeconds,
    );
    const c = t.client({ 'x-forwarded-for': randomIp() });
    for (let i = 0; i < ACCOUNT_LIMITS.resendPerIp.limit; i++) {
      expect((await c.gql(RESEND, { e: `r-${i}@example.vn` })).errors).toBeUndefined();
    }
    expectTooMany(await c.gql(RESEND, { e: 'r-last@example.vn' }), ACCOUNT_LIMITS.resendPerIp.windowSeconds);
  });

  it('starts a new window once the old one is over', async () => {
    const ip = randomIp();
    const c = t.client({ 'x-forwarded-for': ip });
    for (let i = 0; i <= ACCOUNT_LIMITS.captchaPerIp.limit; i++) await c.gql(CAPTCHA_QUERY);
    expect((await c.gql(CAPTCHA_QUERY)).errors?.[0].extensions?.code).toBe('TOO_MANY_ATTEMPTS');
    await db
      .getRepository(RateLimitEntity)
      .update({ bucket: bucket(ACCOUNT_LIMITS.captchaPerIp, ip) }, { resetAt: new Date(Date.now() - 1000) });
    expect((await c.gql(CAPTCHA_QUERY)).errors).toBeUndefined();
  });

  it('RATE_LIMIT_DISABLED=true (load tests) turns the limits off', async () => {
    const open = await createTestApp({ SEED_ON_START: 'false', RATE_LIMIT_DISABLED: 'true' });
    try {
      const c = open.client();
      for (let i = 0; i <= ACCOUNT_LIMITS.captchaPerIp.limit + 2; i++) {
        expect((await c.gql(CAPTCHA_QUERY)).errors).toBeUndefined();
      }
    } finally {
      await open.close();
    }
  });
});
