import { DossierStatus } from '@dvc/shared/domain';
import { DataSource } from 'typeorm';
import { DEMO_PASSWORD } from '../src/account/demo-accounts.seeder';
import { SeedService } from '../src/database/seeds/seed.service';
import { loginOverHttp } from './support/accounts';
import { countRows } from './support/dossier-fixtures';
import { RateLimitEntity } from '../src/common/rate-limit/rate-limit.entity';
import { RateLimitService } from '../src/common/rate-limit/rate-limit.service';
import { DEMO_STORIES } from '../src/processing/demo-processing-stories';
import { PROCESSING_LIMITS } from '../src/processing/processing-limits';
import { codeOf, PROCESSING_FIELDS, ProcessedDossier } from './support/processing';
import { createTestApp, TestApp } from './support/test-app';

const QUEUE = `query Q($filter: AgencyDossierFilter) {
  agencyDossiers(filter: $filter, pageSize: 10) {
    totalCount countsByStatus { status count } items { ${PROCESSING_FIELDS} }
  }
}`;

const DOSSIER = `query D($id: ID!) { dossier(id: $id) { ${PROCESSING_FIELDS} } }`;

/** The demo data: the officer `canbo` has a dossier of `congdan` in every status, with history. */
describe('back office demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ SEED_ON_START: 'true' });
  });
  afterAll(() => t?.close());

  it('gives canbo a dossier in every status after submission, and a second seed changes nothing', async () => {
    const officer = t.client();
    expect((await loginOverHttp(officer, 'canbo', DEMO_PASSWORD)).errors).toBeUndefined();
    const res = await officer.gql<{
      agencyDossiers: {
        totalCount: number;
        countsByStatus: { status: string; count: number }[];
        items: ProcessedDossier[];
      };
    }>(QUEUE);
    expect(res.errors).toBeUndefined();
    const page = res.data!.agencyDossiers;
    // The statistics demo adds hundreds of finished dossiers to the same queue: every status is
    // counted there, and the back-office stories are read one by one.
    const counted = new Map(page.countsByStatus.map((c) => [c.status, c.count]));
    const items = await Promise.all(
      DEMO_STORIES.map(async (story) => {
        const one = await officer.gql<{ dossier: ProcessedDossier }>(DOSSIER, { id: story.id });
        expect(one.errors).toBeUndefined();
        return one.data!.dossier;
      }),
    );
    const statuses = items.map((d) => d.status);
    for (const status of Object.values(DossierStatus).filter((s) => s !== DossierStatus.DRAFT)) {
      expect(statuses).toContain(status);
      expect(counted.get(status)).toBeGreaterThan(0);
    }
    const byStatus = (s: string) => items.find((d) => d.status === s) as ProcessedDossier;
    expect(byStatus('COMPLETED').result?.files).toHaveLength(1);
    expect(byStatus('COMPLETED').result?.officerName).toBe('Trần Thị Bình');
    expect(byStatus('SUPPLEMENT_REQUESTED').supplementRequest?.items[0].label).toBeTruthy();
    expect(byStatus('REJECTED').rejectionReason).toMatch(/thẩm quyền/);
    expect(byStatus('RECEIVED').dueDate).not.toBeNull();
    expect(byStatus('IN_PROGRESS').history.map((s) => s.action)).toEqual([
      'SUBMIT',
      'RECEIVE',
      'START_PROCESSING',
    ]);
    for (const d of items) expect(d.applicant.fullName).toBe('Nguyễn Văn An');

    // The citizen downloads the result; the PDF is real.
    const citizen = t.client();
    await loginOverHttp(citizen, 'congdan', DEMO_PASSWORD);
    const file = await citizen.fetch(byStatus('COMPLETED').result!.files[0].downloadUrl);
    expect(file.status).toBe(200);
    expect(
      Buffer.from(await file.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');

    const tables = ['dossiers', 'processing_steps', 'dossier_files', 'supplement_requests'];
    const before = await Promise.all(tables.map((n) => countRows(t, n)));
    await t.app.get(SeedService).run();
    const after = await Promise.all(tables.map((n) => countRows(t, n)));
    expect(after).toEqual(before);
    // One open supplement request among the stories. (The statistics demo may hold open ones too:
    // whether a supplement is still open there depends on the time of day the seed runs.)
    const ids = DEMO_STORIES.map((s) => s.id);
    const open = await t.app
      .get(DataSource)
      .query(
        `SELECT COUNT(*) AS n FROM supplement_requests WHERE resolved_at IS NULL AND dossier_id IN (${ids.map(() => '?').join(', ')})`,
        ids,
      );
    expect(Number((open as { n: number }[])[0].n)).toBe(1);
  });

  it('rate-limits the new mutations per account, and aliases cannot multiply them', async () => {
    const ds = t.app.get(DataSource);
    const officer = t.client();
    await loginOverHttp(officer, 'canbo', DEMO_PASSWORD);
    const citizen = t.client();
    await loginOverHttp(citizen, 'congdan', DEMO_PASSWORD);
    const [canbo] = (await ds.query("SELECT id FROM accounts WHERE username = 'canbo'")) as { id: string }[];
    const [congdan] = (await ds.query("SELECT id FROM accounts WHERE username = 'congdan'")) as {
      id: string;
    }[];
    const full = (rule: { name: string; limit: number }, id: string) =>
      ds.getRepository(RateLimitEntity).save({
        bucket: t.app.get(RateLimitService).bucketOf(rule, id),
        hits: rule.limit,
        resetAt: new Date(Date.now() + 60_000),
      });
    await full(PROCESSING_LIMITS.officerActionPerAccount, canbo.id);
    await full(PROCESSING_LIMITS.ratePerAccount, congdan.id);
    const submitted = '0d0c5eed-0000-4000-8000-000000000001';
    const completed = '0d0c5eed-0000-4000-8000-000000000005';
    const receive = await officer.gql(
      'mutation($id: ID!) { receiveDossier(id: $id, expectedVersion: 2) { id } }',
      { id: submitted },
    );
    expect(codeOf(receive)).toBe('TOO_MANY_ATTEMPTS');
    const rate = await citizen.gql('mutation($id: ID!) { rateDossier(id: $id, score: 5) { id } }', {
      id: completed,
    });
    expect(codeOf(rate)).toBe('TOO_MANY_ATTEMPTS');
    const aliases = Array.from(
      { length: 11 },
      (_, i) => `a${i}: startProcessing(id: "${submitted}", expectedVersion: 1) { id }`,
    ).join(' ');
    expect(codeOf(await officer.gql(`mutation { ${aliases} }`))).toBe('QUERY_TOO_COMPLEX');
  });
});
