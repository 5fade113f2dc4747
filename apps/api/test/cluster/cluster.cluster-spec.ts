import { createHash, randomBytes } from 'node:crypto';
import { SESSION_COOKIE } from '../../src/account/session.service';
import { pdfBytes } from '../fixtures/files';
import { randomCitizenId, randomPhone } from '../support/accounts';
import { GqlClient } from '../support/gql-client';
import { NOTIFICATION_ADDED, STEP } from '../support/notifications';
import { CAPTCHA_ANSWER, Cluster, logsOf, startCluster, waitUntil } from './cluster';
import { CITIZEN, completeDraft, login, OFFICER, seededProcedure, submit, upstreamOf } from './cluster-world';
import { liveClient, slowUpload } from './requests';

/**
 * Two API instances behind nginx (round robin) on one MariaDB database, one Redis and one S3-protocol
 * store: every request of these tests goes through nginx, and X-Upstream tells which instance
 * answered, so each check shows state made on one instance being used on the other.
 */
describe('cluster: two API instances behind nginx', () => {
  let c: Cluster;
  const citizen = () => new GqlClient(c.nginx.url);
  let me: GqlClient;

  beforeAll(async () => {
    c = await startCluster({ env: { CLEANUP_INTERVAL_S: '2', MAIL_POLL_INTERVAL_MS: '500' } });
    me = citizen();
    await login(me, CITIZEN);
  }, 180_000);
  afterAll(async () => {
    await c?.stop();
  });
  afterEach(() => {
    // On a failure, the instances' logs explain more than the assertion.
    const state = expect.getState();
    if (state.assertionCalls !== state.numPassingAsserts) console.log(logsOf([...c.apis, c.nginx]));
  });

  it('a captcha fetched on one instance is solved on the other', async () => {
    const client = citizen();
    const captcha = await client.gql<{ captcha: { id: string } }>('{ captcha { id } }');
    const tag = randomBytes(4).toString('hex');
    const registered = await client.gql<{ register: { username: string; emailVerified: boolean } }>(
      'mutation($input: RegisterInput!) { register(input: $input) { username emailVerified } }',
      {
        input: {
          username: `cum${tag}`,
          email: `cum${tag}@example.vn`,
          password: `Thu-nghiem-${tag}`,
          fullName: 'Lê Văn Cụm',
          citizenId: randomCitizenId(),
          dateOfBirth: '1991-02-03',
          gender: 'MALE',
          phone: randomPhone(),
          captchaId: captcha.data!.captcha.id,
          captchaAnswer: CAPTCHA_ANSWER,
          privacyConsent: true,
        },
      },
    );
    expect(registered.errors).toBeUndefined();
    expect(registered.data?.register).toEqual({ username: `cum${tag}`, emailVerified: false });
    expect(upstreamOf(registered)).not.toBe(upstreamOf(captcha));
  });

  it('a login on one instance is valid on the other', async () => {
    const client = citizen();
    const logged = await login(client, CITIZEN);
    const answers = [await client.gql<{ me: { username: string } }>('{ me { username } }')];
    answers.push(await client.gql<{ me: { username: string } }>('{ me { username } }'));
    expect(answers.map((a) => a.data?.me?.username)).toEqual(['congdan', 'congdan']);
    expect(new Set([upstreamOf(logged), ...answers.map(upstreamOf)]).size).toBe(2);
  });

  it('rate limits count across both instances (captcha: 30 per address per 5 minutes)', async () => {
    const client = citizen();
    const used = Number(
      (await c.sql<{ hits: number }>(`SELECT hits FROM rate_limits WHERE bucket LIKE 'captcha:ip:%'`))[0]
        ?.hits ?? 0,
    );
    const upstreams = new Set<string>();
    let accepted = 0;
    let refused: string | undefined;
    for (let i = 0; i < 40 && !refused; i++) {
      const res = await client.gql('{ captcha { id } }');
      upstreams.add(upstreamOf(res));
      if (res.errors) refused = res.errors[0].extensions?.code;
      else accepted++;
    }
    expect(refused).toBe('TOO_MANY_ATTEMPTS');
    // One counter for both: per-instance counters would have let 2 × 30 through.
    expect(used + accepted).toBe(30);
    expect(upstreams.size).toBe(2);
  });

  it('a dossier with files saved on one instance is submitted and downloaded on the other', async () => {
    const proc = await seededProcedure(c);
    const content = pdfBytes(300_000);
    const { dossier, upstream: savedOn } = await completeDraft(me, proc, content);
    const { res, upstream: submittedOn } = await submit(me, dossier.id);
    expect(res.errors).toBeUndefined();
    expect(res.data?.submitDossier.status).toBe('SUBMITTED');
    expect(submittedOn).not.toBe(savedOn);
    const file = res.data!.submitDossier.files[0];
    const downloads = [await me.fetch(file.downloadUrl), await me.fetch(file.downloadUrl)];
    expect(downloads.map((d) => d.status)).toEqual([200, 200]);
    expect(new Set(downloads.map((d) => d.headers.get('x-upstream'))).size).toBe(2);
    for (const d of downloads) {
      const body = Buffer.from(await d.arrayBuffer());
      expect(createHash('sha256').update(body).digest('hex')).toBe(file.sha256);
    }
    // The file is in the S3 store, not on either instance's disk.
    const [row] = await c.sql<{ storage_key: string }>('SELECT storage_key FROM dossier_files WHERE id = ?', [
      file.id,
    ]);
    const listed = await fetch(`${c.s3.endpoint}/${c.bucket}/${row.storage_key}`, { method: 'HEAD' });
    expect(listed.status).not.toBe(404);
  });

  it('a notification reaches a subscriber connected to the other instance', async () => {
    const proc = await seededProcedure(c);
    const { dossier } = await completeDraft(me, proc);
    const sent = (await submit(me, dossier.id)).res.data!.submitDossier;
    let wsUpstream = '';
    const ws = liveClient(c.nginx.url, me.cookie(SESSION_COOKIE) as string, (u) => (wsUpstream = u));
    const received: { dossierId: string; status: string }[] = [];
    const stop = ws.subscribe<{ notificationAdded: { dossierId: string; status: string } }>(
      { query: NOTIFICATION_ADDED },
      {
        next: (v) => v.data && received.push(v.data.notificationAdded),
        error: () => undefined,
        complete: () => undefined,
      },
    );
    try {
      await waitUntil(() => wsUpstream !== '', 10_000, 'the subscription socket');
      // Give the subscription a moment to reach Redis on its instance.
      await new Promise((r) => setTimeout(r, 500));
      const officer = citizen();
      await login(officer, OFFICER);
      // Round robin: after a request answered by the socket's instance, the next goes to the other.
      for (let i = 0; i < 3 && upstreamOf(await officer.gql('{ __typename }')) !== wsUpstream; i++);
      const res = await officer.gql<Record<string, { status: string }>>(STEP.receiveDossier, {
        id: sent.id,
        v: sent.version,
      });
      expect(res.errors).toBeUndefined();
      expect(upstreamOf(res)).not.toBe(wsUpstream);
      await waitUntil(
        () => received.some((n) => n.dossierId === sent.id && n.status === 'RECEIVED'),
        10_000,
        'the notification',
      );
    } finally {
      stop();
      await ws.dispose();
    }
  });

  it('each scheduled job runs once per round, whichever instance takes it', async () => {
    await new Promise((r) => setTimeout(r, 4500));
    for (const job of ['cleanup', 'orphan-sweep']) {
      const rounds = await c.sql<{ round_no: number; finished_at: Date | null }>(
        'SELECT round_no, finished_at FROM job_runs WHERE job = ? ORDER BY round_no',
        [job],
      );
      expect(rounds.length).toBeGreaterThanOrEqual(3);
      const numbers = rounds.map((r) => Number(r.round_no));
      // Consecutive rounds: none skipped while both instances ran.
      expect(numbers[numbers.length - 1] - numbers[0] + 1).toBe(numbers.length);
      // Each round was run (logged) by exactly one instance.
      for (const n of numbers.slice(0, -1)) {
        const runs = c.apis
          .map((api) => api.output().split(`${job} (round ${n})`).length - 1)
          .reduce((a, b) => a + b, 0);
        expect({ job, round: n, runs }).toEqual({ job, round: n, runs: 1 });
      }
    }
  });

  it('SIGTERM under load: zero failed requests, the in-flight upload finishes, the instance exits cleanly', async () => {
    const [a] = c.apis;
    const cookie = `${SESSION_COOKIE}=${me.cookie(SESSION_COOKIE)}`;
    const proc = await seededProcedure(c);
    let stopLoad = false;
    const results = { ok: 0, failed: [] as string[] };
    const worker = async () => {
      while (!stopLoad) {
        try {
          const res = await fetch(
            `${c.nginx.url}/graphql?query=${encodeURIComponent('{ me { username } }')}`,
            {
              headers: { cookie, 'apollo-require-preflight': 'true' },
            },
          );
          const body = (await res.json()) as { data?: { me?: { username: string } } };
          if (res.status === 200 && body.data?.me?.username === 'congdan') results.ok++;
          else results.failed.push(`${res.status} ${JSON.stringify(body).slice(0, 200)}`);
        } catch (error) {
          results.failed.push(String(error));
        }
      }
    };
    const load = Array.from({ length: 8 }, worker);
    await new Promise((r) => setTimeout(r, 1000));
    // An upload straight to instance A, slow enough to be in flight when SIGTERM arrives.
    const upload = slowUpload(
      a.url,
      cookie,
      proc.id,
      proc.components.find((x) => x.required)!.id,
      3 * 1024 * 1024,
      3000,
    );
    await new Promise((r) => setTimeout(r, 800));
    const beforeSignal = results.ok;
    a.signal('SIGTERM');
    const code = await a.exited;
    await new Promise((r) => setTimeout(r, 1500));
    stopLoad = true;
    await Promise.all(load);
    const uploaded = await upload;
    console.log(
      `SIGTERM under load: ${results.ok} requests answered (${beforeSignal} before the signal), ${results.failed.length} failed`,
    );
    expect(results.failed).toEqual([]);
    expect(results.ok).toBeGreaterThan(beforeSignal + 20);
    expect(uploaded.status).toBe(200);
    expect(uploaded.body).toContain('"saveDossier"');
    expect(code).toBe(0);
    expect(a.output()).toMatch(/SIGTERM: draining/);
    expect(a.output()).toMatch(/Stopped/);
  });
});
