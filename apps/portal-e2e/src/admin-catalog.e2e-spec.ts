import { randomBytes, randomInt } from 'node:crypto';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { blockExternalRequests, launchBrowser } from './support/browser';
import { e2eEnv } from './support/e2e-env';
import { registerCitizen, sessionApi } from './support/graphql-api';
import { waitForMail } from './support/mail-text';
import { logIn } from './support/page-session';

/**
 * Issue 14 end to end: the demo admin (quantri) creates a procedure with two components and three
 * fields in the catalog console, reorders the fields (keyboard and drag), retires one and brings it
 * back; a citizen files a dossier for it; the admin invites an officer of the procedure's agency, who
 * sets a password through the e-mailed one-time link and finds the dossier in the queue; the
 * statistics show it.
 */

const DEMO_PASSWORD = 'Demo@2025';
/** Sở Tư pháp Thành phố Hà Nội in the seeded catalog. */
const AGENCY_CODE = '000.00.09.H26';
const tag = randomBytes(3).toString('hex');
const PROCEDURE_CODE = `9.${randomInt(100000, 999999)}`;
const PROCEDURE_NAME = `Thủ tục thử nghiệm bảng điều khiển ${tag}`;
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** A citizen with a complete profile (so the applicant block is prefilled), verified by e-mail. */
const newCitizen = () =>
  registerCitizen(
    {
      username: `dm${tag}${randomInt(100, 999)}`,
      email: `dm${tag}@example.vn`,
      password: 'mot cum tu that dai de nho',
      fullName: 'Phạm Thị Danh Mục',
    },
    '1988-03-03',
  );

describe('admin: catalog console, a dossier for the new procedure, an invited officer, statistics', () => {
  const env = e2eEnv();
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let admin: Page;
  let citizen: Page;
  let officer: Page;
  const external: string[] = [];
  let procedureId = '';
  let agencyId = '';
  let dossierCode = '';
  const officerEmail = `canbo${tag}@example.vn`;

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(15000);
    await blockExternalRequests(page, external);
    return page;
  }

  const gql = <T>(page: Page, query: string, variables: object = {}) =>
    sessionApi<T>(page.context(), env.baseUrl, query, variables);

  const fieldOrder = async () =>
    (
      await gql<{ service: { formFields: { key: string }[] } }>(
        admin,
        'query($id: ID!) { service(id: $id) { formFields { key } } }',
        { id: procedureId },
      )
    ).service.formFields.map((f) => f.key);

  beforeAll(async () => {
    browser = await launchBrowser();
    admin = await newPage();
    citizen = await newPage();
    officer = await newPage();
    await logIn(admin, env.baseUrl, 'quantri', DEMO_PASSWORD);
  }, 60000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  it('the admin creates a procedure from the catalog console', async () => {
    await admin.goto(`${env.baseUrl}/quan-tri`);
    await admin.getByRole('link', { name: 'Danh mục thủ tục' }).click();
    await admin.waitForURL(/\/quan-tri\/danh-muc\/co-quan$/);
    await admin.getByTestId('agencies-table').waitFor();
    // The agency tree: a diacritics-free search keeps the match and its parents.
    await admin.getByTestId('agencies-search').fill('so tu phap thanh pho ha noi');
    expect(await admin.getByTestId('agencies-table').textContent()).toContain('Sở Tư pháp');

    const { adminAgencies, adminSectors } = await gql<{
      adminAgencies: { id: string; code: string }[];
      adminSectors: { id: string; active: boolean }[];
    }>(admin, '{ adminAgencies { id code } adminSectors { id active } }');
    agencyId = present(
      adminAgencies.find((a) => a.code === AGENCY_CODE),
      AGENCY_CODE,
    ).id;

    await admin.getByTestId('tab-linh-vuc').click();
    await admin.getByTestId('sectors-table').waitFor();
    await admin.getByTestId('tab-thu-tuc').click();
    await admin.getByTestId('procedures-table').waitFor();
    await admin.getByTestId('procedures-add').click();
    await admin.waitForURL(/\/thu-tuc\/moi$/);
    // Checked in the browser first: an empty form is refused beside its fields, nothing is sent.
    await admin.getByTestId('procedure-save').click();
    await admin.getByTestId('error-procedure.code').waitFor();
    await admin.locator('#f-procedure-code').fill(PROCEDURE_CODE);
    await admin.locator('#f-procedure-name').fill(PROCEDURE_NAME);
    await admin.locator('#f-procedure-agencyId').selectOption(agencyId);
    await admin.locator('#f-procedure-sectorId').selectOption(
      present(
        adminSectors.find((s) => s.active),
        'an active sector',
      ).id,
    );
    await admin.locator('#f-procedure-processingDays').fill('5');
    await admin.locator('#f-procedure-resultDescription').fill('Văn bản trả lời');
    await admin.getByTestId('procedure-save').click();
    await admin.waitForURL(/\/thu-tuc\/[0-9a-f-]{36}$/);
    procedureId = present(/thu-tuc\/([0-9a-f-]{36})$/.exec(admin.url()), 'procedure id in the URL')[1];
    await admin.getByTestId('components-editor').waitFor();
  });

  it('adds two document components and three intake fields', async () => {
    for (const [name, required] of [
      ['Đơn đề nghị', true],
      ['Giấy tờ kèm theo', false],
    ] as const) {
      await admin.getByTestId('component-add').click();
      await admin.locator('#f-component-name').fill(name);
      if (!required) await admin.locator('#f-component-required').uncheck();
      await admin.getByTestId('component-save').click();
      await admin
        .getByTestId('components-table')
        .getByRole('rowheader', { name: new RegExp(name) })
        .waitFor();
    }
    // A template for the first component (multipart upload), then linked from its row.
    await admin
      .getByTestId('components-table')
      .locator('input[type="file"]')
      .first()
      .setInputFiles({ name: 'mau-don-de-nghi.pdf', mimeType: 'application/pdf', buffer: PDF });
    await admin.getByTestId('components-table').getByRole('link', { name: 'mau-don-de-nghi.pdf' }).waitFor();
    const fields: [string, string, string, boolean][] = [
      ['hoTenNguoiDeNghi', 'Họ tên người đề nghị', 'TEXT', true],
      ['ngayDeNghi', 'Ngày đề nghị', 'DATE', true],
      ['noiDung', 'Nội dung đề nghị', 'TEXTAREA', false],
    ];
    for (const [key, label, type, required] of fields) {
      await admin.getByTestId('field-add').click();
      await admin.locator('#f-field-key').fill(key);
      await admin.locator('#f-field-label').fill(label);
      await admin.locator('#f-field-type').selectOption(type);
      if (required) await admin.locator('#f-field-required').check();
      await admin.getByTestId('field-save').click();
      await admin.getByTestId(`field-row-${key}`).waitFor();
    }
    expect(await fieldOrder()).toEqual(['hoTenNguoiDeNghi', 'ngayDeNghi', 'noiDung']);
    // The preview draws the form with the citizen's field component.
    await admin.getByTestId('form-preview').locator('#f-preview-noiDung').waitFor();
  });

  it('reorders the fields by keyboard (announced) and by drag; the order is saved', async () => {
    await admin.getByTestId('field-row-noiDung').focus();
    await admin.keyboard.press('Alt+ArrowUp');
    await admin
      .getByTestId('reorder-status')
      .getByText('Đã chuyển “Nội dung đề nghị” tới vị trí 2 trên 3.')
      .waitFor();
    // The focus stays on the moved row.
    expect(await admin.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'field-row-noiDung',
    );
    for (let i = 0; i < 50 && (await fieldOrder()).join() !== 'hoTenNguoiDeNghi,noiDung,ngayDeNghi'; i++)
      await admin.waitForTimeout(100);
    expect(await fieldOrder()).toEqual(['hoTenNguoiDeNghi', 'noiDung', 'ngayDeNghi']);

    await admin.getByTestId('field-row-ngayDeNghi').dragTo(admin.getByTestId('field-row-hoTenNguoiDeNghi'));
    for (let i = 0; i < 50 && (await fieldOrder())[0] !== 'ngayDeNghi'; i++) await admin.waitForTimeout(100);
    expect(await fieldOrder()).toEqual(['ngayDeNghi', 'hoTenNguoiDeNghi', 'noiDung']);
    const preview = await admin
      .getByTestId('form-preview')
      .locator('app-form-field-input label')
      .allTextContents();
    expect(preview.map((l) => l.replace(/\s+/g, ' ').trim())[0]).toContain('Ngày đề nghị');
  });

  it('retires a field after a confirmation, lists it apart, and brings it back', async () => {
    const row = admin.getByTestId('field-row-noiDung');
    admin.once('dialog', (d) => void d.accept());
    await row.getByRole('button', { name: 'Ngừng Nội dung đề nghị' }).click();
    const retired = admin.getByTestId('field-retired-noiDung');
    await retired.waitFor();
    await row.waitFor({ state: 'detached' });
    expect(await fieldOrder()).toEqual(['ngayDeNghi', 'hoTenNguoiDeNghi']);
    await admin.getByTestId('form-preview').locator('#f-preview-noiDung').waitFor({ state: 'detached' });

    admin.once('dialog', (d) => {
      expect(d.message()).toBe('Cho “Nội dung đề nghị” hoạt động trở lại?');
      void d.accept();
    });
    await retired.getByRole('button', { name: 'Hoạt động lại Nội dung đề nghị' }).click();
    await row.waitFor();
    await retired.waitFor({ state: 'detached' });
    expect(await fieldOrder()).toEqual(['ngayDeNghi', 'hoTenNguoiDeNghi', 'noiDung']);
  });

  it('a citizen files (saves and sends) a dossier for the new procedure', async () => {
    const account = await newCitizen();
    await logIn(citizen, env.baseUrl, account.username, account.password);
    await citizen.goto(`${env.baseUrl}/dich-vu-cong/${PROCEDURE_CODE}`);
    await citizen.getByTestId('apply').click();
    await citizen.getByTestId('intake-form').waitFor();
    await citizen.locator('#f-formData-ngayDeNghi').fill('01/12/2026');
    await citizen.locator('#f-formData-hoTenNguoiDeNghi').fill('Phạm Thị Danh Mục');
    await citizen.locator('#f-formData-noiDung').fill(`Đề nghị thử nghiệm ${tag}`);
    await citizen
      .getByTestId('file-input-1')
      .setInputFiles({ name: 'don-de-nghi.pdf', mimeType: 'application/pdf', buffer: PDF });
    await citizen.getByTestId('save-and-return').click();
    await citizen.waitForURL(/\/ho-so-ca-nhan\/ho-so(\?.*)?$/);
    await citizen.getByTestId('dossier-row').first().getByTestId('action-submit').click();
    const dialog = citizen.getByRole('dialog', { name: 'Gửi hồ sơ' });
    await dialog.getByTestId('confirm-submit').click();
    await citizen.getByTestId('flash').getByText('Đã gửi hồ sơ').waitFor();
    const row = citizen.locator('[data-testid="dossier-row"][data-highlight="true"]');
    dossierCode = ((await row.getByTestId('dossier-code').textContent()) ?? '').trim();
    expect(dossierCode).toMatch(/-\d{6}-\d{4}$/);
  });

  it('the admin invites an officer of that agency, who sets a password and sees the dossier in the queue', async () => {
    await admin.goto(`${env.baseUrl}/quan-tri/tai-khoan`);
    await admin.locator('#invite-username').fill(`canbo${tag}`);
    await admin.locator('#invite-email').fill(officerEmail);
    await admin.locator('#invite-name').fill('Đỗ Văn Cán Bộ');
    await admin.locator('#invite-role').selectOption('OFFICER');
    await admin.locator('#invite-agency').selectOption(agencyId);
    await admin.getByTestId('invite-form').getByRole('button').click();
    await admin.getByRole('status').getByText(officerEmail).waitFor();

    const link = await waitForMail(
      env.mailDir,
      officerEmail,
      /https?:\/\/\S+\/dat-lai-mat-khau\?token=[\w%-]+/,
    );
    await officer.goto(link.replace(/^https?:\/\/[^/]+/, env.baseUrl));
    const password = `mat khau can bo moi ${tag}`;
    await officer.locator('#f-newPassword').fill(password);
    await officer.locator('#f-passwordConfirm').fill(password);
    await officer.locator('form.account-form button[type="submit"]').click();
    await officer.getByTestId('reset-done').waitFor();

    await logIn(officer, env.baseUrl, `canbo${tag}`, password);
    await officer.goto(`${env.baseUrl}/can-bo`);
    await officer.getByTestId('queue-filters').waitFor();
    // The demo data fills the queue: search the dossier by its code.
    await officer.locator('#q-search').fill(dossierCode);
    await officer.locator('#q-search').press('Enter');
    await officer.getByTestId('queue-table').waitFor();
    await officer.locator(`[data-testid="queue-row"][data-code="${dossierCode}"]`).waitFor();
  });

  it('the statistics show the dossier under its procedure', async () => {
    await officer.goto(`${env.baseUrl}/can-bo/thong-ke`);
    const table = officer.getByTestId('statistics-table');
    const row = table.locator('tbody tr', { has: officer.getByRole('rowheader', { name: PROCEDURE_NAME }) });
    await row.waitFor();
    // Received: the one dossier filed for the new procedure.
    expect((await row.locator('td').first().textContent())?.trim()).toBe('1');
    expect(external).toEqual([]);
  });
});

/** The value, or a failure naming what the page did not give. */
function present<T>(value: T | null | undefined, what: string): T {
  if (value == null) throw new Error(`missing: ${what}`);
  return value;
}
