import { checkA11y } from './support/a11y';
import { e2eEnv } from './support/e2e-env';
import { pagePerTest } from './support/page-session';

describe('portal shell and GraphQL playground', () => {
  const env = e2eEnv();
  const s = pagePerTest();

  it('shows the portal shell in Vietnamese with the main menu and the account links', async () => {
    await s.page.goto(env.baseUrl);
    await s.page.getByRole('link', { name: 'Cổng Dịch vụ công trực tuyến' }).first().waitFor();
    const nav = s.page.getByRole('navigation', { name: 'Menu chính' });
    for (const item of ['Trang chủ', 'Dịch vụ công trực tuyến', 'Tra cứu hồ sơ']) {
      expect(await nav.getByRole('link', { name: item }).isVisible()).toBe(true);
    }
    expect(await s.page.getByTestId('nav-register').textContent()).toContain('Đăng ký');
    expect(await s.page.getByTestId('nav-login').textContent()).toContain('Đăng nhập');
    await checkA11y(s.page, 'home');
    expect(s.external).toEqual([]);
  });

  it('switches to English and remembers it after a reload', async () => {
    await s.page.goto(env.baseUrl);
    await s.page.getByTestId('lang-en').click();
    await s.page.getByTestId('nav-login').getByText('Log in').waitFor();
    await s.page.reload();
    await s.page.getByTestId('nav-login').getByText('Log in').waitFor();
    expect(await s.page.evaluate(() => document.documentElement.lang)).toBe('en');
    await checkA11y(s.page, 'home (en)');
  });

  it('serves portal routes with the SPA fallback and a not-found page', async () => {
    await s.page.goto(`${env.baseUrl}/khong-co-trang-nay`);
    await s.page.getByRole('heading', { name: 'Không tìm thấy trang' }).waitFor();
    await checkA11y(s.page, 'not found');
    expect(await s.page.title()).toBe('Không tìm thấy trang | Cổng Dịch vụ công trực tuyến');
  });

  it('names every page in the document title, in the chosen language, with a breadcrumb home', async () => {
    await s.page.goto(env.baseUrl);
    await s.page.getByTestId('popular-services').waitFor();
    expect(await s.page.title()).toBe('Cổng Dịch vụ công trực tuyến');

    await s.page
      .getByRole('navigation', { name: 'Menu chính' })
      .getByRole('link', { name: 'Tra cứu hồ sơ' })
      .click();
    await s.page.getByRole('heading', { name: 'Tra cứu hồ sơ', level: 1 }).waitFor();
    expect(await s.page.title()).toBe('Tra cứu hồ sơ | Cổng Dịch vụ công trực tuyến');
    const crumbs = s.page.getByRole('navigation', { name: 'Đường dẫn trang' });
    expect(await crumbs.getByRole('link', { name: 'Trang chủ' }).getAttribute('href')).toBe('/');

    // Switching the language writes the title again.
    await s.page.getByTestId('lang-en').click();
    await s.page.waitForFunction(
      () => document.title === 'Track an application | Online Public Service Portal',
    );
    await s.page.goto(`${env.baseUrl}/dang-nhap`);
    await s.page.getByRole('heading', { name: 'Log in', level: 1 }).waitFor();
    expect(await s.page.title()).toBe('Log in | Online Public Service Portal');
    expect(s.external).toEqual([]);
    expect(s.consoleErrors.filter((e) => !/status of 4\d\d/.test(e))).toEqual([]);
  });

  it('has a mobile layout with a menu button', async () => {
    await s.page.setViewportSize({ width: 390, height: 844 });
    await s.page.goto(env.baseUrl);
    await s.page.getByRole('button', { name: 'Mở menu' }).click();
    // Its label now says "Đóng menu" (close).
    const toggle = s.page.getByRole('button', { name: 'Đóng menu' });
    await s.page
      .getByRole('navigation', { name: 'Menu chính' })
      .getByRole('link', { name: 'Tra cứu hồ sơ' })
      .waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await checkA11y(s.page, 'home, phone menu open');

    // Esc closes it and gives focus back to the button.
    await s.page.keyboard.press('Escape');
    await s.page.getByRole('button', { name: 'Mở menu' }).waitFor();
    expect(await s.page.evaluate(() => document.activeElement?.getAttribute('aria-controls'))).toBe(
      'main-nav',
    );
  });

  it('opens the offline GraphQL playground at /graphql and runs a query', async () => {
    await s.page.goto(`${env.baseUrl}/graphql`);
    await s.page.locator('.graphiql-container').waitFor();
    await s.page.waitForFunction(
      () =>
        (window as unknown as { monaco?: unknown }).monaco !== undefined ||
        document.querySelector('.monaco-editor'),
    );
    const editor = s.page.locator('.graphiql-query-editor .monaco-editor').first();
    await editor.click();
    await s.page.keyboard.press('Control+A');
    await s.page.keyboard.type('{ system { name');
    await s.page.keyboard.press('Control+Enter');
    await s.page
      .locator('.graphiql-response')
      .getByText('Cổng Dịch vụ công trực tuyến')
      .waitFor({ timeout: 20000 });

    // The docs come from introspection (the standard query is deeper than ordinary queries may be).
    await s.page.getByRole('button', { name: /documentation explorer/i }).click();
    const docs = s.page.locator('.graphiql-doc-explorer');
    await docs.getByRole('link', { name: 'Query' }).click();
    await docs.getByText('services', { exact: true }).waitFor();
    await docs.getByText('saveDossier', { exact: true }).waitFor({ state: 'detached' });
    expect(s.external).toEqual([]);
  });
});
