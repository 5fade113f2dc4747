import { Role } from '@dvc/shared/domain';
import { createHash } from 'node:crypto';
import { In, IsNull, Not } from 'typeorm';
import { AccountEntity } from '../src/account/entities/account.entity';
import { SessionEntity } from '../src/account/entities/session.entity';
import { AuditEntryEntity } from '../src/audit/entities/audit-entry.entity';
import { CleanupJob } from '../src/common/jobs/cleanup.job';
import { MailOutboxEntity } from '../src/common/mail/mail-outbox.entity';
import { DossierFileEntity } from '../src/dossier/entities/dossier-file.entity';
import { DossierEntity } from '../src/dossier/entities/dossier.entity';
import { NotificationEntity } from '../src/notification/entities/notification.entity';
import { DataExportLinkEntity } from '../src/privacy/entities/data-export-link.entity';
import {
  createAccount,
  loginAs,
  loginOverHttp,
  newCaptchaId,
  randomIp,
  REGISTER_MUTATION,
  registrationInput,
  TestAccount,
} from './support/accounts';
import { createCompleteDraft, DOSSIER_QUERY, storedFiles } from './support/dossier-fixtures';
import { GqlClient } from './support/gql-client';
import { act, codeOf, createWorld, dataSource, dossierIn, ProcessingWorld } from './support/processing';
import { createTestApp, TEST_CAPTCHA_ANSWER, TestApp } from './support/test-app';
import { unzip } from './support/zip';

jest.setTimeout(60_000);

const EXPORT = 'mutation { exportMyData { url expiresAt } }';
const DELETE = 'mutation Delete($password: String!) { deleteMyAccount(password: $password) }';
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

interface ExportJson {
  account: Record<string, unknown>;
  dossiers: {
    id: string;
    code: string | null;
    status: string;
    applicant: Record<string, unknown>;
    history: { action: string; toStatus: string }[];
    result: { note: string | null } | null;
    files: { kind: string; fileName: string; sha256: string; size: number; path: string }[];
  }[];
  notifications: { title: string }[];
  sessions: { createdAt: string }[];
  loginHistory: { action: string }[];
}

/** Issue 12, personal data: exportMyData (one-time 1-hour ZIP link) and deleteMyAccount(password). */
describe('privacy: exportMyData and deleteMyAccount', () => {
  let t: TestApp;
  let w: ProcessingWorld;

  beforeAll(async () => {
    t = await createTestApp({ SEED_ON_START: 'false', TRUST_PROXY: 'true' });
    w = await createWorld(t);
  });
  afterAll(() => t?.close());

  const repo = <T extends object>(entity: new () => T) => dataSource(t).getRepository(entity);

  async function exportLink(client: GqlClient): Promise<{ url: string; expiresAt: string }> {
    const res = await client.gql<{ exportMyData: { url: string; expiresAt: string } }>(EXPORT);
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.exportMyData;
  }

  async function notificationsOf(accountId: string): Promise<number> {
    // Notifications are written after the status change commits: wait for them a little.
    for (let i = 0; i < 50; i++) {
      const n = await repo(NotificationEntity).countBy({ recipientId: accountId });
      if (n > 0) return n;
      await new Promise((r) => setTimeout(r, 100));
    }
    return 0;
  }

  describe('exportMyData', () => {
    it('answers a one-hour link to a ZIP of the JSON and every file, for its owner only, once', async () => {
      const completed = await dossierIn(w, 'COMPLETED');
      const draft = await createCompleteDraft(w.owner, w.proc);
      expect(await notificationsOf(w.ownerAccount.id)).toBeGreaterThan(0);

      const link = await exportLink(w.owner);
      expect(link.url).toMatch(/^\/files\/exports\/[A-Za-z0-9_-]{43}$/);
      const minutes = (new Date(link.expiresAt).getTime() - Date.now()) / 60_000;
      expect(minutes).toBeGreaterThan(59);
      expect(minutes).toBeLessThanOrEqual(60);
      // Only a hash of the token is stored.
      const token = link.url.split('/').pop()!;
      const rows = await repo(DataExportLinkEntity).findBy({ accountId: w.ownerAccount.id });
      expect(rows.map((r) => r.tokenHash)).not.toContain(token);
      expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.tokenHash))).toBe(true);

      // The audit entry, written with the link.
      const audit = await repo(AuditEntryEntity).findBy({
        action: 'account.data_export',
        targetId: w.ownerAccount.id,
      });
      expect(audit).toHaveLength(1);
      expect(audit[0].actorId).toBe(w.ownerAccount.id);

      // Someone else, or nobody logged in: refused, and the link is not used up by it.
      const other = await w.otherCitizen.fetch(link.url);
      expect(other.status).toBe(404);
      expect(((await other.json()) as { code: string }).code).toBe('NOT_FOUND');
      expect((await t.client().fetch(link.url)).status).toBe(401);

      const res = await w.owner.fetch(link.url);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/zip');
      expect(res.headers.get('content-disposition')).toMatch(
        /^attachment; filename="du-lieu-ca-nhan-\d{8}\.zip"/,
      );
      expect(res.headers.get('cache-control')).toBe('private, no-store');
      const entries = await unzip(Buffer.from(await res.arrayBuffer()));
      const json = JSON.parse(entries.get('du-lieu-ca-nhan.json')!.toString('utf8')) as ExportJson;

      expect(json.account).toMatchObject({
        id: w.ownerAccount.id,
        username: w.ownerAccount.username,
        email: w.ownerAccount.email,
        citizenId: w.ownerAccount.citizenId,
        fullName: 'Phạm Thị Hồng Nhung',
      });
      expect(JSON.stringify(json)).not.toMatch(/passwordHash|tokenHash|storageKey|argon2/);
      const sent = json.dossiers.find((d) => d.id === completed.id)!;
      expect(sent.code).toBe(completed.code);
      expect(sent.status).toBe('COMPLETED');
      expect(sent.history.map((h) => h.toStatus)).toEqual([
        'SUBMITTED',
        'RECEIVED',
        'IN_PROGRESS',
        'COMPLETED',
      ]);
      expect(sent.result).toMatchObject({ note: 'Ghi chú của cán bộ' });
      expect(sent.files.map((f) => f.kind).sort()).toEqual(['ATTACHMENT', 'RESULT']);
      const unsent = json.dossiers.find((d) => d.id === draft.id)!;
      expect(unsent.status).toBe('DRAFT');
      expect(unsent.files).toHaveLength(1);
      expect(json.notifications.length).toBeGreaterThan(0);
      expect(json.sessions.length).toBeGreaterThan(0);
      expect(Array.isArray(json.loginHistory)).toBe(true);

      // Every file listed is in the ZIP with the bytes that were uploaded (same SHA-256 and size).
      const listed = json.dossiers.flatMap((d) => d.files);
      expect(listed.length).toBeGreaterThanOrEqual(3);
      for (const file of listed) {
        const bytes = entries.get(file.path);
        expect([file.path, bytes?.length]).toEqual([file.path, file.size]);
        expect(sha256(bytes!)).toBe(file.sha256);
      }
      expect([...entries.keys()].sort()).toEqual(
        ['du-lieu-ca-nhan.json', ...listed.map((f) => f.path)].sort(),
      );

      // The second download is refused.
      const again = await w.owner.fetch(link.url);
      expect(again.status).toBe(400);
      expect(((await again.json()) as { code: string }).code).toBe('TOKEN_INVALID');
    });

    it('refuses an expired link, and an unknown one', async () => {
      const account = await createAccount(t);
      const client = await loginAs(t, account);
      const link = await exportLink(client);
      await repo(DataExportLinkEntity).update(
        { accountId: account.id },
        { expiresAt: new Date(Date.now() - 1000) },
      );
      const res = await client.fetch(link.url);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { code: string }).code).toBe('TOKEN_EXPIRED');
      expect((await client.fetch('/files/exports/not-a-token')).status).toBe(404);

      // The scheduled cleanup keeps an expired link a day (it still says "expired"), then deletes it.
      const cleanup = t.app.get(CleanupJob);
      await cleanup.run();
      expect(await repo(DataExportLinkEntity).countBy({ accountId: account.id })).toBe(1);
      await cleanup.run(Date.now() + 25 * 3600_000);
      expect(await repo(DataExportLinkEntity).countBy({ accountId: account.id })).toBe(0);
    });

    it('is rate-limited per account: 3 links an hour', async () => {
      const client = await loginAs(t, await createAccount(t));
      for (let i = 0; i < 3; i++) await exportLink(client);
      const fourth = await client.gql(EXPORT);
      expect(codeOf(fourth)).toBe('TOO_MANY_ATTEMPTS');
      // Another account has its own bucket.
      await exportLink(await loginAs(t, await createAccount(t)));
    });

    it('needs a session', async () => {
      expect(codeOf(await t.client().gql(EXPORT))).toBe('UNAUTHENTICATED');
    });
  });

  describe('deleteMyAccount', () => {
    it('refuses a wrong password with WRONG_PASSWORD on the field, and changes nothing', async () => {
      const account = await createAccount(t);
      const client = await loginAs(t, account);
      const res = await client.gql(DELETE, { password: 'khong phai mat khau' });
      expect(codeOf(res)).toBe('WRONG_PASSWORD');
      expect(res.errors?.[0].extensions?.fields).toEqual({ password: 'Mật khẩu không đúng.' });
      const row = await repo(AccountEntity).findOneByOrFail({ id: account.id });
      expect([row.username, row.deletedAt]).toEqual([account.username, null]);
      expect((await client.gql<{ me: { id: string } }>('{ me { id } }')).data?.me?.id).toBe(account.id);
    });

    it('deletes only the caller: another citizen with the owner’s password deletes nothing (IDOR)', async () => {
      const victim = await createAccount(t);
      const attacker = await loginAs(t, await createAccount(t));
      expect(codeOf(await attacker.gql(DELETE, { password: victim.password }))).toBe('WRONG_PASSWORD');
      expect((await repo(AccountEntity).findOneByOrFail({ id: victim.id })).deletedAt).toBeNull();
      expect(codeOf(await t.client().gql(DELETE, { password: victim.password }))).toBe('UNAUTHENTICATED');
    });

    it('removes drafts and their files, sessions, notifications; keeps sent dossiers with the applicant; anonymises', async () => {
      const world = await createWorld(t);
      const owner: TestAccount = world.ownerAccount;
      const completed = await dossierIn(world, 'COMPLETED');
      const submitted = await dossierIn(world, 'SUBMITTED');
      const draft = await createCompleteDraft(world.owner, world.proc);
      expect(await notificationsOf(owner.id)).toBeGreaterThan(0);
      const draftKeys = (await repo(DossierFileEntity).findBy({ dossierId: draft.id })).map(
        (f) => f.storageKey,
      );
      const sentKeys = (await repo(DossierFileEntity).findBy({ dossierId: completed.id })).map(
        (f) => f.storageKey,
      );
      expect(draftKeys).toHaveLength(1);
      const secondDevice = await loginAs(t, owner, { rememberMe: true });
      await exportLink(world.owner);
      const applicantBefore = (await repo(DossierEntity).findOneByOrFail({ id: completed.id })).applicant;

      const res = await world.owner.gql<{ deleteMyAccount: boolean }>(DELETE, { password: owner.password });
      expect(res.errors).toBeUndefined();
      expect(res.data?.deleteMyAccount).toBe(true);

      // Every session ended at once: this device and the other one.
      expect(await repo(SessionEntity).countBy({ accountId: owner.id })).toBe(0);
      for (const c of [world.owner, secondDevice]) {
        expect((await c.gql<{ me: unknown }>('{ me { id } }')).data?.me).toBeNull();
      }
      // Drafts and their stored files gone; the sent dossier and its files kept, with the applicant.
      expect(await repo(DossierEntity).existsBy({ id: draft.id })).toBe(false);
      expect(await repo(DossierFileEntity).countBy({ dossierId: draft.id })).toBe(0);
      const stored = await storedFiles(t);
      for (const key of draftKeys) expect(stored).not.toContain(key);
      for (const key of sentKeys) expect(stored).toContain(key);
      const kept = await repo(DossierEntity).findOneByOrFail({ id: completed.id });
      expect(kept.applicant).toEqual(applicantBefore);
      expect(kept.status).toBe('COMPLETED');
      const seen = await world.officer.gql<{ dossier: { applicant: { fullName: string } } }>(DOSSIER_QUERY, {
        id: completed.id,
      });
      expect(seen.data?.dossier.applicant.fullName).toBe(applicantBefore.fullName);
      expect(await repo(NotificationEntity).countBy({ recipientId: owner.id })).toBe(0);
      expect(await repo(DataExportLinkEntity).countBy({ accountId: owner.id })).toBe(0);

      // The row: nothing that identifies the person or logs in.
      const row = await repo(AccountEntity).findOneByOrFail({ id: owner.id });
      expect(row.username).toMatch(/^xoa_[0-9a-f]{24}$/);
      expect(row.email).toMatch(/@tai-khoan-da-xoa\.invalid$/);
      expect([row.citizenId, row.phone, row.dateOfBirth, row.street, row.pendingEmail]).toEqual([
        null,
        null,
        null,
        null,
        null,
      ]);
      expect(row.fullName).toBe('Tài khoản đã xóa');
      expect(row.deletedAt).toBeInstanceOf(Date);
      expect(row.deactivatedAt).toBeInstanceOf(Date);
      const login = await loginOverHttp(
        t.client({ 'x-forwarded-for': randomIp() }),
        owner.username,
        owner.password,
      );
      expect(codeOf(login)).toBe('INVALID_CREDENTIALS');

      // One audit entry, without the person's name.
      const audit = await repo(AuditEntryEntity).findBy({ action: 'account.delete', targetId: owner.id });
      expect(audit).toHaveLength(1);
      expect(audit[0].actorName).toBeNull();
      expect(audit[0].summary).toEqual({
        after: {
          draftsRemoved: 1,
          draftAttachmentsRemoved: 1,
          notificationsRemoved: expect.any(Number),
          sentDossiersKept: 2,
        },
      });

      // An admin cannot bring the row back (it would count as an active account, or admin).
      const revived = await world.admin.gql('mutation R($id: ID!) { reactivateAccount(id: $id) { id } }', {
        id: owner.id,
      });
      expect(codeOf(revived)).toBe('NOT_FOUND');

      // The agency goes on with a kept dossier: nobody is notified, no mail goes to the cleared address.
      const received = await act(world.officer, 'receiveDossier', submitted, world.proc);
      expect(received.errors).toBeUndefined();
      expect(await repo(NotificationEntity).countBy({ recipientId: owner.id })).toBe(0);
      expect(await repo(MailOutboxEntity).countBy({ recipient: row.email })).toBe(0);

      // The same person may register again with the same username, e-mail and CCCD.
      const client = t.client({ 'x-forwarded-for': randomIp() });
      const again = await client.gql(REGISTER_MUTATION, {
        input: {
          ...registrationInput({ username: owner.username, email: owner.email, citizenId: owner.citizenId }),
          captchaId: await newCaptchaId(client),
          captchaAnswer: TEST_CAPTCHA_ANSWER,
        },
      });
      expect(again.errors).toBeUndefined();
    });

    it('keeps the last active admin: LAST_ADMIN, then allowed once another admin is active', async () => {
      const admin = await createAccount(t, { role: Role.ADMIN });
      const client = await loginAs(t, admin);
      const others = await repo(AccountEntity).findBy({
        role: Role.ADMIN,
        id: Not(admin.id),
        deactivatedAt: IsNull(),
      });
      await repo(AccountEntity).update({ id: In(others.map((a) => a.id)) }, { deactivatedAt: new Date() });
      try {
        expect(codeOf(await client.gql(DELETE, { password: admin.password }))).toBe('LAST_ADMIN');
        expect((await repo(AccountEntity).findOneByOrFail({ id: admin.id })).deletedAt).toBeNull();
        await createAccount(t, { role: Role.ADMIN });
        const res = await client.gql(DELETE, { password: admin.password });
        expect(res.errors).toBeUndefined();
      } finally {
        await repo(AccountEntity).update({ id: In(others.map((a) => a.id)) }, { deactivatedAt: null });
      }
    });

    it('is rate-limited per account: 5 tries in 15 minutes', async () => {
      const account = await createAccount(t);
      const client = await loginAs(t, account);
      for (let i = 0; i < 5; i++)
        expect(codeOf(await client.gql(DELETE, { password: 'sai' }))).toBe('WRONG_PASSWORD');
      expect(codeOf(await client.gql(DELETE, { password: account.password }))).toBe('TOO_MANY_ATTEMPTS');
      expect((await repo(AccountEntity).findOneByOrFail({ id: account.id })).deletedAt).toBeNull();
    });
  });
});
