import { Role } from '@dvc/shared/domain';
import { backfillStatistics } from '../src/statistics/dossier-statistics-rows';
import { createAccount, loginAs } from './support/accounts';
import { createProcedure, TestProcedure } from './support/dossier-fixtures';
import { GqlClient } from './support/gql-client';
import {
  codeOf,
  createWorld,
  dataSource,
  dossierIn,
  ProcessingWorld,
  RATE_DOSSIER,
} from './support/processing';
import { FIXTURE_PERIOD, fixtureDossiers, insertFixture } from './support/statistics-fixture';
import { createTestApp, TestApp } from './support/test-app';

const FIGURES = `received inProgress completedOnTime completedLate rejected supplementRequests
  averageProcessingDays onTimeRate averageRating ratingCount`;
const AGENCY_STATISTICS = `query S($from: DateTime!, $to: DateTime!, $agencyId: ID) {
  agencyStatistics(from: $from, to: $to, agencyId: $agencyId) {
    from to totals { ${FIGURES} }
    agencies { agencyId agencyName figures { ${FIGURES} } procedures { procedureId procedureCode procedureName figures { ${FIGURES} } } }
  }
}`;
const PUBLIC_STATISTICS = `query P($from: DateTime!, $to: DateTime!) {
  publicStatistics(from: $from, to: $to) { totals { ${FIGURES} } agencies { agencyId agencyName figures { ${FIGURES} } procedures { procedureId } } }
}`;

type Figures = Record<string, number | null>;
interface Report {
  totals: Figures;
  agencies: {
    agencyId: string;
    agencyName: string;
    figures: Figures;
    procedures: { procedureId: string; figures: Figures }[];
  }[];
}

const ok = <T>(res: { data?: T | null; errors?: unknown }): T => {
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data;
};

const figures = (f: Partial<Figures>): Figures => ({
  received: 0,
  inProgress: 0,
  completedOnTime: 0,
  completedLate: 0,
  rejected: 0,
  supplementRequests: 0,
  averageProcessingDays: null,
  onTimeRate: null,
  averageRating: null,
  ratingCount: 0,
  ...f,
});

/** agencyStatistics / publicStatistics against a fixture whose answers were computed by hand. */
describe('statistics', () => {
  let t: TestApp;
  let a1: TestProcedure;
  let a2Id: string;
  let b1: TestProcedure;
  let admin: GqlClient;
  let officerA: GqlClient;
  let citizen: GqlClient;

  const stats = async (client: GqlClient, variables: Record<string, unknown> = {}) => {
    const res = await client.gql<{ agencyStatistics: Report }>(AGENCY_STATISTICS, {
      ...FIXTURE_PERIOD,
      ...variables,
    });
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.agencyStatistics;
  };

  beforeAll(async () => {
    t = await createTestApp({ SEED_ON_START: 'false', RATE_LIMIT_DISABLED: 'true' });
    a1 = await createProcedure(t);
    b1 = await createProcedure(t);
    // A second procedure of agency A.
    a2Id = (await createProcedure(t)).procedure.id;
    const ds = dataSource(t);
    await ds.query('UPDATE service_procedures SET agency_id = ? WHERE id = ?', [a1.agency.id, a2Id]);
    const owner = await createAccount(t);
    await insertFixture(
      ds,
      owner.id,
      fixtureDossiers({
        a1: a1.procedure.id,
        a2: a2Id,
        b1: b1.procedure.id,
        agencyA: a1.agency.id,
        agencyB: b1.agency.id,
      }),
    );
    // Ten sent dossiers (the draft has no row).
    expect(await backfillStatistics((sql, params) => ds.query(sql, params))).toBe(10);
    admin = await loginAs(t, await createAccount(t, { role: Role.ADMIN }));
    officerA = await loginAs(t, await createAccount(t, { role: Role.OFFICER, agencyId: a1.agency.id }));
    citizen = await loginAs(t, owner);
  });
  afterAll(() => t?.close());

  const A1 = figures({
    received: 6,
    inProgress: 2,
    completedOnTime: 2,
    completedLate: 1,
    rejected: 1,
    supplementRequests: 2,
    averageProcessingDays: 3,
    onTimeRate: 0.667,
    averageRating: 4,
    ratingCount: 1,
  });
  const A2 = figures({
    received: 1,
    completedOnTime: 1,
    averageProcessingDays: 2,
    onTimeRate: 1,
    averageRating: 5,
    ratingCount: 1,
  });
  const AGENCY_A = figures({
    received: 7,
    inProgress: 2,
    completedOnTime: 3,
    completedLate: 1,
    rejected: 1,
    supplementRequests: 2,
    averageProcessingDays: 2.8,
    onTimeRate: 0.75,
    averageRating: 4.5,
    ratingCount: 2,
  });
  const AGENCY_B = figures({
    received: 2,
    inProgress: 1,
    completedLate: 1,
    averageProcessingDays: 2,
    onTimeRate: 0,
    averageRating: 2,
    ratingCount: 1,
  });

  it('gives the admin every agency, per procedure, with the hand-computed figures', async () => {
    const report = await stats(admin);
    const byId = new Map(report.agencies.map((a) => [a.agencyId, a]));
    expect(report.agencies).toHaveLength(2);
    const a = byId.get(a1.agency.id);
    expect(a?.agencyName).toBe(a1.agency.name);
    expect(a?.figures).toEqual(AGENCY_A);
    expect(Object.fromEntries(a?.procedures.map((p) => [p.procedureId, p.figures]) ?? [])).toEqual({
      [a1.procedure.id]: A1,
      [a2Id]: A2,
    });
    expect(byId.get(b1.agency.id)?.figures).toEqual(AGENCY_B);
    expect(report.totals).toEqual(
      figures({
        received: 9,
        inProgress: 3,
        completedOnTime: 3,
        completedLate: 2,
        rejected: 1,
        supplementRequests: 2,
        averageProcessingDays: 2.6,
        onTimeRate: 0.6,
        averageRating: 3.67,
        ratingCount: 3,
      }),
    );
  });

  it('narrows to one agency for the admin, and to their own for an officer', async () => {
    const onlyB = await stats(admin, { agencyId: b1.agency.id });
    expect(onlyB.agencies.map((a) => a.agencyId)).toEqual([b1.agency.id]);
    expect(onlyB.totals).toEqual(AGENCY_B);
    const own = await stats(officerA);
    expect(own.agencies.map((a) => a.agencyId)).toEqual([a1.agency.id]);
    expect(own.agencies[0].figures).toEqual(AGENCY_A);
    expect((await stats(officerA, { agencyId: a1.agency.id })).totals).toEqual(AGENCY_A);
  });

  it("refuses another agency's figures to an officer, and the query to citizens and anonymous callers", async () => {
    const other = await officerA.gql(AGENCY_STATISTICS, { ...FIXTURE_PERIOD, agencyId: b1.agency.id });
    expect(codeOf(other)).toBe('FORBIDDEN');
    expect(other.data).toBeNull();
    expect(codeOf(await citizen.gql(AGENCY_STATISTICS, FIXTURE_PERIOD))).toBe('FORBIDDEN');
    expect(codeOf(await t.client().gql(AGENCY_STATISTICS, FIXTURE_PERIOD))).toBe('UNAUTHENTICATED');
    const unknown = await admin.gql(AGENCY_STATISTICS, {
      ...FIXTURE_PERIOD,
      agencyId: '00000000-0000-4000-8000-000000000000',
    });
    expect(codeOf(unknown)).toBe('NOT_FOUND');
  });

  it('validates the period', async () => {
    const backwards = await admin.gql(AGENCY_STATISTICS, {
      from: FIXTURE_PERIOD.to,
      to: FIXTURE_PERIOD.from,
    });
    expect(codeOf(backwards)).toBe('VALIDATION_FAILED');
    expect(backwards.errors?.[0]?.extensions?.['fields']).toHaveProperty('to');
    const tooLong = await admin.gql(AGENCY_STATISTICS, {
      from: '2020-01-01T00:00:00Z',
      to: '2026-01-01T00:00:00Z',
    });
    expect(codeOf(tooLong)).toBe('VALIDATION_FAILED');
  });

  it('publishes the same per-agency figures to anyone, without procedures', async () => {
    const res = await t.client().gql<{ publicStatistics: Report }>(PUBLIC_STATISTICS, FIXTURE_PERIOD);
    const report = res.data?.publicStatistics as Report;
    const byId = new Map(report.agencies.map((a) => [a.agencyId, a]));
    expect(byId.get(a1.agency.id)?.figures).toEqual(AGENCY_A);
    expect(byId.get(b1.agency.id)?.figures).toEqual(AGENCY_B);
    expect(report.agencies.every((a) => a.procedures.length === 0)).toBe(true);
  });

  it('follows dossiers processed through the API (the row is kept in the changing transaction)', async () => {
    const w: ProcessingWorld = await createWorld(t);
    const done = await dossierIn(w, 'COMPLETED');
    const waiting = await dossierIn(w, 'SUPPLEMENT_REQUESTED');
    ok(await w.owner.gql(RATE_DOSSIER, { id: done.id, score: 4 }));
    const rows = (await dataSource(t).query(
      'SELECT dossier_id, status, working_days, on_time, supplement_count, rating FROM dossier_statistics WHERE agency_id = ?',
      [w.proc.agency.id],
    )) as Record<string, unknown>[];
    const byId = new Map(rows.map((r) => [r['dossier_id'], r]));
    expect(rows).toHaveLength(2);
    expect(byId.get(done.id)).toMatchObject({ status: 'COMPLETED', supplement_count: 0 });
    expect(Number(byId.get(done.id)?.['working_days'])).toBe(0); // received and completed the same day
    expect(Number(byId.get(done.id)?.['on_time'])).toBe(1);
    expect(Number(byId.get(done.id)?.['rating'])).toBe(4);
    expect(byId.get(waiting.id)).toMatchObject({ status: 'SUPPLEMENT_REQUESTED', supplement_count: 1 });
    const now = Date.now();
    const report = await stats(admin, {
      from: new Date(now - 86_400_000).toISOString(),
      to: new Date(now + 60_000).toISOString(),
      agencyId: w.proc.agency.id,
    });
    expect(report.totals).toEqual(
      figures({
        received: 2,
        inProgress: 1,
        completedOnTime: 1,
        supplementRequests: 1,
        averageProcessingDays: 0,
        onTimeRate: 1,
        averageRating: 4,
        ratingCount: 1,
      }),
    );
  });
});
