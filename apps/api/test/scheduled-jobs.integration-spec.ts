import { getDataSourceToken } from '@nestjs/typeorm';
import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { DataSource } from 'typeorm';
import { pdfBytes } from './fixtures/files';
import { CleanupJob } from '../src/common/jobs/cleanup.job';
import { OrphanSweepJob } from '../src/common/jobs/orphan-sweep.job';
import { ScheduledJob, ScheduledJobs } from '../src/common/jobs/scheduled-jobs.service';
import { StorageDriver } from '../src/common/storage/storage';
import { createAccount, loginAs } from './support/accounts';
import { COMPLETE_FORM, createProcedure, saveDossier } from './support/dossier-fixtures';
import { createTestApp, TestApp } from './support/test-app';

/**
 * Background jobs: each round runs on one instance only, the cleanup deletes what has expired, and
 * the orphan sweep deletes stored files no row names (after the grace period) and dead spool files.
 */
describe('Scheduled jobs', () => {
  let t: TestApp;
  let ds: DataSource;

  beforeAll(async () => {
    t = await createTestApp({ SEED_ON_START: 'false', ORPHAN_GRACE_S: '60' });
    ds = t.app.get<DataSource>(getDataSourceToken());
  });
  afterAll(() => t?.close());

  it('runs a round once however many instances tick in it, and the next round again', async () => {
    // Two schedulers on the same database stand for two instances.
    const a = t.app.get(ScheduledJobs);
    const b = new ScheduledJobs({ addInterval: () => undefined } as never, ds);
    let runs = 0;
    const job: ScheduledJob = { name: 'test-once', everyMs: 60_000, run: async () => `run ${++runs}` };
    const now = Date.now();
    const ticks = await Promise.all([
      a.tick(job, now),
      b.tick(job, now),
      a.tick(job, now + 1),
      b.tick(job, now),
    ]);
    expect(ticks.filter(Boolean)).toHaveLength(1);
    expect(runs).toBe(1);
    expect(await b.tick(job, now + 60_000)).toBe(true);
    expect(runs).toBe(2);
    const rows = await ds.query(
      `SELECT round_no, outcome, finished_at FROM job_runs WHERE job = 'test-once'`,
    );
    expect(rows).toHaveLength(2);
    expect(rows.map((r: { outcome: string }) => r.outcome).sort()).toEqual(['run 1', 'run 2']);
  });

  it('cleanup deletes expired sessions, captchas and rate-limit windows, not live ones', async () => {
    const citizen = await loginAs(t, await createAccount(t));
    expect(citizen).toBeDefined();
    const past = new Date(Date.now() - 3600_000);
    const future = new Date(Date.now() + 3600_000);
    const insert = (table: string, rows: object[]) =>
      ds.createQueryBuilder().insert().into(table).values(rows).execute();
    await insert('captchas', [
      { id: 'c-old', answerHash: 'x', createdAt: past, expiresAt: past },
      { id: 'c-new', answerHash: 'x', createdAt: past, expiresAt: future },
    ]);
    await insert('rate_limits', [
      { bucket: 'test:old', hits: 1, resetAt: past },
      { bucket: 'test:new', hits: 1, resetAt: future },
    ]);
    const sessions = Number((await ds.query('SELECT COUNT(*) AS n FROM sessions'))[0].n);
    const [one] = await ds.query('SELECT id FROM sessions');
    await ds
      .createQueryBuilder()
      .update('sessions')
      .set({ expiresAt: past })
      .where('id = :id', one)
      .execute();
    const outcome = await t.app.get(CleanupJob).run();
    expect(outcome).toMatch(/sessions 1, captchas 1, .*rate_limits 1/);
    expect(
      (await ds.query(`SELECT id FROM captchas WHERE id IN ('c-old', 'c-new')`)).map(
        (r: { id: string }) => r.id,
      ),
    ).toEqual(['c-new']);
    expect(
      (await ds.query(`SELECT bucket FROM rate_limits WHERE bucket LIKE 'test:%'`)).map(
        (r: { bucket: string }) => r.bucket,
      ),
    ).toEqual(['test:new']);
    expect(Number((await ds.query('SELECT COUNT(*) AS n FROM sessions'))[0].n)).toBe(sessions - 1);
  });

  it('the orphan sweep deletes old unreferenced files only, on the configured storage', async () => {
    const proc = await createProcedure(t);
    const citizen = await loginAs(t, await createAccount(t));
    const saved = await saveDossier(citizen, { serviceId: proc.procedure.id, formData: COMPLETE_FORM }, [
      { componentId: proc.components[0].id, name: 'to-khai.pdf', content: pdfBytes(20_000) },
    ]);
    expect(saved.errors).toBeUndefined();
    const storage = t.app.get(StorageDriver);
    const opts = { maxBytes: 1e6, acceptedTypes: ['pdf'], fileName: 'mo-coi.pdf' };
    const orphan = await storage.put(PassThrough.from([pdfBytes(1000)]), opts);
    const young = await storage.put(PassThrough.from([pdfBytes(1000)]), opts);
    const sweep = t.app.get(OrphanSweepJob);
    // Two minutes on: past the 60 s grace for everything stored so far except what we touch again.
    const later = Date.now() + 120_000;
    const youngPath = join(t.config.uploadDir, ...young.key.split('/'));
    utimesSync(youngPath, new Date(later), new Date(later));
    const outcome = await sweep.sweepStorage(later);
    expect(outcome).toMatch(/deleted 1 orphan/);
    expect(await storage.exists(orphan.key)).toBe(false);
    expect(await storage.exists(young.key)).toBe(true);
    const key = (await ds.query('SELECT storage_key FROM dossier_files'))[0].storage_key;
    expect(await storage.exists(key)).toBe(true);
  });

  it('the spool sweep deletes dead requests’ capacitor files after the grace period', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dvc-spool-'));
    try {
      writeFileSync(join(dir, 'capacitor-0a1b.tmp'), 'dead');
      writeFileSync(join(dir, 'capacitor-0a1c.tmp'), 'live');
      writeFileSync(join(dir, 'other.tmp'), 'not ours');
      const old = new Date(Date.now() - 120_000);
      utimesSync(join(dir, 'capacitor-0a1b.tmp'), old, old);
      expect(await t.app.get(OrphanSweepJob).sweepSpool(Date.now(), dir)).toMatch(/deleted 1 spool/);
      expect(readdirSync(dir).sort()).toEqual(['capacitor-0a1c.tmp', 'other.tmp']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
