import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { SESSION_COOKIE } from '../../src/account/session.service';
import { pdfBytes } from '../fixtures/files';
import { randomCitizenId, randomPhone } from '../support/accounts';
import { DOSSIER_QUERY, DossierData, saveDossier } from '../support/dossier-fixtures';
import { GqlClient } from '../support/gql-client';
import { startS3rver } from '../support/s3rver';
import { startSmtp } from '../support/notifications';
import { CAPTCHA_ANSWER, Cluster, logsOf, startCluster, waitUntil } from '../cluster/cluster';
import {
  CITIZEN,
  completeDraft,
  login,
  seededProcedure,
  SeededProcedure,
  submit,
} from '../cluster/cluster-world';
import { freePort } from '../cluster/processes';
import { slowUpload } from '../cluster/requests';

/**
 * Faults caused for real on a one-instance cluster (MariaDB, Redis, s3rver, nginx): the SMTP server
 * missing for a while, `kill -9` of the API during an upload and during submissions, and the S3
 * server stopped. After each, the invariants hold: nothing lost, nothing half done.
 */
describe('faults: SMTP down, kill -9, storage down', () => {
  let c: Cluster;
  let smtpPort: number;
  let me: GqlClient;
  let proc: SeededProcedure;

  beforeAll(async () => {
    smtpPort = await freePort();
    c = await startCluster({
      instances: 1,
      env: {
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        MAIL_POLL_INTERVAL_MS: '200',
        MAIL_RETRY_BASE_MS: '300',
        ORPHAN_GRACE_S: '1',
        CLEANUP_INTERVAL_S: '2',
      },
    });
    me = new GqlClient(c.nginx.url);
    await login(me, CITIZEN);
    proc = await seededProcedure(c);
  }, 180_000);
  afterAll(async () => {
    // The storage test starts a new s3rver: the cluster only knows the first one.
    await c?.s3.stop().catch(() => undefined);
    await c?.stop();
  });
  afterEach(() => {
    const state = expect.getState();
    if (state.assertionCalls !== state.numPassingAsserts) console.log(logsOf([...c.apis, c.nginx]));
  });

  const api = () => c.apis[c.apis.length - 1];

  it('SMTP down for a while: mail waits in the outbox and all of it goes out when SMTP returns', async () => {
    const addresses: string[] = [];
    for (let i = 0; i < 3; i++) {
      const client = new GqlClient(c.nginx.url);
      const captcha = await client.gql<{ captcha: { id: string } }>('{ captcha { id } }');
      const tag = randomBytes(4).toString('hex');
      addresses.push(`thu${tag}@example.vn`);
      const res = await client.gql(
        'mutation($input: RegisterInput!) { register(input: $input) { username } }',
        {
          input: {
            username: `thu${tag}`,
            email: `thu${tag}@example.vn`,
            password: `Thu-nghiem-${tag}`,
            fullName: 'Trần Thị Thư',
            citizenId: randomCitizenId(),
            dateOfBirth: '1992-03-04',
            gender: 'FEMALE',
            phone: randomPhone(),
            captchaId: captcha.data!.captcha.id,
            captchaAnswer: CAPTCHA_ANSWER,
            privacyConsent: true,
          },
        },
      );
      expect(res.errors).toBeUndefined();
    }
    const rows = () =>
      c.sql<{ recipient: string; status: string; attempts: number; last_error: string | null }>(
        `SELECT recipient, status, attempts, last_error FROM mail_outbox WHERE recipient IN (?, ?, ?)`,
        addresses,
      );
    // Refused connections, retried with back-off; nothing marked sent or failed.
    await waitUntil(async () => (await rows()).every((r) => r.attempts >= 2), 20_000, 'failed attempts');
    expect((await rows()).map((r) => r.status)).toEqual(['PENDING', 'PENDING', 'PENDING']);
    expect((await rows())[0].last_error).toMatch(/ECONNREFUSED/);

    const smtp = await startSmtp(smtpPort);
    try {
      await waitUntil(
        async () => (await rows()).every((r) => r.status === 'SENT'),
        30_000,
        'the mail to go out',
      );
      const delivered = smtp.mails.flatMap((m) => m.to).filter((to) => addresses.includes(to));
      expect(delivered.sort()).toEqual([...addresses].sort());
    } finally {
      await smtp.close();
    }
  });

  it('kill -9 during an upload: after a restart and one sweep, no spool file and no orphan', async () => {
    const victim = api();
    const spool = join(c.dir, 'spool', victim.name);
    const cookie = `${SESSION_COOKIE}=${me.cookie(SESSION_COOKIE)}`;
    const component = proc.components.find((x) => x.required)!.id;
    const upload = slowUpload(victim.url, cookie, proc.id, component, 4 * 1024 * 1024, 6000).catch(
      (e: Error) => e,
    );
    await waitUntil(() => spoolFiles(spool).length > 0, 10_000, 'the upload to be spooled');
    await new Promise((r) => setTimeout(r, 1000));
    victim.signal('SIGKILL');
    await victim.exited;
    // The client saw its request cut (an Error of node's realm, hence no toBeInstanceOf).
    expect(String(await upload)).toMatch(/socket hang up|ECONNRESET|ECONNREFUSED|EPIPE/);
    // The fault left its debris: the spool file of the dead request.
    expect(spoolFiles(spool).length).toBeGreaterThan(0);

    const restarted = await restartAndSweep(victim.name, victim.port);
    expect(spoolFiles(spool)).toEqual([]);
    await expectConsistent();
    expect(restarted.output()).toMatch(/spool-sweep: deleted [1-9]\d* spool file/);
  });

  it('kill -9 during submitDossier and saveDossier: no half-assigned code, no orphan, no dangling row', async () => {
    const drafts: DossierData[] = [];
    for (let i = 0; i < 8; i++) drafts.push((await completeDraft(me, proc)).dossier);
    const victim = api();
    const direct = new GqlClient(victim.url);
    direct.setCookie(SESSION_COOKIE, me.cookie(SESSION_COOKIE) as string);
    let answered = 0;
    const count = <T>(p: Promise<T>) => p.then((v) => (answered++, v));
    const inFlight = [
      ...drafts.map((d) => count(submit(direct, d.id)).catch((e: Error) => e)),
      ...Array.from({ length: 6 }, () =>
        count(completeDraft(direct, proc, pdfBytes(1024 * 1024))).catch((e: Error) => e),
      ),
    ];
    await waitUntil(() => answered > 0, 30_000, 'a first answer');
    victim.signal('SIGKILL');
    const outcomes = await Promise.all(inFlight);
    // The kill really cut requests short.
    expect(outcomes.filter((o) => /Error/.test(Object.prototype.toString.call(o))).length).toBeGreaterThan(0);
    const debris = await orphansAndDangling();
    console.log(
      `kill -9 during saves/submits left ${debris.orphans.length} orphan object(s), ` +
        `${debris.dangling.length} dangling row(s), ${spoolFiles(join(c.dir, 'spool', victim.name)).length} spool file(s)`,
    );

    await restartAndSweep(victim.name, victim.port);
    await expectConsistent();
    const dossiers = await c.sql<{ status: string; code: string | null; submitted_at: Date | null }>(
      'SELECT status, code, submitted_at FROM dossiers WHERE id IN (?)',
      [drafts.map((d) => d.id)],
    );
    for (const d of dossiers) {
      if (d.status === 'DRAFT') expect([d.code, d.submitted_at]).toEqual([null, null]);
      else expect(d.code && d.submitted_at).toBeTruthy();
    }
    // No code handed out twice, none beyond its day's counter (a dead transaction took none with it).
    expect(
      await c.sql('SELECT code FROM dossiers WHERE code IS NOT NULL GROUP BY code HAVING COUNT(*) > 1'),
    ).toEqual([]);
    // (The demo seed writes its own codes directly; the counters cover the codes submissions take.)
    const coded = await c.sql<{ agency_id: string; code: string }>(
      'SELECT agency_id, code FROM dossiers WHERE id IN (?) AND code IS NOT NULL',
      [drafts.map((d) => d.id)],
    );
    expect(coded.length).toBeGreaterThan(0);
    for (const { agency_id, code } of coded) {
      const [, day, seq] = /-(\d{6})-(\d{4})$/.exec(code) ?? [];
      const [counter] = await c.sql<{ last_value: number }>(
        'SELECT last_value FROM dossier_code_counters WHERE agency_id = ? AND day = ?',
        [agency_id, day],
      );
      expect(Number(seq)).toBeLessThanOrEqual(counter.last_value);
    }
  });

  it('storage down: STORAGE_UNAVAILABLE, the dossier unchanged; back to normal when it returns', async () => {
    const { dossier } = await completeDraft(me, proc);
    await c.s3.stop();
    try {
      const component = proc.components.find((x) => x.required)!.id;
      const res = await saveDossier(
        me,
        { id: dossier.id, serviceId: proc.id, expectedVersion: dossier.version },
        [{ componentId: component, name: 'them.pdf', content: pdfBytes(50_000) }],
      );
      expect(res.errors?.[0].extensions?.code).toBe('STORAGE_UNAVAILABLE');
      expect(res.errors?.[0].message).toMatch(/Kho lưu trữ tệp tạm thời không truy cập được/);
      const download = await me.fetch(dossier.files[0].downloadUrl);
      expect(download.status).toBe(503);
      expect(((await download.json()) as { code: string }).code).toBe('STORAGE_UNAVAILABLE');
      const after = await me.gql<{ dossier: DossierData }>(DOSSIER_QUERY, { id: dossier.id });
      expect(after.data?.dossier.version).toBe(dossier.version);
      expect(after.data?.dossier.files.map((f) => f.id)).toEqual(dossier.files.map((f) => f.id));
    } finally {
      c.s3 = await startS3rver(join(c.dir, 's3'), [], c.s3.port);
    }
    const again = await saveDossier(
      me,
      { id: dossier.id, serviceId: proc.id, expectedVersion: dossier.version },
      [
        {
          componentId: proc.components.find((x) => x.required)!.id,
          name: 'them.pdf',
          content: pdfBytes(50_000),
        },
      ],
    );
    expect(again.errors).toBeUndefined();
    expect(again.data?.saveDossier.files).toHaveLength(dossier.files.length + 1);
  });

  /** Starts the instance again (same name, port and TMPDIR) and waits for one orphan sweep after it. */
  async function restartAndSweep(name: string, port: number) {
    // After the kill: only a round of the restarted instance can start later.
    const since = new Date();
    const restarted = await c.startInstance(name, port);
    c.apis.push(restarted);
    await waitUntil(
      async () =>
        (
          await c.sql('SELECT 1 FROM job_runs WHERE job = ? AND started_at > ? AND finished_at IS NOT NULL', [
            'orphan-sweep',
            since,
          ])
        ).length > 0 && /spool-sweep:/.test(restarted.output()),
      20_000,
      'a sweep after the restart',
    );
    // What the sweep found, for the record of the fault.
    console.log(
      `${name} restarted after kill -9: ${(restarted.output().match(/(orphan|spool)-sweep[^\n]*/g) ?? []).slice(0, 3).join(' | ')}`,
    );
    return restarted;
  }

  /** Stored objects no row names, and rows whose object is missing. */
  async function orphansAndDangling(): Promise<{ orphans: string[]; dangling: string[] }> {
    const s3 = new S3Client({
      region: 'us-east-1',
      endpoint: c.s3.endpoint,
      forcePathStyle: true,
      credentials: c.s3.credentials,
    });
    try {
      const objects = ((await s3.send(new ListObjectsV2Command({ Bucket: c.bucket }))).Contents ?? []).map(
        (o) => o.Key as string,
      );
      const rows = (await c.sql<{ k: string }>('SELECT storage_key AS k FROM dossier_files')).map((r) => r.k);
      const templates = (
        await c.sql<{ k: string }>(
          'SELECT template_key AS k FROM document_components WHERE template_key IS NOT NULL',
        )
      ).map((r) => r.k);
      return {
        orphans: objects.filter((o) => !rows.includes(o) && !templates.includes(o)),
        dangling: rows.filter((r) => !objects.includes(r)),
      };
    } finally {
      s3.destroy();
    }
  }

  /** Every stored object has its row and every row its object. */
  async function expectConsistent(): Promise<void> {
    expect(await orphansAndDangling()).toEqual({ orphans: [], dangling: [] });
  }
});

function spoolFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((n) => n.startsWith('capacitor-')) : [];
}
