import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { checkA11y } from './support/a11y';
import { e2eEnv } from './support/e2e-env';
import { waitForMail } from './support/mail-text';
import { pageForFile } from './support/page-session';

jest.setTimeout(120_000);

describe('accounts in the browser: register, verify, log in with remember me, edit the profile, log out', () => {
  const env = e2eEnv();
  const s = pageForFile();

  const tag = randomBytes(3).toString('hex');
  const user = {
    username: `e2e${tag}`,
    email: `e2e${tag}@example.vn`,
    password: 'mot cau mat khau de nho',
    fullName: 'Phạm Thị Thử Nghiệm',
  };

  it('registers through the form, with inline messages, the captcha and Lưu lại', async () => {
    await s.page.goto(env.baseUrl);
    await s.page.getByTestId('nav-register').click();
    await s.page.getByRole('heading', { name: 'Đăng ký tài khoản' }).waitFor();

    // Saving an empty form shows a message under each required field.
    await s.page.getByTestId('register-submit').click();
    await s.page.getByTestId('error-username').waitFor();
    expect(await s.page.getByTestId('error-citizenId').textContent()).toContain(
      'Vui lòng nhập thông tin này.',
    );
    expect(await s.page.locator('#f-username').getAttribute('aria-invalid')).toBe('true');
    await checkA11y(s.page, 'register, empty form saved');

    await s.page.getByLabel('Tên đăng nhập').fill(user.username);
    await s.page.getByLabel('E-mail').fill(user.email);
    await s.page.getByRole('textbox', { name: 'Mật khẩu', exact: true }).fill('matkhau123');
    await s.page.getByLabel('Nhập lại mật khẩu').fill(user.password);
    // The shared password rules run in the browser too.
    await s.page.getByTestId('error-password').getByText('quá phổ biến').waitFor();
    await s.page.getByRole('textbox', { name: 'Mật khẩu', exact: true }).fill(user.password);
    await s.page.getByLabel('Họ và tên').fill(user.fullName);
    await s.page.getByLabel('Số CCCD').fill(`0010${String(Date.now()).slice(-8)}`);
    await s.page.getByLabel('Ngày sinh').fill('15/05/1990');
    await s.page.getByLabel('Giới tính').selectOption('FEMALE');
    await s.page.getByLabel('Số điện thoại').fill('0912345678');
    await s.page.getByLabel('Tỉnh/Thành phố').selectOption({ label: 'Thành phố Hà Nội' });
    await s.page.getByLabel('Xã/Phường').fill('Phường Hoàn Kiếm');
    await s.page.getByLabel('Địa chỉ (số nhà, đường, thôn/xóm)').fill('1 Tràng Tiền');
    await s.page.getByTestId('captcha-image').waitFor();
    await s.page.getByLabel('Mã xác nhận').fill(env.captchaAnswer);
    // Consent to the privacy notice is required: without the tick nothing is sent.
    await s.page.getByRole('button', { name: 'Lưu lại' }).click();
    await s.page.getByTestId('error-privacyConsent').getByText('Chính sách bảo vệ dữ liệu cá nhân').waitFor();
    expect(await s.page.getByTestId('privacy-link').getAttribute('href')).toBe('/chinh-sach-bao-ve-du-lieu');
    await s.page.getByRole('checkbox', { name: /Tôi đã đọc và đồng ý/ }).check();
    await s.page.getByRole('button', { name: 'Lưu lại' }).click();

    const done = s.page.getByTestId('register-done');
    await done.waitFor();
    expect(await done.textContent()).toContain(user.email);
  });

  it('verifies the e-mail through the link in the captured mail', async () => {
    const mail = await waitForMail(env.mailDir, user.email);
    const link = /https?:\/\/\S+\/xac-thuc-email\?token=[A-Za-z0-9_%-]+/.exec(mail)?.[0] ?? '';
    expect(link.startsWith(`${env.baseUrl}/xac-thuc-email?token=`)).toBe(true);
    await s.page.goto(link);
    await s.page.getByTestId('verify-done').waitFor();
  });

  it('logs in with "Tự động đăng nhập lần sau" and gets a persistent session cookie', async () => {
    await s.page.getByTestId('verify-login').click();
    await s.page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    await s.page.getByLabel('Tên đăng nhập hoặc e-mail').fill(user.username);
    await s.page.getByLabel('Mật khẩu').fill(user.password);
    await s.page.getByLabel('Tự động đăng nhập lần sau').check();
    await checkA11y(s.page, 'login');
    await s.page.getByTestId('login-submit').click();

    await s.page.getByTestId('user-menu').getByText(user.fullName).waitFor();
    const cookie = (await s.context.cookies()).find((c) => c.name === 'dvc_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    expect((cookie?.expires ?? 0) * 1000 - Date.now()).toBeGreaterThan(29 * 86_400_000);
  });

  it('edits the profile from the user menu, dates as dd/MM/yyyy', async () => {
    await s.page.getByTestId('user-menu').click();
    await s.page.getByRole('link', { name: 'Hồ sơ cá nhân' }).click();
    await s.page.getByRole('heading', { name: 'Hồ sơ cá nhân' }).waitFor();
    expect(await s.page.getByTestId('profile-username').textContent()).toBe(user.username);
    // The form fills in once the profile has loaded.
    await s.page.waitForFunction(
      () => (document.querySelector('#f-dateOfBirth') as HTMLInputElement | null)?.value !== '',
    );
    expect(await s.page.getByLabel('Ngày sinh').inputValue()).toBe('15/05/1990');

    await s.page.getByLabel('Số điện thoại').fill('12');
    await s.page.getByTestId('profile-submit').click();
    await s.page.getByTestId('error-phone').waitFor();
    await checkA11y(s.page, 'profile with an error');

    await s.page.getByLabel('Họ và tên').fill('Phạm Thị Đã Sửa');
    await s.page.getByLabel('Số điện thoại').fill('0987654321');
    await s.page.getByLabel('Ngày sinh').fill('01/02/1991');
    await s.page.getByLabel('Tỉnh/Thành phố').selectOption({ label: 'Thành phố Đà Nẵng' });
    await s.page.getByLabel('Xã/Phường').fill('Phường Hải Châu');
    await s.page.getByTestId('profile-submit').click();
    await s.page.getByTestId('profile-saved').waitFor();
    await s.page.getByTestId('user-menu').getByText('Phạm Thị Đã Sửa').waitFor();

    await s.page.reload();
    await s.page.getByRole('heading', { name: 'Hồ sơ cá nhân' }).waitFor();
    await s.page.waitForFunction(
      () => (document.querySelector('#f-phone') as HTMLInputElement | null)?.value === '0987654321',
    );
    expect(await s.page.getByLabel('Ngày sinh').inputValue()).toBe('01/02/1991');
    expect(await s.page.getByLabel('Tỉnh/Thành phố').inputValue()).toBe('48');
  });

  it('logs out; a page that needs a login then sends to Đăng nhập and back', async () => {
    await s.page.getByTestId('user-menu').click();
    await s.page.getByTestId('menu-logout').click();
    await s.page.getByTestId('logout-done').waitFor();
    await s.page.getByTestId('nav-login').waitFor();
    expect((await s.context.cookies()).find((c) => c.name === 'dvc_session')).toBeUndefined();

    await s.page.goto(`${env.baseUrl}/ho-so-ca-nhan/doi-mat-khau`);
    await s.page.waitForURL(/\/dang-nhap\?returnUrl=%2Fho-so-ca-nhan%2Fdoi-mat-khau/);
    await s.page.getByLabel('Tên đăng nhập hoặc e-mail').fill(user.email);
    await s.page.getByLabel('Mật khẩu').fill(user.password);
    await s.page.getByTestId('login-submit').click();
    await s.page.waitForURL(/\/ho-so-ca-nhan\/doi-mat-khau$/);
    await s.page.getByRole('heading', { name: 'Đổi mật khẩu' }).waitFor();

    expect(s.external).toEqual([]);
    expect(s.consoleErrors.filter((e) => !/status of 4\d\d/.test(e))).toEqual([]);
  });

  it('opens the privacy notice from the footer', async () => {
    await s.page.getByTestId('footer-privacy').click();
    await s.page.waitForURL(/\/chinh-sach-bao-ve-du-lieu$/);
    await s.page.getByRole('heading', { name: 'Chính sách bảo vệ dữ liệu cá nhân', level: 1 }).waitFor();
    const notice = await s.page.getByTestId('privacy-notice').textContent();
    expect(notice).toContain('Nghị định 13/2023/NĐ-CP');
    expect(notice).toContain('91/2025/QH15');
    expect(notice).toContain('Thời gian lưu trữ');
    await checkA11y(s.page, 'privacy notice');
  });

  it('downloads the personal data as a ZIP, then deletes the account after the password dialog', async () => {
    await s.page.getByTestId('user-menu').click();
    await s.page.getByTestId('menu-personal-data').click();
    await s.page.getByRole('heading', { name: 'Dữ liệu cá nhân', level: 1 }).waitFor();
    const [download] = await Promise.all([
      s.page.waitForEvent('download'),
      s.page.getByTestId('export-button').click(),
    ]);
    const zip = readFileSync(await download.path());
    expect(zip.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(zip.includes(Buffer.from('du-lieu-ca-nhan.json'))).toBe(true);
    await s.page.getByTestId('export-ready').waitFor();

    await s.page.getByTestId('delete-button').click();
    await s.page.getByRole('dialog', { name: 'Xác nhận xóa tài khoản' }).waitFor();
    await checkA11y(s.page, 'personal data, delete dialog');
    await s.page.getByLabel('Mật khẩu hiện tại').fill('khong dung');
    await s.page.getByTestId('delete-confirm').click();
    await s.page.getByTestId('error-password').waitFor();
    await s.page.getByLabel('Mật khẩu hiện tại').fill(user.password);
    await s.page.getByTestId('delete-confirm').click();
    await s.page.getByTestId('account-deleted').waitFor();
    await s.page.getByTestId('nav-login').waitFor();
    expect((await s.context.cookies()).find((c) => c.name === 'dvc_session')).toBeUndefined();
  });
});
