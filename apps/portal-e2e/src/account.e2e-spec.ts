import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { checkA11y } from './support/a11y';
import { blockExternalRequests, launchBrowser } from './support/browser';
import { e2eEnv } from './support/e2e-env';
import { mailsTo } from './support/mail-capture';

/** The body of a raw (quoted-printable) mail as text. */
function decodeQuotedPrintable(raw: string): string {
  const unfolded = raw.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < unfolded.length; i++) {
    const hex = unfolded.slice(i + 1, i + 3);
    if (unfolded[i] === '=' && /^[0-9A-F]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(...Buffer.from(unfolded[i], 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

async function waitForMail(dir: string, address: string): Promise<string> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const [mail] = mailsTo(dir, address);
    if (mail) return decodeQuotedPrintable(mail);
    if (Date.now() > deadline) throw new Error(`No mail to ${address}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

jest.setTimeout(120_000);

describe('accounts in the browser: register, verify, log in with remember me, edit the profile, log out', () => {
  const env = e2eEnv();
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const external: string[] = [];
  const consoleErrors: string[] = [];

  const tag = randomBytes(3).toString('hex');
  const user = {
    username: `e2e${tag}`,
    email: `e2e${tag}@example.vn`,
    password: 'mot cau mat khau de nho',
    fullName: 'Phạm Thị Thử Nghiệm',
  };

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    await blockExternalRequests(page, external);
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('registers through the form, with inline messages, the captcha and Lưu lại', async () => {
    await page.goto(env.baseUrl);
    await page.getByTestId('nav-register').click();
    await page.getByRole('heading', { name: 'Đăng ký tài khoản' }).waitFor();

    // Saving an empty form shows a message under each required field.
    await page.getByTestId('register-submit').click();
    await page.getByTestId('error-username').waitFor();
    expect(await page.getByTestId('error-citizenId').textContent()).toContain('Vui lòng nhập thông tin này.');
    expect(await page.locator('#f-username').getAttribute('aria-invalid')).toBe('true');
    await checkA11y(page, 'register, empty form saved');

    await page.getByLabel('Tên đăng nhập').fill(user.username);
    await page.getByLabel('E-mail').fill(user.email);
    await page.getByRole('textbox', { name: 'Mật khẩu', exact: true }).fill('matkhau123');
    await page.getByLabel('Nhập lại mật khẩu').fill(user.password);
    // The shared password rules run in the browser too.
    await page.getByTestId('error-password').getByText('quá phổ biến').waitFor();
    await page.getByRole('textbox', { name: 'Mật khẩu', exact: true }).fill(user.password);
    await page.getByLabel('Họ và tên').fill(user.fullName);
    await page.getByLabel('Số CCCD').fill(`0010${String(Date.now()).slice(-8)}`);
    await page.getByLabel('Ngày sinh').fill('15/05/1990');
    await page.getByLabel('Giới tính').selectOption('FEMALE');
    await page.getByLabel('Số điện thoại').fill('0912345678');
    await page.getByLabel('Tỉnh/Thành phố').selectOption({ label: 'Thành phố Hà Nội' });
    await page.getByLabel('Xã/Phường').fill('Phường Hoàn Kiếm');
    await page.getByLabel('Địa chỉ (số nhà, đường, thôn/xóm)').fill('1 Tràng Tiền');
    await page.getByTestId('captcha-image').waitFor();
    await page.getByLabel('Mã xác nhận').fill(env.captchaAnswer);
    // Consent to the privacy notice is required: without the tick nothing is sent.
    await page.getByRole('button', { name: 'Lưu lại' }).click();
    await page.getByTestId('error-privacyConsent').getByText('Chính sách bảo vệ dữ liệu cá nhân').waitFor();
    expect(await page.getByTestId('privacy-link').getAttribute('href')).toBe('/chinh-sach-bao-ve-du-lieu');
    await page.getByRole('checkbox', { name: /Tôi đã đọc và đồng ý/ }).check();
    await page.getByRole('button', { name: 'Lưu lại' }).click();

    const done = page.getByTestId('register-done');
    await done.waitFor();
    expect(await done.textContent()).toContain(user.email);
  });

  it('verifies the e-mail through the link in the captured mail', async () => {
    const mail = await waitForMail(env.mailDir, user.email);
    const link = /https?:\/\/\S+\/xac-thuc-email\?token=[A-Za-z0-9_%-]+/.exec(mail)?.[0] ?? '';
    expect(link.startsWith(`${env.baseUrl}/xac-thuc-email?token=`)).toBe(true);
    await page.goto(link);
    await page.getByTestId('verify-done').waitFor();
  });

  it('logs in with "Tự động đăng nhập lần sau" and gets a persistent session cookie', async () => {
    await page.getByTestId('verify-login').click();
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    await page.getByLabel('Tên đăng nhập hoặc e-mail').fill(user.username);
    await page.getByLabel('Mật khẩu').fill(user.password);
    await page.getByLabel('Tự động đăng nhập lần sau').check();
    await checkA11y(page, 'login');
    await page.getByTestId('login-submit').click();

    await page.getByTestId('user-menu').getByText(user.fullName).waitFor();
    const cookie = (await context.cookies()).find((c) => c.name === 'dvc_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    expect((cookie?.expires ?? 0) * 1000 - Date.now()).toBeGreaterThan(29 * 86_400_000);
  });

  it('edits the profile from the user menu, dates as dd/MM/yyyy', async () => {
    await page.getByTestId('user-menu').click();
    await page.getByRole('link', { name: 'Hồ sơ cá nhân' }).click();
    await page.getByRole('heading', { name: 'Hồ sơ cá nhân' }).waitFor();
    expect(await page.getByTestId('profile-username').textContent()).toBe(user.username);
    // The form fills in once the profile has loaded.
    await page.waitForFunction(
      () => (document.querySelector('#f-dateOfBirth') as HTMLInputElement | null)?.value !== '',
    );
    expect(await page.getByLabel('Ngày sinh').inputValue()).toBe('15/05/1990');

    await page.getByLabel('Số điện thoại').fill('12');
    await page.getByTestId('profile-submit').click();
    await page.getByTestId('error-phone').waitFor();
    await checkA11y(page, 'profile with an error');

    await page.getByLabel('Họ và tên').fill('Phạm Thị Đã Sửa');
    await page.getByLabel('Số điện thoại').fill('0987654321');
    await page.getByLabel('Ngày sinh').fill('01/02/1991');
    await page.getByLabel('Tỉnh/Thành phố').selectOption({ label: 'Thành phố Đà Nẵng' });
    await page.getByLabel('Xã/Phường').fill('Phường Hải Châu');
    await page.getByTestId('profile-submit').click();
    await page.getByTestId('profile-saved').waitFor();
    await page.getByTestId('user-menu').getByText('Phạm Thị Đã Sửa').waitFor();

    await page.reload();
    await page.getByRole('heading', { name: 'Hồ sơ cá nhân' }).waitFor();
    await page.waitForFunction(
      () => (document.querySelector('#f-phone') as HTMLInputElement | null)?.value === '0987654321',
    );
    expect(await page.getByLabel('Ngày sinh').inputValue()).toBe('01/02/1991');
    expect(await page.getByLabel('Tỉnh/Thành phố').inputValue()).toBe('48');
  });

  it('logs out; a page that needs a login then sends to Đăng nhập and back', async () => {
    await page.getByTestId('user-menu').click();
    await page.getByTestId('menu-logout').click();
    await page.getByTestId('logout-done').waitFor();
    await page.getByTestId('nav-login').waitFor();
    expect((await context.cookies()).find((c) => c.name === 'dvc_session')).toBeUndefined();

    await page.goto(`${env.baseUrl}/ho-so-ca-nhan/doi-mat-khau`);
    await page.waitForURL(/\/dang-nhap\?returnUrl=%2Fho-so-ca-nhan%2Fdoi-mat-khau/);
    await page.getByLabel('Tên đăng nhập hoặc e-mail').fill(user.email);
    await page.getByLabel('Mật khẩu').fill(user.password);
    await page.getByTestId('login-submit').click();
    await page.waitForURL(/\/ho-so-ca-nhan\/doi-mat-khau$/);
    await page.getByRole('heading', { name: 'Đổi mật khẩu' }).waitFor();

    expect(external).toEqual([]);
    expect(consoleErrors.filter((e) => !/status of 4\d\d/.test(e))).toEqual([]);
  });

  it('opens the privacy notice from the footer', async () => {
    await page.getByTestId('footer-privacy').click();
    await page.waitForURL(/\/chinh-sach-bao-ve-du-lieu$/);
    await page.getByRole('heading', { name: 'Chính sách bảo vệ dữ liệu cá nhân', level: 1 }).waitFor();
    const notice = await page.getByTestId('privacy-notice').textContent();
    expect(notice).toContain('Nghị định 13/2023/NĐ-CP');
    expect(notice).toContain('91/2025/QH15');
    expect(notice).toContain('Thời gian lưu trữ');
    await checkA11y(page, 'privacy notice');
  });

  it('downloads the personal data as a ZIP, then deletes the account after the password dialog', async () => {
    await page.getByTestId('user-menu').click();
    await page.getByTestId('menu-personal-data').click();
    await page.getByRole('heading', { name: 'Dữ liệu cá nhân', level: 1 }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-button').click(),
    ]);
    const zip = readFileSync(await download.path());
    expect(zip.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(zip.includes(Buffer.from('du-lieu-ca-nhan.json'))).toBe(true);
    await page.getByTestId('export-ready').waitFor();

    await page.getByTestId('delete-button').click();
    await page.getByRole('dialog', { name: 'Xác nhận xóa tài khoản' }).waitFor();
    await checkA11y(page, 'personal data, delete dialog');
    await page.getByLabel('Mật khẩu hiện tại').fill('khong dung');
    await page.getByTestId('delete-confirm').click();
    await page.getByTestId('error-password').waitFor();
    await page.getByLabel('Mật khẩu hiện tại').fill(user.password);
    await page.getByTestId('delete-confirm').click();
    await page.getByTestId('account-deleted').waitFor();
    await page.getByTestId('nav-login').waitFor();
    expect((await context.cookies()).find((c) => c.name === 'dvc_session')).toBeUndefined();
  });
});
