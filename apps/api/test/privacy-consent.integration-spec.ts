import { PRIVACY_NOTICE_VERSION } from '@dvc/shared/domain';
import { DataSource } from 'typeorm';
import { AccountEntity } from '../src/account/entities/account.entity';
import { CaptchaEntity } from '../src/account/entities/captcha.entity';
import { newCaptchaId, randomIp, REGISTER_MUTATION, registrationInput } from './support/accounts';
import { createTestApp, TEST_CAPTCHA_ANSWER, TestApp } from './support/test-app';

jest.setTimeout(30_000);

/** Issue 12, personal data: consent to the privacy notice at registration. */
describe('privacy: consent at registration', () => {
  let t: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    t = await createTestApp({ SEED_ON_START: 'false', TRUST_PROXY: 'true' });
    db = t.app.get(DataSource);
  });
  afterAll(() => t?.close());

  async function register(consent: unknown, lang?: string) {
    const c = t.client({ 'x-forwarded-for': randomIp(), ...(lang ? { 'accept-language': lang } : {}) });
    const captchaId = await newCaptchaId(c);
    const input: Record<string, unknown> = {
      ...registrationInput(),
      captchaId,
      captchaAnswer: TEST_CAPTCHA_ANSWER,
    };
    if (consent === undefined) delete input['privacyConsent'];
    else input['privacyConsent'] = consent;
    return { input, captchaId, res: await c.gql(REGISTER_MUTATION, { input }) };
  }

  it.each([
    ['missing', undefined],
    ['false', false],
    ['null', null],
  ])(
    'refuses a registration with consent %s: CONSENT_REQUIRED on the field, nothing stored',
    async (_, consent) => {
      const { input, captchaId, res } = await register(consent);
      expect(res.errors?.[0].extensions?.code).toBe('CONSENT_REQUIRED');
      expect(res.errors?.[0].message).toBe(
        'Vui lòng đồng ý với Chính sách bảo vệ dữ liệu cá nhân để đăng ký.',
      );
      expect(res.errors?.[0].extensions?.fields).toEqual({
        privacyConsent: 'Vui lòng đánh dấu để đồng ý với Chính sách bảo vệ dữ liệu cá nhân.',
      });
      expect(await db.getRepository(AccountEntity).existsBy({ username: input['username'] as string })).toBe(
        false,
      );
      // The captcha was not used up: the citizen ticks the box and sends again with it.
      expect(await db.getRepository(CaptchaEntity).existsBy({ id: captchaId })).toBe(true);
    },
  );

  it('answers the field message in English for an English page', async () => {
    const { res } = await register(false, 'en');
    expect(res.errors?.[0].extensions?.fields).toEqual({
      privacyConsent: 'Please tick the box to accept the personal data protection policy.',
    });
  });

  it('stores the notice version and the time of consent on the new account', async () => {
    const before = Date.now();
    const { input, res } = await register(true);
    expect(res.errors).toBeUndefined();
    const account = await db
      .getRepository(AccountEntity)
      .findOneByOrFail({ username: input['username'] as string });
    expect(account.privacyNoticeVersion).toBe(PRIVACY_NOTICE_VERSION);
    expect(account.privacyConsentAt).toBeInstanceOf(Date);
    expect(account.privacyConsentAt!.getTime()).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    expect(account.privacyConsentAt!.getTime()).toBeLessThanOrEqual(Date.now());
  });
});
