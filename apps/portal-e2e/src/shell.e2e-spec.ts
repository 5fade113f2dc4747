import { Browser, BrowserContext, Page } from 'playwright-core';
import { checkA11y } from './support/a11y';
import { blockExternalRequests, launchBrowser } from './support/browser';
import { e2eEnv } from './support/e2e-env';

describe('portal shell and GraphQL playground', () => {
  const env = e2eEnv();
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const external: string[] = [];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());
  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    await blockExternalRequests(page, external);
  });
  afterEach(() => context.close());

  it('shows the portal shell in Vietnamese with the main menu and the account links', async () => {
    await page.goto(env.baseUrl);
    await page.getByRole('link', { name: 'Cổng Dịch vụ công trực tuyến' }).first().waitFor();
    const nav = page.getByRole('navigation', { name: 'Menu chính' });
    for (const item of ['Trang chủ', 'Dịch vụ công trực tuyến', 'Tra cứu hồ sơ']) {
      expect(await nav.getByRole('link', { name: item }).isVisible()).toBe(true);
    }
    expect(await page.getByTestId('nav-register').textContent()).toContain('Đăng ký');
    expect(await page.getByTestId('nav-login').textContent()).toContain('Đăng nhập');
    await checkA11y(page, 'home');
    expect(external).toEqual([]);
  });

  it('switches to English and remembers it after a reload', async () => {
    await page.goto(env.baseUrl);
    await page.getByTestId('lang-en').click();
    await page.getByTestId('nav-login').getByText('Log in').waitFor();
    await page.reload();
    await page.getByTestId('nav-login').getByText('Log in').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await checkA11y(page, 'home (en)');
  });

  it('serves portal routes with the SPA fallback and a not-found page', async () => {
    await page.goto(`${env.baseUrl}/khong-co-trang-nay`);
    await page.getByRole('heading', { name: 'Không tìm thấy trang' }).waitFor();
    await checkA11y(page, 'not found');
    expect(await page.title()).toBe('Không tìm thấy trang | Cổng Dịch vụ công trực tuyến');
  });

  it('names every page in the document title, in the chosen language, with a breadcrumb home', async () => {
    await page.goto(env.baseUrl);
    await page.getByTestId('popular-services').waitFor();
    expect(await page.title()).toBe('Cổng Dịch vụ công trực tuyến');

    await page
      .getByRole('navigation', { name: 'Menu chính' })
      .getByRole('link', { name: 'Tra cứu hồ sơ' })
      .click();
    await page.getByRole('heading', { name: 'Tra cứu hồ sơ', level: 1 }).waitFor();
    expect(await page.title()).toBe('Tra cứu hồ sơ | Cổng Dịch vụ công trực tuyến');
    const crumbs = page.getByRole('navigation', { name: 'Đường dẫn trang' });
    expect(await crumbs.getByRole('link', { name: 'Trang chủ' }).getAttribute('href')).toBe('/');

    // Switching the language writes the title again.
    await page.getByTestId('lang-en').click();
    await page.waitForFunction(
      () => document.title === 'Track an application | Online Public Service Portal',
    );
    await page.goto(`${env.baseUrl}/dang-nhap`);
    await page.getByRole('heading', { name: 'Log in', level: 1 }).waitFor();
    expect(await page.title()).toBe('Log in | Online Public Service Portal');
    expect(external).toEqual([]);
    expect(consoleErrors.filter((e) => !/status of 4\d\d/.test(e))).toEqual([]);
  });

  it('has a mobile layout with a menu button', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(env.baseUrl);
    await page.getByRole('button', { name: 'Mở menu' }).click();
    // Its label now says "Đóng menu" (close).
    const toggle = page.getByRole('button', { name: 'Đóng menu' });
    await page
      .getByRole('navigation', { name: 'Menu chính' })
      .getByRole('link', { name: 'Tra cứu hồ sơ' })
      .waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await checkA11y(page, 'home, phone menu open');

    // Esc closes it and gives focus back to the button.
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Mở menu' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-controls'))).toBe('main-nav');
  });

  it('opens the offline GraphQL playground at /graphql and runs a query', async () => {
    await page.goto(`${env.baseUrl}/graphql`);
    await page.locator('.graphiql-container').waitFor();
    await page.waitForFunction(
      () =>
        (window as unknown as { monaco?: unknown }).monaco !== undefined ||
        document.querySelector('.monaco-editor'),
    );
    const editor = page.locator('.graphiql-query-editor .monaco-editor').first();
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('{ system { name');
    await page.keyboard.press('Control+Enter');
    await page
      .locator('.graphiql-response')
      .getByText('Cổng Dịch vụ công trực tuyến')
      .waitFor({ timeout: 20000 });

    // The docs come from introspection (the standard query is deeper than ordinary queries may be).
    await page.getByRole('button', { name: /documentation explorer/i }).click();
    const docs = page.locator('.graphiql-doc-explorer');
    await docs.getByRole('link', { name: 'Query' }).click();
    await docs.getByText('services', { exact: true }).waitFor();
    await docs.getByText('saveDossier', { exact: true }).waitFor({ state: 'detached' });
    expect(external).toEqual([]);
  });
});
