import { checkA11y } from './support/a11y';
import { e2eEnv } from './support/e2e-env';
import { pagePerTest } from './support/page-session';

/** Dịch vụ công trực tuyến on the seeded catalog: search, filters in the URL, the service page. */
describe('service catalog', () => {
  const env = e2eEnv();
  const s = pagePerTest();

  const rows = () => s.page.getByTestId('service-row');
  const firstRowName = () => rows().first().getByRole('link').first().textContent();

  it('searches without diacritics, filters through the URL, and opens a service with its components', async () => {
    await s.page.goto(`${env.baseUrl}/dich-vu-cong`);
    await s.page.getByRole('heading', { name: 'Dịch vụ công trực tuyến', level: 1 }).waitFor();
    await rows().first().waitFor();

    // Instant search, typed without diacritics: no need to press Enter.
    await s.page.getByTestId('service-search').fill('dang ky khai sinh');
    await s.page.waitForURL(/[?&]q=dang(\+|%20)ky(\+|%20)khai(\+|%20)sinh/);
    await s.page.getByTestId('result-count').getByText('dang ky khai sinh').waitFor();
    expect(await firstRowName()).toContain('Đăng ký khai sinh');
    const searched = await rows().count();
    expect(searched).toBeGreaterThanOrEqual(3);
    await checkA11y(s.page, 'service list, searched');

    // Filter by level and sector: both land in the URL and narrow the list.
    await s.page.getByLabel('Mức độ', { exact: true }).selectOption('FULL');
    await s.page.waitForURL(/muc-do=toan-trinh/);
    await s.page.getByLabel('Lĩnh vực', { exact: true }).selectOption('HO-TICH');
    await s.page.waitForURL(/linh-vuc=HO-TICH/);
    await s.page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
    const badges = await s.page.getByTestId('service-table').locator('app-level-badge').allTextContents();
    expect(badges.length).toBeGreaterThan(0);
    expect(badges.every((b) => b.trim() === 'Toàn trình')).toBe(true);
    expect(await rows().count()).toBeLessThanOrEqual(searched);

    // The URL is shareable: a fresh page on it shows the same state.
    const shared = s.page.url();
    const other = await s.context.newPage();
    await other.goto(shared);
    await other.getByTestId('service-row').first().waitFor();
    expect(await other.getByLabel('Mức độ', { exact: true }).inputValue()).toBe('FULL');
    expect(await other.getByTestId('service-search').inputValue()).toBe('dang ky khai sinh');
    await other.close();

    // Back undoes the sector filter.
    await s.page.goBack();
    await s.page.waitForURL((url) => !url.search.includes('linh-vuc'));
    await s.page.waitForFunction(
      () => (document.getElementById('filter-sector') as HTMLSelectElement).value === '',
    );
    expect(await s.page.getByLabel('Mức độ', { exact: true }).inputValue()).toBe('FULL');

    // Each row has a Đăng ký button to the service's intake form.
    const apply = rows().first().getByTestId('apply');
    expect(await apply.textContent()).toContain('Đăng ký');
    expect(await apply.getAttribute('href')).toMatch(/^\/ho-so-ca-nhan\/ho-so\/tao-moi\/[0-9a-f-]{36}$/);

    // Open the service: everything about it, with its components and required marks.
    await rows().first().getByRole('link', { name: 'Đăng ký khai sinh', exact: true }).click();
    await s.page.waitForURL(/\/dich-vu-cong\/1\.001193$/);
    await s.page.getByRole('heading', { name: 'Đăng ký khai sinh', level: 1 }).waitFor();
    const components = s.page.getByTestId('component-row');
    expect(await components.count()).toBeGreaterThanOrEqual(2);
    expect(await components.filter({ hasText: 'Giấy chứng sinh' }).getByText('Bắt buộc').isVisible()).toBe(
      true,
    );
    expect(
      await s.page.getByTestId('form-preview').getByText('Số định danh cá nhân của người mẹ').isVisible(),
    ).toBe(true);
    expect(await s.page.getByText('Luật Hộ tịch số 60/2014/QH13').isVisible()).toBe(true);
    expect(await s.page.getByTestId('apply').getAttribute('href')).toMatch(
      /^\/ho-so-ca-nhan\/ho-so\/tao-moi\//,
    );
    // The tab names the service; the breadcrumb leads back to the list.
    await s.page.waitForFunction(() => document.title === 'Đăng ký khai sinh | Cổng Dịch vụ công trực tuyến');
    expect(
      await s.page
        .getByRole('navigation', { name: 'Đường dẫn trang' })
        .getByRole('link', { name: 'Dịch vụ công trực tuyến' })
        .getAttribute('href'),
    ).toBe('/dich-vu-cong');
    await checkA11y(s.page, 'service detail');

    expect(s.external).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
  });

  it('sends a logged-out Đăng ký to Đăng nhập, then on to the intake form of that service', async () => {
    await s.page.goto(`${env.baseUrl}/dich-vu-cong?q=dang+ky+khai+sinh`);
    const row = rows().filter({ hasText: 'Mã: 1.001193' });
    await row.getByTestId('apply').click();
    await s.page.waitForURL(/\/dang-nhap\?returnUrl=%2Fho-so-ca-nhan%2Fho-so%2Ftao-moi%2F/);
    // The demo citizen seeded outside production (README).
    await s.page.locator('#f-username').fill('congdan');
    await s.page.locator('#f-password').fill('Demo@2025');
    await s.page.getByTestId('login-submit').click();
    await s.page.waitForURL(/\/ho-so-ca-nhan\/ho-so\/tao-moi\/[0-9a-f-]{36}$/);
    await s.page.getByRole('heading', { name: 'Đăng ký hồ sơ', level: 1 }).waitFor();
    await s.page.getByText('Đăng ký khai sinh').first().waitFor();
  });

  it('explains when nothing matches and offers to clear the search', async () => {
    await s.page.goto(`${env.baseUrl}/dich-vu-cong?q=khong+co+thu+tuc+nay+zzq`);
    const empty = s.page.getByTestId('no-results');
    await empty.waitFor();
    expect(await empty.textContent()).toContain('Không tìm thấy dịch vụ công phù hợp');
    await checkA11y(s.page, 'service list, no results');
    await empty.getByRole('button', { name: 'Xóa từ khóa' }).click();
    await rows().first().waitFor();
    expect(s.page.url()).not.toContain('q=');
  });

  it('shows sectors with counts and the most-used services on the home s.page, and searches from there', async () => {
    await s.page.goto(env.baseUrl);
    const popular = s.page.getByTestId('popular-services');
    await popular.getByRole('listitem').first().waitFor();
    expect(await popular.getByRole('listitem').count()).toBe(6);
    const hoTich = s.page.getByTestId('home-sectors').getByRole('link', { name: /^Hộ tịch/ });
    expect(await hoTich.textContent()).toMatch(/\d+ dịch vụ/);

    await s.page.getByTestId('home-search').fill('ly lich tu phap');
    await s.page.getByTestId('home-search').press('Enter');
    await s.page.waitForURL(/\/dich-vu-cong\?q=ly/);
    expect(await firstRowName()).toMatch(/lý lịch tư pháp/i);
  });

  it('stacks the list into cards on a phone, with the Đăng ký button in reach', async () => {
    await s.page.setViewportSize({ width: 390, height: 844 });
    await s.page.goto(`${env.baseUrl}/dich-vu-cong?linh-vuc=HO-TICH`);
    await rows().first().waitFor();
    expect(await s.page.locator('thead').first().isVisible()).toBe(false);
    const apply = rows().first().getByTestId('apply');
    const box = await apply.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    await checkA11y(s.page, 'service list (phone)');
  });

  it('speaks English after the switch', async () => {
    await s.page.goto(`${env.baseUrl}/dich-vu-cong/1.001193`);
    await s.page.getByTestId('lang-en').click();
    await s.page.getByRole('heading', { name: 'Required documents' }).waitFor();
    expect(await s.page.getByTestId('apply').textContent()).toContain('Apply');
    await checkA11y(s.page, 'service detail (en)');
  });
});
