import { Browser, BrowserContext, Page } from 'playwright-core';
import { checkA11y } from './support/a11y';
import { blockExternalRequests, launchBrowser } from './support/browser';
import { e2eEnv } from './support/e2e-env';

jest.setTimeout(120_000);

/**
 * Integrators: the public developer page (from the footer, in both languages, with the schema file)
 * and the administrator's integrations page, where a token is created, shown once and works at once.
 */
describe('developer page and API tokens', () => {
  const env = e2eEnv();
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const external: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());
  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    page = await context.newPage();
    await blockExternalRequests(page, external);
  });
  afterEach(() => context.close());

  it('is reached from the footer, explains tokens, webhooks and errors, in Vietnamese and English', async () => {
    await page.goto(env.baseUrl);
    await page
      .getByRole('contentinfo')
      .getByRole('link', { name: /nhà phát triển/ })
      .click();
    await page.waitForURL(`${env.baseUrl}/nha-phat-trien`);
    await page.getByRole('heading', { level: 1, name: 'Dành cho nhà phát triển' }).waitFor();
    expect(await page.getByTestId('example-search-curl').textContent()).toContain('Bearer');
    expect(await page.getByTestId('example-webhook').textContent()).toContain('webhook-signature');
    expect(await page.getByTestId('error-codes').textContent()).toContain('STALE_DOSSIER');
    await checkA11y(page, 'developer');
    await page.getByTestId('lang-en').click();
    await page.getByRole('heading', { level: 1, name: 'For developers' }).waitFor();
    const schemaHref = await page.getByTestId('schema-link').getAttribute('href');
    const schema = await context.request.get(`${env.baseUrl}${schemaHref}`);
    expect(schema.status()).toBe(200);
    expect(await schema.text()).toContain('createApiToken(');
    expect(external).toEqual([]);
  });

  it('lets the administrator create a token that is shown once and works at once', async () => {
    await page.goto(`${env.baseUrl}/dang-nhap`);
    await page.locator('#f-username').fill('quantri');
    await page.locator('#f-password').fill('Demo@2025');
    await page.getByTestId('login-submit').click();
    await page.waitForURL((url) => !url.pathname.startsWith('/dang-nhap'));
    await page.goto(`${env.baseUrl}/quan-tri/tich-hop`);
    await page.getByRole('heading', { level: 1, name: 'Ứng dụng tích hợp' }).waitFor();
    await page.locator('#client-name').fill('Hệ thống thử nghiệm e2e');
    await page.getByTestId('create-client').getByRole('button', { name: 'Tạo', exact: true }).click();
    const card = page.locator('article', { hasText: 'Hệ thống thử nghiệm e2e' });
    await card.getByTestId('create-token').click();
    const secret = (await page.getByTestId('token-secret-value').textContent())?.trim() ?? '';
    expect(secret).toMatch(/^dvc_/);
    await checkA11y(page, 'integrations');
    // The token alone (no cookie) reads the catalog: a fresh request context.
    const api = await browser.newContext();
    const res = await api.request.post(`${env.baseUrl}/graphql`, {
      headers: { authorization: `Bearer ${secret}` },
      data: { query: '{ services(pageSize: 1) { totalCount } }' },
    });
    const body = (await res.json()) as { data?: { services: { totalCount: number } }; errors?: unknown };
    await api.close();
    expect(body.errors).toBeUndefined();
    expect(body.data?.services.totalCount).toBeGreaterThan(0);
    await page.reload();
    await card.getByTestId('client-requests').getByText('1', { exact: true }).waitFor();
  });
});
