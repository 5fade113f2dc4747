import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MailOutboxEntity } from '../src/common/mail/mail-outbox.entity';
import { NotificationEntity } from '../src/notification/entities/notification.entity';
import { pdfBytes } from './fixtures/files';
import { createCompleteDraft } from './support/dossier-fixtures';
import { notificationsOf, startSmtp, step, StepDossier, waitFor } from './support/notifications';
import { createWorld, ProcessingWorld } from './support/processing';
import { createTestApp, TestApp } from './support/test-app';

const COMPLETE = `mutation($id: ID!, $v: Int!, $note: String, $files: [Upload!]!) {
  completeDossier(id: $id, expectedVersion: $v, note: $note, resultFiles: $files) { id code status version } }`;

/**
 * Every status change of a citizen's dossier: one in-app notification and one Vietnamese e-mail,
 * queued in the same transaction and delivered after the commit through a real SMTP server, which
 * may fail for a while without anything being lost.
 */
describe('notifications: one notification and one e-mail per transition (real SMTP)', () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let t: TestApp;
  let w: ProcessingWorld;
  let ds: DataSource;
  beforeAll(async () => {
    smtp = await startSmtp();
    t = await createTestApp({
      SEED_ON_START: 'false',
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      MAIL_POLL_INTERVAL_MS: '100',
      MAIL_RETRY_BASE_MS: '200',
    });
    ds = t.app.get<DataSource>(getDataSourceToken());
    w = await createWorld(t);
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  const mailsTo = (address: string) => smtp.mails.filter((m) => m.to.includes(address));
  const outboxTo = (address: string) => ds.getRepository(MailOutboxEntity).findBy({ recipient: address });

  it('the whole way from sending to the result, and a rejection', async () => {
    const email = w.ownerAccount.email;
    const draft = await createCompleteDraft(w.owner, w.proc);
    let d: StepDossier = await step(w.owner, 'submitDossier', { id: draft.id });
    const expected: [string, string][] = [['SUBMITTED', 'Hồ sơ đã được gửi']];
    const officer = async (action: 'receiveDossier' | 'startProcessing', status: string, title: string) => {
      d = await step(w.officer, action, { id: d.id, v: d.version, note: 'Đã kiểm tra' });
      expected.push([status, title]);
    };
    await officer('receiveDossier', 'RECEIVED', 'Hồ sơ đã được tiếp nhận');
    d = await step(w.officer, 'requestSupplement', {
      id: d.id,
      v: d.version,
      note: 'Bổ sung tờ khai có chữ ký',
      items: [{ componentId: w.proc.components[0].id, comment: 'Tờ khai thiếu chữ ký' }],
    });
    expected.push(['SUPPLEMENT_REQUESTED', 'Hồ sơ cần bổ sung']);
    d = await step(w.owner, 'submitDossier', { id: d.id });
    expected.push([d.status, 'Hồ sơ bổ sung đã được gửi lại']);
    await officer('startProcessing', 'IN_PROGRESS', 'Hồ sơ đang được xử lý');
    const completed = await w.officer.upload<{ completeDossier: StepDossier }>(
      COMPLETE,
      { id: d.id, v: d.version, note: 'Kết quả đính kèm', files: [null] },
      [{ path: 'variables.files.0', name: 'ket-qua.pdf', content: pdfBytes(), type: 'application/pdf' }],
    );
    expect(completed.errors).toBeUndefined();
    expected.push(['COMPLETED', 'Hồ sơ đã có kết quả']);

    const other = await step(w.owner, 'submitDossier', {
      id: (await createCompleteDraft(w.owner, w.proc)).id,
    });
    await step(w.officer, 'rejectDossier', {
      id: other.id,
      v: other.version,
      reason: 'Không thuộc thẩm quyền',
    });

    // In-app: one per transition, newest first, for the owner only.
    const page = await notificationsOf(w.owner, { pageSize: 50 });
    expect(page.totalCount).toBe(expected.length + 2);
    expect(page.unreadCount).toBe(expected.length + 2);
    const forFirst = page.items.filter((n) => n.dossierId === d.id).reverse();
    expect(forFirst.map((n) => [n.status, n.title])).toEqual(expected);
    expect(forFirst.every((n) => n.dossierCode === d.code && n.body.includes(d.code as string))).toBe(true);
    const rejected = page.items.filter((n) => n.dossierId === other.id);
    expect(rejected.map((n) => n.status)).toEqual(['REJECTED', 'SUBMITTED']);
    expect(rejected[0].body).toContain('Lý do: Không thuộc thẩm quyền');
    expect((await notificationsOf(w.officer)).totalCount).toBe(0);

    // E-mail: exactly one per transition, delivered after the commits, in Vietnamese, with the link.
    await waitFor(() => mailsTo(email).length >= expected.length + 2);
    await new Promise((r) => setTimeout(r, 300)); // nothing more arrives
    const mails = mailsTo(email);
    expect(mails).toHaveLength(expected.length + 2);
    const aboutFirst = mails.filter((m) => m.text.includes(`Mã hồ sơ: ${d.code}`));
    expect(aboutFirst).toHaveLength(expected.length);
    for (const mail of aboutFirst) {
      expect(mail.text).toContain(`Kính gửi ${w.ownerAccount.fullName}`);
      expect(mail.text).toContain(`http://portal.test/ho-so-ca-nhan/ho-so/${d.id}`);
      expect(mail.text).toMatch(/Trạng thái: .+ → .+/);
    }
    expect(aboutFirst.some((m) => m.text.includes('Trạng thái: Đang xử lý → Đã có kết quả'))).toBe(true);
    const rows = await outboxTo(email);
    expect(rows.map((r) => [r.status, r.attempts])).toEqual(rows.map(() => ['SENT', 1]));
    expect(smtp.mails.filter((m) => m.to.includes(w.officerAccount.email))).toHaveLength(0);
  });

  it('a refused send is retried with back-off and delivered, nothing lost', async () => {
    const email = w.ownerAccount.email;
    const before = mailsTo(email).length;
    smtp.refusing = true;
    const draft = await createCompleteDraft(w.owner, w.proc);
    const sent = await step(w.owner, 'submitDossier', { id: draft.id });
    // The change itself committed: the notification exists whatever the mail server does.
    // (Among the latest: MariaDB keeps whole seconds, so an earlier one of the same second may list first.)
    const latest = (await notificationsOf(w.owner, { pageSize: 20 })).items;
    expect(latest.some((n) => n.dossierId === sent.id)).toBe(true);

    const pending = async () =>
      (await outboxTo(email)).find((r) => r.status !== 'SENT' && r.bodyText.includes(sent.code as string));
    await waitFor(async () => ((await pending())?.attempts ?? 0) >= 2);
    const failing = (await pending()) as MailOutboxEntity;
    expect(failing.status).toBe('PENDING');
    expect(failing.lastError).toMatch(/451/);
    expect(failing.nextAttemptAt.getTime()).toBeGreaterThan(failing.createdAt.getTime());
    expect(mailsTo(email)).toHaveLength(before);

    smtp.refusing = false;
    const row = async () => (await outboxTo(email)).find((r) => r.bodyText.includes(sent.code as string));
    await waitFor(async () => (await row())?.status === 'SENT');
    expect(mailsTo(email)).toHaveLength(before + 1);
    const delivered = await row();
    expect(delivered?.attempts).toBeGreaterThanOrEqual(3);
    expect(delivered?.lastError).toBeNull();
    expect(mailsTo(email).at(-1)?.text).toContain(`Mã hồ sơ: ${sent.code}`);
  });

  it('a stopped mail server: the mail waits in the outbox and goes out once it is back', async () => {
    const port = smtp.port;
    const email = w.ownerAccount.email;
    await smtp.close();
    const draft = await createCompleteDraft(w.owner, w.proc);
    const sent = await step(w.owner, 'submitDossier', { id: draft.id });
    const row = async () => (await outboxTo(email)).find((r) => r.bodyText.includes(sent.code as string));
    await waitFor(async () => ((await row())?.attempts ?? 0) >= 1);
    expect((await row())?.lastError).toMatch(/ECONNREFUSED/);

    smtp = await startSmtp(port);
    await waitFor(async () => (await row())?.status === 'SENT');
    expect(mailsTo(email).filter((m) => m.text.includes(`Mã hồ sơ: ${sent.code}`))).toHaveLength(1);
    // Nothing lost overall: every notification of the owner has exactly one sent e-mail.
    const notifications = await ds
      .getRepository(NotificationEntity)
      .countBy({ recipientId: w.ownerAccount.id });
    const sentRows = (await outboxTo(email)).filter((r) => r.status === 'SENT');
    expect(sentRows).toHaveLength(notifications);
  });

  it('a change that fails writes neither a notification nor an e-mail', async () => {
    const count = await ds.getRepository(NotificationEntity).count();
    const mails = await ds.getRepository(MailOutboxEntity).count();
    const draft = await createCompleteDraft(w.owner, w.proc);
    const sent = await step(w.owner, 'submitDossier', { id: draft.id });
    const stale = await w.officer.gql(
      'mutation($id: ID!, $v: Int!) { receiveDossier(id: $id, expectedVersion: $v) { id } }',
      { id: sent.id, v: sent.version - 1 },
    );
    expect(stale.errors?.[0].extensions?.code).toBe('STALE_DOSSIER');
    expect(await ds.getRepository(NotificationEntity).count()).toBe(count + 1);
    expect(await ds.getRepository(MailOutboxEntity).count()).toBe(mails + 1);
  });
});
