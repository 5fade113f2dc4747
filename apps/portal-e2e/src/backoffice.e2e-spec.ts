import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { checkA11y } from './support/a11y';
import { blockExternalRequests, launchBrowser } from './support/browser';
import { e2eEnv } from './support/e2e-env';
import { sessionApi } from './support/graphql-api';
import { logIn } from './support/page-session';

/**
 * Issue 9 end to end, with two browsers side by side: the demo officer (canbo, Sở Tư pháp Thành phố
 * Hà Nội) receives a dossier of the demo citizen (congdan) and asks for one more document; the
 * citizen sees the comment, adds the file and sends again; the officer issues the result as a PDF;
 * the citizen's bell and open dossier page follow without a reload, the result downloads
 * byte-for-byte, and the citizen rates it.
 */

/** "Thủ tục yêu cầu trợ giúp pháp lý", addressed to Sở Tư pháp Thành phố Hà Nội (000.00.09.H26). */
const SERVICE_CODE = '2.001680';
const PASSWORD = 'Demo@2025';
const tag = randomBytes(3).toString('hex');
const pdf = (text: string) =>
  Buffer.from(`%PDF-1.7\n% ${text}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`);
const APPLICATION_PDF = pdf(`don yeu cau ${tag}`);
const PROOF_PDF = pdf(`giay chung nhan ho ngheo ${tag}`);
/** A real 1×1 PNG, so the officer's inline preview has something to decode. */
const SUPPLEMENT_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const RESULT_PDF = pdf(`van ban thu ly ${tag} ${randomBytes(64).toString('base64')}`);
const COMMENT = `Bản chụp giấy chứng nhận hộ nghèo bị mờ, vui lòng tải bản rõ nét (${tag}).`;

describe('back office: receive, supplement, complete, follow live and rate', () => {
  const env = e2eEnv();
  let browser: Browser;
  let officerContext: BrowserContext;
  let citizenContext: BrowserContext;
  let officer: Page;
  let citizen: Page;
  const external: string[] = [];
  let dossier: { id: string; code: string };

  const login = (page: Page, username: string) => logIn(page, env.baseUrl, username, PASSWORD);
  /** A GraphQL call with the context's session cookie. */
  const gql = <T>(context: BrowserContext, query: string, variables: object = {}) =>
    sessionApi<T>(context, env.baseUrl, query, variables);

  /** Confirms an action dialog and waits for the page's answer; a refusal fails with its message. */
  async function confirmAction(dialog: Locator, done: string): Promise<void> {
    await dialog.getByTestId('action-confirm').click();
    const flash = officer.getByTestId('review-flash').getByText(done);
    const error = officer.getByTestId('action-error');
    await flash.or(error).first().waitFor();
    if (await error.count()) throw new Error(`The action was refused: ${await error.textContent()}`);
  }

  async function bellCount(page: Page): Promise<number> {
    const badge = page.getByTestId('bell-count');
    return (await badge.count()) ? Number(await badge.textContent()) : 0;
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    officerContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    citizenContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    officer = await officerContext.newPage();
    citizen = await citizenContext.newPage();
    for (const page of [officer, citizen]) {
      page.setDefaultTimeout(15000);
      await blockExternalRequests(page, external);
    }
    await login(citizen, 'congdan');
    await login(officer, 'canbo');
  }, 60000);

  afterAll(async () => {
    await officerContext?.close();
    await citizenContext?.close();
    await browser?.close();
  });

  it('the citizen sends a legal-aid dossier with its two required documents', async () => {
    const { serviceByCode: service } = await gql<{
      serviceByCode: { id: string; components: { id: string; position: number }[] };
    }>(
      citizenContext,
      'query($code: String!) { serviceByCode(code: $code) { id components { id position } } }',
      {
        code: SERVICE_CODE,
      },
    );
    const [c1, c2] = [...service.components].sort((a, b) => a.position - b.position);
    const query = 'mutation($input: SaveDossierInput!) { saveDossier(input: $input) { id version } }';
    const input = {
      serviceId: service.id,
      formData: {
        beneficiaryGroup: 'POOR',
        assistanceForm: 'ADVICE',
        caseSummary: `Tranh chấp ranh giới đất với hộ liền kề, cần tư vấn pháp luật (${tag}).`,
      },
      components: [
        { componentId: c1.id, newFiles: [null] },
        { componentId: c2.id, newFiles: [null] },
      ],
    };
    // Part names that are not array indexes keep their order: operations, map, then the files.
    const res = await citizenContext.request.post(`${env.baseUrl}/graphql`, {
      headers: { 'apollo-require-preflight': 'true' },
      multipart: {
        operations: JSON.stringify({ query, variables: { input } }),
        map: JSON.stringify({
          f1: ['variables.input.components.0.newFiles.0'],
          f2: ['variables.input.components.1.newFiles.0'],
        }),
        f1: { name: 'don-yeu-cau.pdf', mimeType: 'application/pdf', buffer: APPLICATION_PDF },
        f2: { name: 'giay-chung-nhan-ho-ngheo.pdf', mimeType: 'application/pdf', buffer: PROOF_PDF },
      },
    });
    const saved = (await res.json()) as { data?: { saveDossier: { id: string } }; errors?: unknown };
    expect(saved.errors).toBeUndefined();
    const id = saved.data?.saveDossier.id ?? '';
    const sent = await gql<{ submitDossier: { code: string; status: string } }>(
      citizenContext,
      'mutation($id: ID!) { submitDossier(id: $id) { code status } }',
      { id },
    );
    expect(sent.submitDossier.status).toBe('SUBMITTED');
    dossier = { id, code: sent.submitDossier.code };
  });

  it('the officer finds it in the queue, reviews it and receives it', async () => {
    await officer.getByTestId('nav-officer').click();
    await officer.waitForURL(/\/can-bo$/);
    await officer.getByTestId('queue-tabs').waitFor();
    expect(await officer.getByTestId('tab-SUBMITTED').textContent()).toMatch(/Đã gửi \(\d+\)/);
    await officer.getByLabel('Tìm kiếm').fill(dossier.code);
    await officer.getByRole('search').getByRole('button', { name: 'Tìm kiếm' }).click();
    await officer.waitForURL(/q=/);
    const row = officer.locator(`[data-testid="queue-row"][data-code="${dossier.code}"]`);
    await row.waitFor();
    expect(await officer.getByTestId('queue-row').count()).toBe(1);
    expect(await row.textContent()).toContain('Nguyễn Văn An');
    await checkA11y(officer, 'officer queue');
    // On a phone the table stacks: each cell carries its column's name.
    await officer.setViewportSize({ width: 390, height: 844 });
    expect(await row.locator('td').first().getAttribute('data-label')).toBe('Mã hồ sơ');
    expect(
      await row
        .locator('td')
        .first()
        .evaluate((td) => getComputedStyle(td).display),
    ).toBe('flex');
    await checkA11y(officer, 'officer queue (phone)');
    await officer.setViewportSize({ width: 1280, height: 900 });

    await row.getByTestId('queue-code').click();
    await officer.getByTestId('officer-review').waitFor();
    const review = (await officer.getByTestId('officer-review').textContent()) ?? '';
    expect(review).toContain('Tóm tắt nội dung vụ việc');
    expect(review).toContain('Người thuộc hộ nghèo');
    expect(review).toContain('giay-chung-nhan-ho-ngheo.pdf');
    // Only what the officer may do now: receive (or reject, or ask for more) — not complete.
    expect(await officer.getByTestId('action-RECEIVE').count()).toBe(1);
    expect(await officer.getByTestId('action-COMPLETE').count()).toBe(0);

    await officer.getByTestId('action-RECEIVE').click();
    const dialog = officer.getByRole('dialog', { name: 'Tiếp nhận' });
    await dialog.waitFor();
    await dialog.getByTestId('action-note').fill('Hồ sơ đủ điều kiện tiếp nhận.');
    await confirmAction(dialog, 'Đã tiếp nhận hồ sơ');
    expect(await officer.getByTestId('review-status').textContent()).toContain('Đã tiếp nhận');
  });

  it('the officer asks for a clearer copy of one document', async () => {
    await officer.getByTestId('action-REQUEST_SUPPLEMENT').click();
    const dialog = officer.getByRole('dialog', { name: 'Yêu cầu bổ sung hồ sơ' });
    await dialog.waitFor();
    // Sent empty: the row says what is missing and nothing is sent.
    await dialog.getByTestId('action-confirm').click();
    await dialog.getByText('Hãy chọn thành phần hoặc trường.').waitFor();
    await dialog
      .getByTestId('supplement-target')
      .selectOption({ label: '2. Giấy tờ chứng minh thuộc diện người được trợ giúp pháp lý' });
    await dialog.getByTestId('supplement-comment').fill(COMMENT);
    await checkA11y(officer, 'officer supplement dialog');
    await confirmAction(dialog, 'Đã gửi yêu cầu bổ sung');
    expect(await officer.getByTestId('review-supplement').textContent()).toContain(COMMENT);
  });

  it('the citizen sees the comment beside the document, adds the file and sends again', async () => {
    await citizen.goto(`${env.baseUrl}/ho-so-ca-nhan/ho-so/${dossier.id}`);
    await citizen.getByTestId('supplement-comments').waitFor();
    expect(await citizen.getByTestId('supplement-comments').textContent()).toContain(COMMENT);
    expect(await citizen.getByTestId('component-comment-2').textContent()).toContain(COMMENT);
    await checkA11y(citizen, 'citizen dossier with a supplement request');

    await citizen.getByTestId('detail-supplement').click();
    await citizen.waitForURL(/\/sua$/);
    await citizen.getByTestId('intake-form').waitFor();
    expect(await citizen.getByTestId('supplement-comments').textContent()).toContain(COMMENT);
    await citizen.getByTestId('file-input-2').setInputFiles({
      name: 'giay-chung-nhan-ro-net.png',
      mimeType: 'image/png',
      buffer: SUPPLEMENT_PNG,
    });
    await citizen.getByTestId('save-and-submit').click();
    await citizen.waitForURL(/\/ho-so-ca-nhan\/ho-so(\?.*)?$/);

    // Back where it was when the supplement was requested.
    const { dossier: after } = await gql<{ dossier: { status: string; supplementRequest: unknown } }>(
      citizenContext,
      'query($id: ID!) { dossier(id: $id) { status supplementRequest { id } } }',
      { id: dossier.id },
    );
    expect(after).toEqual({ status: 'RECEIVED', supplementRequest: null });
  });

  it('the officer issues the result; the citizen page and bell follow without a reload', async () => {
    await citizen.goto(`${env.baseUrl}/ho-so-ca-nhan/ho-so/${dossier.id}`);
    await citizen.getByTestId('dossier-detail').waitFor();
    await citizen.getByTestId('bell').waitFor();
    // Let the bell load and its socket subscribe before the officer acts.
    await citizen.waitForFunction(() =>
      document.querySelector('[data-testid="bell-live"]')?.textContent?.trim(),
    );
    await citizen.waitForTimeout(1000);
    const before = await bellCount(citizen);
    await citizen.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));

    await officer.reload();
    // The new copy previews inline (an image straight from GET /files/:id).
    const png = officer.locator('li', { hasText: 'giay-chung-nhan-ro-net.png' });
    await png.getByTestId('preview-toggle').click();
    await png.locator('[data-testid="file-preview"] img').waitFor();
    await officer.waitForFunction(() =>
      Array.from(document.querySelectorAll<HTMLImageElement>('[data-testid="file-preview"] img')).some(
        (img) => img.complete && img.naturalWidth === 1,
      ),
    );
    // A PDF is fetched from GET /files/:id and framed from a blob: URL.
    const pdfFile = officer.locator('li', { hasText: 'don-yeu-cau.pdf' });
    await pdfFile.getByTestId('preview-toggle').click();
    await pdfFile.locator('[data-testid="file-preview"] iframe[src^="blob:"]').waitFor();
    const framed = () => officer.frames().some((frame) => frame.url().startsWith('blob:'));
    for (let i = 0; i < 50 && !framed(); i++) await officer.waitForTimeout(100);
    expect(framed()).toBe(true);
    expect(await officer.getByTestId('preview-failed').count()).toBe(0);
    await officer.getByTestId('action-START_PROCESSING').click();
    await confirmAction(officer.getByRole('dialog', { name: 'Bắt đầu xử lý' }), 'Đang xử lý');

    await officer.getByTestId('action-COMPLETE').click();
    const dialog = officer.getByRole('dialog', { name: 'Trả kết quả' });
    await dialog.waitFor();
    await dialog
      .getByTestId('result-files')
      .setInputFiles({ name: 'van-ban-thu-ly.pdf', mimeType: 'application/pdf', buffer: RESULT_PDF });
    await dialog.getByTestId('result-file').waitFor();
    await dialog.getByTestId('action-note').fill('Đã thụ lý, phân công trợ giúp viên pháp lý.');
    await checkA11y(officer, 'officer result dialog');
    await confirmAction(dialog, 'Đã trả kết quả');

    // Two status changes (start, complete): two notifications, counted live.
    await citizen.waitForFunction(
      (expected) =>
        Number(document.querySelector('[data-testid="bell-count"]')?.textContent ?? 0) >= expected,
      before + 2,
      { timeout: 20000 },
    );
    expect(await bellCount(citizen)).toBe(before + 2);
    await citizen.getByTestId('dossier-result').waitFor({ timeout: 20000 });
    expect(await citizen.getByTestId('detail-status').textContent()).toContain('Đã có kết quả');
    expect(
      await citizen.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument),
    ).toBe(true);

    await citizen.getByTestId('bell').click();
    const item = citizen.getByTestId('bell-item').first();
    await item.waitFor();
    expect(await item.textContent()).toContain(dossier.code);
    expect(await item.locator('a').getAttribute('href')).toBe(`/ho-so-ca-nhan/ho-so/${dossier.id}`);
    await checkA11y(citizen, 'notification panel');
    await citizen.getByTestId('bell-mark-all').click();
    await citizen.getByTestId('bell-count').waitFor({ state: 'detached' });
    await citizen.keyboard.press('Escape');
  });

  it('the citizen opens Xem kết quả, downloads the result and rates it', async () => {
    await citizen.getByTestId('detail-result-link').click();
    const result = citizen.getByTestId('dossier-result');
    expect(await citizen.evaluate(() => document.activeElement?.id)).toBe('ket-qua');
    expect(await result.getByTestId('result-officer').textContent()).toContain('Trần Thị Bình');
    expect(await result.getByTestId('result-note').textContent()).toContain('phân công trợ giúp viên');
    expect(await result.getByTestId('result-date').textContent()).toMatch(
      /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/,
    );

    const [download] = await Promise.all([
      citizen.waitForEvent('download'),
      result.getByTestId('result-file').first().click(),
    ]);
    expect(download.suggestedFilename()).toBe('van-ban-thu-ly.pdf');
    const path = await download.path();
    expect(readFileSync(path).equals(RESULT_PDF)).toBe(true);

    // The stars are a radio group: arrows move from one to the next.
    await citizen.getByTestId('rating-form').waitFor();
    await citizen.getByRole('radio', { name: /^1 sao/ }).focus();
    await citizen.keyboard.press('Space');
    await citizen.keyboard.press('ArrowRight');
    await citizen.keyboard.press('ArrowRight');
    await citizen.keyboard.press('ArrowRight');
    expect(await citizen.getByRole('radio', { name: /^4 sao/ }).isChecked()).toBe(true);
    await citizen.getByTestId('rating-comment').fill('Cán bộ hướng dẫn tận tình.');
    await checkA11y(citizen, 'citizen result and rating');
    await citizen.getByTestId('rating-submit').click();
    await citizen.getByTestId('rating-given').waitFor();
    expect(await citizen.getByTestId('rating-given').textContent()).toContain('4/5');

    // Once: after a reload the rating is shown, not the form.
    await citizen.reload();
    await citizen.getByTestId('rating-given').waitFor();
    expect(await citizen.getByTestId('rating-form').count()).toBe(0);
    // In English too: the result, the rating and the officer's workspace.
    await citizen.getByTestId('lang-en').click();
    await citizen.getByRole('heading', { name: 'Satisfaction rating' }).waitFor();
    expect(await citizen.getByTestId('rating-given').textContent()).toContain('You rated this 4/5 stars');
    await checkA11y(citizen, 'citizen result and rating (en)');
    await citizen.getByTestId('lang-vi').click();
    await officer.getByTestId('lang-en').click();
    await officer.getByRole('heading', { level: 1, name: 'Process application' }).waitFor();
    expect(await officer.getByTestId('nav-officer').textContent()).toContain('Back office');
    await officer.getByTestId('lang-vi').click();

    // Chromium's own PDF viewer (chrome-extension://) is not a request leaving the machine.
    expect(external.filter((url) => !/^chrome(-extension)?:/.test(url))).toEqual([]);
  });
});
