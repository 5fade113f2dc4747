import { SeedService } from '../src/database/seeds/seed.service';
import { DEMO_STATISTICS_COUNT } from '../src/statistics/demo-statistics-plan';
import { countRows } from './support/dossier-fixtures';
import { createTestApp, TestApp } from './support/test-app';

const PUBLIC = `query P($from: DateTime!, $to: DateTime!) {
  publicStatistics(from: $from, to: $to) { totals { received completedOnTime completedLate rejected inProgress supplementRequests ratingCount averageProcessingDays } agencies { agencyName } } }`;

/** The demo data gives the statistics page something to show, and a second seed adds nothing. */
describe('statistics demo data', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ SEED_ON_START: 'true' });
  });
  afterAll(() => t?.close());

  it('seeds a few hundred processed dossiers over the last three months, once', async () => {
    const now = Date.now();
    const period = {
      from: new Date(now - 92 * 86_400_000).toISOString(),
      to: new Date(now + 60_000).toISOString(),
    };
    const res = await t.client().gql<{
      publicStatistics: { totals: Record<string, number>; agencies: { agencyName: string }[] };
    }>(PUBLIC, period);
    const totals = res.data?.publicStatistics.totals as Record<string, number>;
    // The statistics demo and the back-office demo's dossiers (sent within the period).
    expect(totals['received']).toBeGreaterThanOrEqual(DEMO_STATISTICS_COUNT);
    expect(totals['completedOnTime']).toBeGreaterThan(100);
    expect(totals['completedLate']).toBeGreaterThan(10);
    expect(totals['rejected']).toBeGreaterThan(0);
    expect(totals['inProgress']).toBeGreaterThan(0);
    expect(totals['supplementRequests']).toBeGreaterThan(0);
    expect(totals['ratingCount']).toBeGreaterThan(50);
    expect(totals['averageProcessingDays']).toBeGreaterThan(0);
    expect(res.data?.publicStatistics.agencies.length).toBeGreaterThanOrEqual(3);
    const before = await Promise.all(
      ['dossiers', 'dossier_statistics', 'processing_steps'].map((n) => countRows(t, n)),
    );
    await t.app.get(SeedService).run();
    const after = await Promise.all(
      ['dossiers', 'dossier_statistics', 'processing_steps'].map((n) => countRows(t, n)),
    );
    expect(after).toEqual(before);
  });
});
