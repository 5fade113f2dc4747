import { randomBytes, randomInt } from 'node:crypto';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { blockExternalRequests, launchBrowser } from './support/browser';
import { e2eEnv } from './support/e2e-env';
import { mailsTo } from './support/mail-capture';

/** "Khai báo tạm vắng" from the seeded catalog: component 1 takes pdf/docx/jpg/png, 2 pdf/jpg/png. */
const SERVICE_CODE = '1.003677';
const LIST_URL = /\/ho-so-ca-nhan\/ho-so(\?.*)?$/;

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
  Buffer.alloc(256, 1),
]);

async function api<T>(baseUrl: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** Quoted-printable soft breaks and escapes, enough to find a link in a captured e-mail. */
function decodeMail(raw: string): string {
  return raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** A citizen registered through the API (captcha answer of the e2e server) and verified by e-mail. */
async function registerCitizen(): Promise<{ username: string; password: string; fullName: string }> {
  const env = e2eEnv();
  const tag = randomBytes(4).toString('hex');
  const account = {
    username: `hoso${tag}`,
    email: `hoso${tag}@example.vn`,
    password: 'mot cum tu that dai de nho',
    fullName: 'Trần Thị Hồ Sơ',
  };
  const { captcha } = await api<{ captcha: { id: string } }>(env.baseUrl, '{ captcha { id } }');
  await api(env.baseUrl, 'mutation($input: RegisterInput!) { register(input: $input) { username } }', {
    input: {
      ...account,
      captchaId: captcha.id,
      captchaAnswer: env.captchaAnswer,
      citizenId: `001${String(randomInt(0, 1e9)).padStart(9, '0')}`,
      dateOfBirth: '1990-05-05',
      gender: 'FEMALE',
      phone: `09${String(randomInt(0, 1e8)).padStart(8, '0')}`,
      provinceCode: '01',
      commune: 'Phường Ba Đình',
      street: '1 Hoàng Hoa Thám',
    },
  });
  let token = '';
  for (let i = 0; i < 100 && !token; i++) {
    const mail = mailsTo(env.mailDir, account.email).map(decodeMail).join('\n');
    token = /token=([\w-]+)/.exec(mail)?.[1] ?? '';
    if (!token) await new Promise((r) => setTimeout(r, 100));
  }
  if (!token) throw new Error('No verification e-mail');
  await api(env.baseUrl, 'mutation($token: String!) { verifyEmail(token: $token) }', { token });
  return account;
}

describe('dossiers: create, save, edit, delete, submit and track', () => {
  const env = e2eEnv();
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let account: { username: string; password: string; fullName: string };
  const external: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    page = await context.newPage();
    page.setDefaultTimeout(15000);
    await blockExternalRequests(page, external);
    account = await registerCitizen();
    await page.goto(`${env.baseUrl}/dang-nhap`);
    await page.locator('#f-username').fill(account.username);
    await page.locator('#f-password').fill(account.password);
    await page.getByTestId('login-submit').click();
    await page.waitForURL((url) => !url.pathname.startsWith('/dang-nhap'));
  }, 60000);
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  async function openIntakeForm(): Promise<void> {
    await page.goto(`${env.baseUrl}/dich-vu-cong/${SERVICE_CODE}`);
    await page.getByTestId('apply').click();
    await page.waitForURL(/\/ho-so-ca-nhan\/ho-so\/tao-moi\//);
    await page.getByTestId('intake-form').waitFor();
  }

  async function saveAndReturn(): Promise<void> {
    await page.getByTestId('save-and-return').click();
    await page.waitForURL(LIST_URL);
    await page.getByTestId('dossier-table').waitFor();
  }

  it('creates a draft with a PDF and an image, prefilled from the profile, and saves it', async () => {
    await openIntakeForm();
    expect(await page.getByTestId('intake-service').textContent()).toContain('Khai báo tạm vắng');
    expect(await page.locator('#f-applicant-fullName').inputValue()).toBe('Trần Thị Hồ Sơ');
    await page.getByLabel('Nơi đến').fill('Thành phố Huế');
    await page
      .getByTestId('file-input-1')
      .setInputFiles({ name: 'to-khai-CT01.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page
      .getByTestId('file-input-2')
      .setInputFiles({ name: 'van-ban-dong-y.png', mimeType: 'image/png', buffer: PNG });
    expect(await page.getByTestId('pending-file').count()).toBe(2);
    await saveAndReturn();
    expect(await page.getByTestId('flash').textContent()).toContain('Đã lưu hồ sơ');
    const rows = page.getByTestId('dossier-row');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('Khai báo tạm vắng');
    expect(await rows.first().locator('[data-status]').textContent()).toContain('Chưa gửi');
    expect(external).toEqual([]);
  });

  it('edits the draft: the files are there, the rest of the form is filled in', async () => {
    await page.getByTestId('dossier-row').first().getByTestId('action-edit').click();
    await page.waitForURL(/\/sua$/);
    await page.getByTestId('intake-form').waitFor();
    expect(await page.getByTestId('existing-file').count()).toBe(2);
    expect(await page.getByLabel('Nơi đến').inputValue()).toBe('Thành phố Huế');
    await page.locator('#f-formData-fromDate').fill('2026-12-01');
    await page.locator('#f-formData-toDate').fill('2027-01-31');
    await page.locator('#f-formData-reason').selectOption('WORK');
    await saveAndReturn();
    expect(await page.getByTestId('dossier-row').count()).toBe(1);
  });

  it('deletes another draft after confirmation', async () => {
    await openIntakeForm();
    await page.getByLabel('Nơi đến').fill('Nháp sẽ xóa');
    await saveAndReturn();
    const rows = page.getByTestId('dossier-row');
    expect(await rows.count()).toBe(2);
    // Newest first: the draft just created.
    await rows.first().getByTestId('action-delete').click();
    const dialog = page.getByRole('dialog', { name: 'Xóa hồ sơ' });
    await dialog.waitFor();
    await dialog.getByTestId('confirm-delete').click();
    await page.getByTestId('flash').getByText('Đã xóa hồ sơ').waitFor();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="dossier-row"]').length === 1);
  });

  it('submits the draft, shows it under Đã gửi with its code and the first history step', async () => {
    await page.getByTestId('dossier-row').first().getByTestId('action-submit').click();
    const dialog = page.getByRole('dialog', { name: 'Gửi hồ sơ' });
    await dialog.waitFor();
    await dialog.getByTestId('confirm-submit').click();
    await page.getByTestId('flash').getByText('Đã gửi hồ sơ').waitFor();
    await page.getByTestId('empty').waitFor();

    await page.getByTestId('tab-sent').click();
    await page.waitForURL(/tab=da-gui/);
    const row = page.getByTestId('dossier-row').first();
    await row.waitFor();
    expect(await row.locator('[data-status]').textContent()).toContain('Đã gửi');
    expect(await row.getByTestId('dossier-code').textContent()).toMatch(/-\d{6}-\d{4}$/);

    await row.getByTestId('action-history').click();
    const history = page.getByRole('dialog', { name: /Quá trình xử lý hồ sơ/ });
    const step = history.getByTestId('history-step').first();
    await step.waitFor();
    const text = (await step.textContent()) ?? '';
    expect(text).toContain('Gửi hồ sơ');
    expect(text).toContain('Đã gửi');
    expect(text).toContain('Trần Thị Hồ Sơ');
    expect(text).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    await history.getByRole('button', { name: 'Đóng' }).last().click();

    // The detail page lists the files with download links.
    await row.getByTestId('dossier-code').click();
    await page.getByTestId('dossier-detail').waitFor();
    expect(await page.getByTestId('detail-file').count()).toBe(2);
    expect(external).toEqual([]);
  });

  it('works with the keyboard: dialogs keep focus and give it back, the account menu opens with arrows', async () => {
    await page.goto(`${env.baseUrl}/ho-so-ca-nhan/ho-so?tab=da-gui`);
    const row = page.getByTestId('dossier-row').first();
    await row.waitFor();
    await row.getByTestId('action-history').focus();
    await page.keyboard.press('Enter');
    const history = page.getByRole('dialog', { name: /Quá trình xử lý hồ sơ/ });
    await history.getByTestId('history-step').first().waitFor();
    const focusInDialog = () => page.evaluate(() => !!document.activeElement?.closest('dialog'));
    expect(await focusInDialog()).toBe(true);
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      expect(await focusInDialog()).toBe(true);
    }
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('dialog[open]'));
    await page.waitForFunction(
      () => document.activeElement?.getAttribute('data-testid') === 'action-history',
    );

    const menu = page.getByTestId('user-menu');
    await menu.focus();
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => document.activeElement?.textContent?.trim() === 'Hồ sơ cá nhân');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'menu-my-dossiers',
    );
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'user-menu');
    // Focus moves at once; aria-expanded follows on the next change detection (zoneless).
    await page.waitForFunction(
      () => document.querySelector('[data-testid="user-menu"]')?.getAttribute('aria-expanded') === 'false',
      undefined,
      { timeout: 2000 },
    );
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
  });

  it('types dates as dd/mm/yyyy in the intake form', async () => {
    await openIntakeForm();
    const from = page.locator('#f-formData-fromDate');
    await from.fill('1/12/2026');
    await from.blur();
    expect(await from.inputValue()).toBe('01/12/2026');
    await page.locator('#f-formData-toDate').fill('32/13/2026');
    await page.getByTestId('save-and-return').click();
    expect(await page.getByTestId('error-formData.toDate').textContent()).toContain('Ngày không hợp lệ');
    // Leave without saving (the page asks first).
    page.once('dialog', (d) => void d.accept());
    await page.getByTestId('nav-services').click();
    await page.waitForURL(/\/dich-vu-cong$/);
  });

  it('sends a user whose session ended to Đăng nhập with a message, then back to the page', async () => {
    await page.goto(`${env.baseUrl}/ho-so-ca-nhan/ho-so?tab=da-gui`);
    await page.getByTestId('dossier-row').first().waitFor();
    // The session ends (idle timeout, logged out elsewhere) while the page is open.
    await context.clearCookies();
    await page.getByTestId('tab-drafts').click();
    await page.waitForURL(/\/dang-nhap\?returnUrl=%2Fho-so-ca-nhan%2Fho-so$/);
    expect(await page.getByTestId('session-expired').textContent()).toContain('Phiên đăng nhập đã hết hạn');
    await page.getByTestId('nav-login').waitFor();
    expect(await page.title()).toBe('Đăng nhập | Cổng Dịch vụ công trực tuyến');

    await page.locator('#f-username').fill(account.username);
    await page.locator('#f-password').fill(account.password);
    await page.getByTestId('login-submit').click();
    await page.waitForURL(/\/ho-so-ca-nhan\/ho-so$/);
    await page.getByTestId('user-menu').getByText(account.fullName).waitFor();
    await page.getByRole('heading', { name: 'Hồ sơ đã đăng ký', level: 1 }).waitFor();
    expect(external).toEqual([]);
  });
});
