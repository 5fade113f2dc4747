import { checkA11y } from './support/a11y';
import { e2eEnv } from './support/e2e-env';
import { logIn, pagePerTest } from './support/page-session';

jest.setTimeout(120_000);

/**
 * Integrators: the public developer page (from the footer, in both languages, with the schema file)
 * and the administrator's integrations page, where a token is created, shown once and works at once.
 */
describe('developer page and API tokens', () => {
  const env = e2eEnv();
  const s = pagePerTest();

  it('is reached from the footer, explains tokens, webhooks and errors, in Vietnamese and English', async () => {
    await s.page.goto(env.baseUrl);
    await s.page
      .getByRole('contentinfo')
      .getByRole('link', { name: /nhà phát triển/ })
      .click();
    await s.page.waitForURL(`${env.baseUrl}/nha-phat-trien`);
    await s.page.getByRole('heading', { level: 1, name: 'Dành cho nhà phát triển' }).waitFor();
    expect(await s.page.getByTestId('example-search-curl').textContent()).toContain('Bearer');
    expect(await s.page.getByTestId('example-webhook').textContent()).toContain('webhook-signature');
    expect(await s.page.getByTestId('error-codes').textContent()).toContain('STALE_DOSSIER');
    await checkA11y(s.page, 'developer');
    await s.page.getByTestId('lang-en').click();
    await s.page.getByRole('heading', { level: 1, name: 'For developers' }).waitFor();
    const schemaHref = await s.page.getByTestId('schema-link').getAttribute('href');
    const schema = await s.context.request.get(`${env.baseUrl}${schemaHref}`);
    expect(schema.status()).toBe(200);
    expect(await schema.text()).toContain('createApiToken(');
    expect(s.external).toEqual([]);
  });

  it('lets the administrator create a token that is shown once and works at once', async () => {
    await logIn(s.page, env.baseUrl, 'quantri', 'Demo@2025');
    await s.page.goto(`${env.baseUrl}/quan-tri/tich-hop`);
    await s.page.getByRole('heading', { level: 1, name: 'Ứng dụng tích hợp' }).waitFor();
    await s.page.locator('#client-name').fill('Hệ thống thử nghiệm e2e');
    await s.page.getByTestId('create-client').getByRole('button', { name: 'Tạo', exact: true }).click();
    const card = s.page.locator('article', { hasText: 'Hệ thống thử nghiệm e2e' });
    await card.getByTestId('create-token').click();
    const secret = (await s.page.getByTestId('token-secret-value').textContent())?.trim() ?? '';
    expect(secret).toMatch(/^dvc_/);
    await checkA11y(s.page, 'integrations');
    // The token alone (no cookie) reads the catalog: a fresh request context.
    const api = await s.browser.newContext();
    const res = await api.request.post(`${env.baseUrl}/graphql`, {
      headers: { authorization: `Bearer ${secret}` },
      data: { query: '{ services(pageSize: 1) { totalCount } }' },
    });
    const body = (await res.json()) as { data?: { services: { totalCount: number } }; errors?: unknown };
    await api.close();
    expect(body.errors).toBeUndefined();
    expect(body.data?.services.totalCount).toBeGreaterThan(0);
    await s.page.reload();
    await card.getByTestId('client-requests').getByText('1', { exact: true }).waitFor();
  });
});
