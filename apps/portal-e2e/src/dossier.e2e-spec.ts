import { randomBytes } from 'node:crypto';
import { e2eEnv } from './support/e2e-env';
import { CitizenAccount, registerCitizen } from './support/graphql-api';
import { logIn, pageForFile } from './support/page-session';

/** "Khai báo tạm vắng" from the seeded catalog: component 1 takes pdf/docx/jpg/png, 2 pdf/jpg/png. */
const SERVICE_CODE = '1.003677';
/** "Thủ tục yêu cầu trợ giúp pháp lý": three components (1 the request form, 2 proof, 3 case papers). */
const LEGAL_AID_CODE = '2.001680';
const LIST_URL = /\/ho-so-ca-nhan\/ho-so(\?.*)?$/;

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
  Buffer.alloc(256, 1),
]);

/** A citizen with a complete profile, verified by e-mail. */
function newCitizen() {
  const tag = randomBytes(4).toString('hex');
  return registerCitizen(
    {
      username: `hoso${tag}`,
      email: `hoso${tag}@example.vn`,
      password: 'mot cum tu that dai de nho',
      fullName: 'Trần Thị Hồ Sơ',
    },
    '1990-05-05',
  );
}

describe('dossiers: create, save, edit, delete, submit and track', () => {
  const env = e2eEnv();
  const s = pageForFile();
  let account: CitizenAccount;

  beforeAll(async () => {
    s.page.setDefaultTimeout(15000);
    account = await newCitizen();
    await logIn(s.page, env.baseUrl, account.username, account.password);
  }, 60000);

  /** Đăng ký on a service; when it already has a draft, the page asks first: `startNew` answers. */
  async function openIntakeForm(code = SERVICE_CODE, startNew = true): Promise<void> {
    await s.page.goto(`${env.baseUrl}/dich-vu-cong/${code}`);
    await s.page.getByTestId('apply').click();
    await s.page.waitForURL(/\/ho-so-ca-nhan\/ho-so\/tao-moi\//);
    await s.page.locator('[data-testid="intake-form"], [data-testid="draft-choice"]').first().waitFor();
    if (startNew && (await s.page.getByTestId('draft-choice').count())) {
      await s.page.getByRole('button', { name: 'Tạo hồ sơ mới' }).click();
    }
    if (startNew) await s.page.getByTestId('intake-form').waitFor();
  }

  async function saveAndReturn(): Promise<void> {
    await s.page.getByTestId('save-and-return').click();
    await s.page.waitForURL(LIST_URL);
    await s.page.getByTestId('dossier-table').waitFor();
  }

  it('creates a draft with a PDF and an image, prefilled from the profile, and saves it', async () => {
    await openIntakeForm();
    expect(await s.page.getByTestId('intake-service').textContent()).toContain('Khai báo tạm vắng');
    expect(await s.page.locator('#f-applicant-fullName').inputValue()).toBe('Trần Thị Hồ Sơ');
    await s.page.getByLabel('Nơi đến').fill('Thành phố Huế');
    await s.page
      .getByTestId('file-input-1')
      .setInputFiles({ name: 'to-khai-CT01.pdf', mimeType: 'application/pdf', buffer: PDF });
    await s.page
      .getByTestId('file-input-2')
      .setInputFiles({ name: 'van-ban-dong-y.png', mimeType: 'image/png', buffer: PNG });
    expect(await s.page.getByTestId('pending-file').count()).toBe(2);
    await saveAndReturn();
    expect(await s.page.getByTestId('flash').textContent()).toContain('Đã lưu hồ sơ');
    const rows = s.page.getByTestId('dossier-row');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('Khai báo tạm vắng');
    expect(await rows.first().locator('[data-status]').textContent()).toContain('Chưa gửi');
    // Told apart from other drafts: a summary from the form, created and last-saved times.
    expect(await rows.first().getByTestId('dossier-summary').textContent()).toBe('Thành phố Huế');
    expect(await rows.first().getByTestId('dossier-created').textContent()).toMatch(
      /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/,
    );
    expect(await rows.first().getByTestId('dossier-saved').textContent()).toMatch(
      /^Lưu lần cuối: \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/,
    );
    expect(s.external).toEqual([]);
  });

  it('edits the draft: the files are there, the rest of the form is filled in', async () => {
    await s.page.getByTestId('dossier-row').first().getByTestId('action-edit').click();
    await s.page.waitForURL(/\/sua$/);
    await s.page.getByTestId('intake-form').waitFor();
    expect(await s.page.getByTestId('existing-file').count()).toBe(2);
    expect(await s.page.getByLabel('Nơi đến').inputValue()).toBe('Thành phố Huế');
    await s.page.locator('#f-formData-fromDate').fill('2026-12-01');
    await s.page.locator('#f-formData-toDate').fill('2027-01-31');
    await s.page.locator('#f-formData-reason').selectOption('WORK');
    await saveAndReturn();
    expect(await s.page.getByTestId('dossier-row').count()).toBe(1);
  });

  it('offers the draft again on Đăng ký, or a new dossier', async () => {
    await openIntakeForm(SERVICE_CODE, false);
    const choice = s.page.getByTestId('draft-choice');
    await choice.waitFor();
    expect(await s.page.getByTestId('intake-form').count()).toBe(0);
    // The question has focus, so keyboard users start there.
    expect(await s.page.evaluate(() => document.activeElement?.id)).toBe('draft-choice-title');
    const option = choice.getByTestId('draft-option');
    expect(await option.count()).toBe(1);
    expect(await option.textContent()).toContain('Thành phố Huế');
    await choice.getByRole('button', { name: 'Tạo hồ sơ mới' }).focus();
    await s.page.keyboard.press('Enter');
    await s.page.getByTestId('intake-form').waitFor();
    await s.page.getByLabel('Nơi đến').fill('Nháp sẽ xóa');
    await saveAndReturn();
  });

  it('Gửi on an incomplete draft lists what is missing first, with links to the fields', async () => {
    const rows = s.page.getByTestId('dossier-row');
    expect(await rows.count()).toBe(2);
    await rows.first().getByTestId('action-submit').click();
    const dialog = s.page.getByRole('dialog', { name: 'Hồ sơ chưa đầy đủ' });
    await dialog.waitFor();
    expect(await dialog.getByTestId('confirm-submit').count()).toBe(0);
    const missing = dialog.getByTestId('missing-items');
    expect(await missing.textContent()).toContain('Thông tin: Tạm vắng từ ngày');
    await missing.getByRole('link', { name: 'Thông tin: Tạm vắng từ ngày' }).click();
    await s.page.waitForURL(/\/sua#f-formData-fromDate$/);
    await s.page.getByTestId('intake-form').waitFor();
    await s.page.waitForFunction(() => document.activeElement?.id === 'f-formData-fromDate');
    await s.page.goto(`${env.baseUrl}/ho-so-ca-nhan/ho-so`);
    await s.page.getByTestId('dossier-table').waitFor();
  });

  it('deletes another draft after confirmation', async () => {
    const rows = s.page.getByTestId('dossier-row');
    expect(await rows.count()).toBe(2);
    // Newest first: the draft just created.
    await rows.first().getByTestId('action-delete').click();
    const dialog = s.page.getByRole('dialog', { name: 'Xóa hồ sơ' });
    await dialog.waitFor();
    await dialog.getByTestId('confirm-delete').click();
    await s.page.getByTestId('flash').getByText('Đã xóa hồ sơ').waitFor();
    await s.page.waitForFunction(() => document.querySelectorAll('[data-testid="dossier-row"]').length === 1);
  });

  it('submits the draft, shows it under Đã gửi with its code and the first history step', async () => {
    await s.page.getByTestId('dossier-row').first().getByTestId('action-submit').click();
    const dialog = s.page.getByRole('dialog', { name: 'Gửi hồ sơ' });
    await dialog.waitFor();
    await dialog.getByTestId('confirm-submit').click();
    // The list moves to Đã gửi by itself, with the sent dossier highlighted and its new code.
    const flash = s.page.getByTestId('flash');
    await flash.getByText('Đã gửi hồ sơ').waitFor();
    await s.page.waitForURL(/tab=da-gui/);
    expect(await s.page.getByTestId('tab-sent').getAttribute('aria-current')).toBe('page');
    const row = s.page.locator('[data-testid="dossier-row"][data-highlight="true"]');
    await row.waitFor();
    expect(await row.locator('[data-status]').textContent()).toContain('Đã gửi');
    const code = ((await row.getByTestId('dossier-code').textContent()) ?? '').trim();
    expect(code).toMatch(/-\d{6}-\d{4}$/);
    expect(await flash.textContent()).toContain(code);

    // Quá trình XL from the confirmation, by the words on the button.
    await flash.getByRole('button', { name: /^Quá trình XL/ }).click();
    const fromFlash = s.page.getByRole('dialog', { name: /Quá trình xử lý hồ sơ/ });
    await fromFlash.getByTestId('history-step').first().waitFor();
    await fromFlash.getByRole('button', { name: 'Đóng' }).last().click();
    await s.page.waitForFunction(() => !document.querySelector('dialog[open]'));

    // The row's button: its accessible name starts with the visible words (voice control).
    await row.getByRole('button', { name: `Quá trình XL – hồ sơ ${code}` }).click();
    const history = s.page.getByRole('dialog', { name: /Quá trình xử lý hồ sơ/ });
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
    await s.page.getByTestId('dossier-detail').waitFor();
    expect(await s.page.getByTestId('detail-file').count()).toBe(2);
    expect(s.external).toEqual([]);
  });

  it('works with the keyboard: dialogs keep focus and give it back, the account menu opens with arrows', async () => {
    await s.page.goto(`${env.baseUrl}/ho-so-ca-nhan/ho-so?tab=da-gui`);
    const row = s.page.getByTestId('dossier-row').first();
    await row.waitFor();
    await row.getByTestId('action-history').focus();
    await s.page.keyboard.press('Enter');
    const history = s.page.getByRole('dialog', { name: /Quá trình xử lý hồ sơ/ });
    await history.getByTestId('history-step').first().waitFor();
    const focusInDialog = () => s.page.evaluate(() => !!document.activeElement?.closest('dialog'));
    expect(await focusInDialog()).toBe(true);
    for (let i = 0; i < 4; i++) {
      await s.page.keyboard.press('Tab');
      expect(await focusInDialog()).toBe(true);
    }
    await s.page.keyboard.press('Escape');
    await s.page.waitForFunction(() => !document.querySelector('dialog[open]'));
    await s.page.waitForFunction(
      () => document.activeElement?.getAttribute('data-testid') === 'action-history',
    );

    const menu = s.page.getByTestId('user-menu');
    await menu.focus();
    await s.page.keyboard.press('ArrowDown');
    await s.page.waitForFunction(() => document.activeElement?.textContent?.trim() === 'Hồ sơ cá nhân');
    await s.page.keyboard.press('ArrowDown');
    expect(await s.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'menu-my-dossiers',
    );
    await s.page.keyboard.press('Escape');
    await s.page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'user-menu');
    // Focus moves at once; aria-expanded follows on the next change detection (zoneless).
    await s.page.waitForFunction(
      () => document.querySelector('[data-testid="user-menu"]')?.getAttribute('aria-expanded') === 'false',
      undefined,
      { timeout: 2000 },
    );
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
  });

  it('types dates as dd/mm/yyyy in the intake form', async () => {
    await openIntakeForm();
    const from = s.page.locator('#f-formData-fromDate');
    await from.fill('1/12/2026');
    await from.blur();
    expect(await from.inputValue()).toBe('01/12/2026');
    await s.page.locator('#f-formData-toDate').fill('32/13/2026');
    await s.page.getByTestId('save-and-return').click();
    expect(await s.page.getByTestId('error-formData.toDate').textContent()).toContain('Ngày không hợp lệ');
    // Leave without saving (the page asks first).
    s.page.once('dialog', (d) => void d.accept());
    await s.page.getByTestId('nav-services').click();
    await s.page.waitForURL(/\/dich-vu-cong$/);
  });

  it('sends a user whose session ended to Đăng nhập with a message, then back to the page', async () => {
    await s.page.goto(`${env.baseUrl}/ho-so-ca-nhan/ho-so?tab=da-gui`);
    await s.page.getByTestId('dossier-row').first().waitFor();
    // The session ends (idle timeout, logged out elsewhere) while the page is open.
    await s.context.clearCookies();
    await s.page.getByTestId('tab-drafts').click();
    await s.page.waitForURL(/\/dang-nhap\?returnUrl=%2Fho-so-ca-nhan%2Fho-so$/);
    expect(await s.page.getByTestId('session-expired').textContent()).toContain('Phiên đăng nhập đã hết hạn');
    await s.page.getByTestId('nav-login').waitFor();
    expect(await s.page.title()).toBe('Đăng nhập | Cổng Dịch vụ công trực tuyến');

    await s.page.locator('#f-username').fill(account.username);
    await s.page.locator('#f-password').fill(account.password);
    await s.page.getByTestId('login-submit').click();
    await s.page.waitForURL(/\/ho-so-ca-nhan\/ho-so$/);
    await s.page.getByTestId('user-menu').getByText(account.fullName).waitFor();
    await s.page.getByRole('heading', { name: 'Hồ sơ đã đăng ký', level: 1 }).waitFor();
    expect(s.external).toEqual([]);
  });

  it('saves a file attached only to the second component, then one added to the third on Sửa', async () => {
    await openIntakeForm(LEGAL_AID_CODE);
    expect(await s.page.getByTestId('intake-service').textContent()).toContain(
      'Thủ tục yêu cầu trợ giúp pháp lý',
    );
    await s.page.getByLabel('Lĩnh vực pháp luật của vụ việc').fill('Đất đai');
    await s.page
      .getByTestId('file-input-2')
      .setInputFiles({ name: 'giay-chung-minh.pdf', mimeType: 'application/pdf', buffer: PDF });
    await s.page.getByRole('button', { name: 'Lưu và trở lại' }).click();
    await s.page.waitForURL(LIST_URL);
    expect(await s.page.getByTestId('flash').textContent()).toContain('Đã lưu hồ sơ');
    const row = s.page.getByTestId('dossier-row').filter({ hasText: 'trợ giúp pháp lý' });
    await row.waitFor();
    expect(await row.count()).toBe(1);
    expect(await row.getByTestId('dossier-summary').textContent()).toBe('Đất đai');

    await row.getByRole('link', { name: /^Sửa/ }).click();
    await s.page.waitForURL(/\/sua$/);
    await s.page.getByTestId('intake-form').waitFor();
    const files = (n: number) => s.page.getByTestId(`component-${n}`).getByTestId('existing-file');
    expect(await files(2).textContent()).toContain('giay-chung-minh.pdf');
    await s.page
      .getByTestId('file-input-3')
      .setInputFiles({ name: 'tai-lieu-vu-viec.png', mimeType: 'image/png', buffer: PNG });
    await s.page.getByRole('button', { name: 'Lưu và trở lại' }).click();
    await s.page.waitForURL(LIST_URL);
    expect(await s.page.getByTestId('flash').textContent()).toContain('Đã lưu hồ sơ');

    // Both files are there; Đăng ký again offers this draft.
    await openIntakeForm(LEGAL_AID_CODE, false);
    await s.page
      .getByTestId('draft-choice')
      .getByRole('link', { name: /^Tiếp tục hồ sơ đang soạn/ })
      .click();
    await s.page.waitForURL(/\/sua$/);
    await s.page.getByTestId('intake-form').waitFor();
    expect(await files(1).count()).toBe(0);
    expect(await files(2).allTextContents()).toEqual([expect.stringContaining('giay-chung-minh.pdf')]);
    expect(await files(3).allTextContents()).toEqual([expect.stringContaining('tai-lieu-vu-viec.png')]);
    expect(s.external).toEqual([]);
  });
});
