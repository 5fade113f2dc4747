import { DOSSIER_STATUSES, DossierStatus, Role } from '@dvc/shared/domain';
import { DossierEntity } from '../src/dossier/entities/dossier.entity';
import { createAccount, loginAs } from './support/accounts';
import {
  act,
  codeOf,
  createWorld,
  dataSource,
  dossierIn,
  ProcessedDossier,
  ProcessingWorld,
  sentDossier,
} from './support/processing';
import { countStatements } from './support/catalog';
import { createTestApp, TestApp } from './support/test-app';

const QUEUE = `query Q($filter: AgencyDossierFilter, $page: Int, $pageSize: Int) {
  agencyDossiers(filter: $filter, page: $page, pageSize: $pageSize) {
    totalCount page pageSize countsByStatus { status count }
    items { id code status dueDate overdue submittedAt applicant { fullName } service { id name } agency { id } }
  }
}`;

interface QueuePage {
  totalCount: number;
  page: number;
  pageSize: number;
  countsByStatus: { status: string; count: number }[];
  items: (ProcessedDossier & { agency: { id: string } })[];
}

/** The agency holds one dossier in each status a sent dossier can have (and a draft, which it must not see). */
const SENT = DOSSIER_STATUSES.filter((s) => s !== DossierStatus.DRAFT);

/** agencyDossiers: the officer's queue, its filters, counts, paging and who may read it. */
describe('officer queue (agencyDossiers)', () => {
  let t: TestApp;
  let w: ProcessingWorld;
  const made: Record<string, ProcessedDossier> = {};

  const queue = async (variables: Record<string, unknown> = {}, client = w.officer) => {
    const res = await client.gql<{ agencyDossiers: QueuePage }>(QUEUE, variables);
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.agencyDossiers;
  };
  const ids = (page: QueuePage) => page.items.map((d) => d.id).sort();

  beforeAll(async () => {
    t = await createTestApp({ SEED_ON_START: 'false', RATE_LIMIT_DISABLED: 'true' });
    w = await createWorld(t);
    for (const status of SENT) made[status] = await dossierIn(w, status);
    made['DRAFT'] = await dossierIn(w, 'DRAFT');
    // Another agency's dossier, which this officer must never see.
    made['OTHER'] = await sentDossier(w, w.otherProc);
  });
  afterAll(() => t?.close());

  it("lists the agency's sent dossiers only, oldest submission first, with counts by status", async () => {
    const page = await queue();
    const sent = ['SUBMITTED', 'RECEIVED', 'IN_PROGRESS', 'SUPPLEMENT_REQUESTED', 'COMPLETED', 'REJECTED'];
    expect(ids(page)).toEqual(sent.map((s) => made[s].id).sort());
    expect(page.totalCount).toBe(6);
    expect([page.page, page.pageSize]).toEqual([1, 20]);
    const submitted = page.items.map((d) => d.submittedAt);
    expect(submitted).toEqual([...submitted].sort());
    expect(page.countsByStatus).toEqual(sent.map((status) => ({ status, count: 1 })));
    expect(
      page.items.every((d) => d.agency.id === w.proc.agency.id && d.service.id === w.proc.procedure.id),
    ).toBe(true);
  });

  it('filters by status and keeps the tab counts', async () => {
    const page = await queue({ filter: { status: 'RECEIVED' } });
    expect(ids(page)).toEqual([made['RECEIVED'].id]);
    expect(page.totalCount).toBe(1);
    expect(page.countsByStatus.find((c) => c.status === 'COMPLETED')?.count).toBe(1);
    expect((await queue({ filter: { status: 'DRAFT' } })).totalCount).toBe(0);
  });

  it('searches the code, the applicant and the service without diacritics or case', async () => {
    expect(ids(await queue({ filter: { search: made['RECEIVED'].code } }))).toEqual([made['RECEIVED'].id]);
    expect(ids(await queue({ filter: { search: ` ${made['RECEIVED'].code!.toLowerCase()} ` } }))).toEqual([
      made['RECEIVED'].id,
    ]);
    // Part of a code (its day and number) is found too.
    expect(ids(await queue({ filter: { search: made['RECEIVED'].code!.slice(-11) } }))).toContain(
      made['RECEIVED'].id,
    );
    // The applicant is "Phạm Thị Hồng Nhung".
    expect((await queue({ filter: { search: 'hong NHUNG' } })).totalCount).toBe(6);
    expect((await queue({ filter: { search: 'Hồng Nhung' } })).totalCount).toBe(6);
    expect((await queue({ filter: { search: 'dang ky khai sinh' } })).totalCount).toBe(6);
    expect((await queue({ filter: { search: 'Nguyễn Văn Khác' } })).totalCount).toBe(0);
    // The other agency's dossier matches the words but is not in this queue.
    expect(ids(await queue({ filter: { search: made['OTHER'].code } }))).toEqual([]);
  });

  it('filters by service and submission dates', async () => {
    expect((await queue({ filter: { serviceId: w.proc.procedure.id } })).totalCount).toBe(6);
    expect((await queue({ filter: { serviceId: w.otherProc.procedure.id } })).totalCount).toBe(0);
    expect((await queue({ filter: { serviceId: 'not-an-id' } })).totalCount).toBe(0);
    // Around the third submission (MySQL keeps whole seconds: several may share one).
    const times = (await queue()).items.map((d) => Date.parse(d.submittedAt as string));
    const pivot = times[2];
    const from = await queue({ filter: { submittedFrom: new Date(pivot).toISOString() } });
    expect(from.totalCount).toBe(times.filter((x) => x >= pivot).length);
    const to = await queue({ filter: { submittedTo: new Date(pivot).toISOString() } });
    expect(to.totalCount).toBe(times.filter((x) => x < pivot).length);
    expect(from.totalCount + to.totalCount).toBe(6);
  });

  it('flags and filters overdue dossiers (not while a supplement is open, not once finished)', async () => {
    const past = new Date(Date.now() - 3 * 86_400_000);
    for (const s of ['IN_PROGRESS', 'SUPPLEMENT_REQUESTED', 'COMPLETED']) {
      await dataSource(t).getRepository(DossierEntity).update({ id: made[s].id }, { dueDate: past });
    }
    const overdue = await queue({ filter: { overdue: true } });
    expect(ids(overdue)).toEqual([made['IN_PROGRESS'].id]);
    expect(overdue.items[0].overdue).toBe(true);
    const onTime = await queue({ filter: { overdue: false } });
    expect(onTime.totalCount).toBe(5);
    expect(onTime.items.every((d) => !d.overdue)).toBe(true);
  });

  it('pages, and bounds the page size', async () => {
    const first = await queue({ page: 1, pageSize: 4 });
    const second = await queue({ page: 2, pageSize: 4 });
    expect([first.items.length, second.items.length, second.totalCount]).toEqual([4, 2, 6]);
    expect(new Set([...ids(first), ...ids(second)]).size).toBe(6);
    expect((await queue({ page: 9, pageSize: 4 })).items).toEqual([]);
    const big = await queue({ pageSize: 1000 });
    expect(big.pageSize).toBe(100);
    // The declared cost grows with the page: a selection fine for 10 dossiers is refused for 100.
    const heavy = QUEUE.replace(
      'items {',
      'items { history { id note actorName createdAt } files { id fileName size mimeType } ',
    );
    expect(codeOf(await w.officer.gql(heavy, { pageSize: 10 }))).toBeUndefined();
    expect(codeOf(await w.officer.gql(heavy, { pageSize: 100 }))).toBe('QUERY_TOO_COMPLEX');
  });

  it('is for officers of an agency only', async () => {
    for (const client of [w.owner, w.admin]) expect(codeOf(await client.gql(QUEUE))).toBe('FORBIDDEN');
    expect(codeOf(await t.client().gql(QUEUE))).toBe('UNAUTHENTICATED');
    const loose = await loginAs(t, await createAccount(t, { role: Role.OFFICER, agencyId: null }));
    expect(codeOf(await loose.gql(QUEUE))).toBe('FORBIDDEN');
    const other = await queue({}, w.otherOfficer);
    expect(ids(other)).toEqual([made['OTHER'].id]);
    expect(other.items[0].status).toBe(DossierStatus.SUBMITTED);
  });

  /** The statements of one queue request (not the background workers' polls that land inside it). */
  const statements = async (variables: Record<string, unknown>) =>
    (await countStatements(t, () => queue(variables))).statements.length;
  /** A filter beyond the status: its counts are made on every request. */
  const byService = () => ({ serviceId: w.proc.procedure.id });
  const countIn = (page: QueuePage, status: string) =>
    page.countsByStatus.find((c) => c.status === status)?.count;

  it('reads one page with a fixed number of queries whatever its size (no N+1)', async () => {
    expect(await statements({ pageSize: 2, filter: byService() })).toBeGreaterThanOrEqual(3);
    expect(await statements({ pageSize: 6, filter: byService() })).toBe(
      await statements({ pageSize: 2, filter: byService() }),
    );
  });

  it("keeps a plain tab's counts in memory until a change in the agency, which shows at once", async () => {
    await queue();
    const filtered = await statements({ filter: { ...byService(), status: 'RECEIVED' } });
    expect(await statements({ filter: { status: 'RECEIVED' } })).toBe(filtered - 1);
    const before = await queue();
    const fresh = await sentDossier(w);
    const sent = await queue();
    expect(sent.totalCount).toBe(before.totalCount + 1);
    expect(countIn(sent, 'SUBMITTED')).toBe(countIn(before, 'SUBMITTED')! + 1);
    await act(w.officer, 'receiveDossier', fresh, w.proc);
    const received = await queue({ filter: { status: 'RECEIVED' } });
    expect(received.items.map((d) => d.id)).toContain(fresh.id);
    expect(received.totalCount).toBe(countIn(before, 'RECEIVED')! + 1);
    expect(countIn(received, 'SUBMITTED')).toBe(countIn(before, 'SUBMITTED'));
    // Another agency's change does not touch these counts, and its officer sees only their own.
    await sentDossier(w, w.otherProc);
    expect(countIn(await queue(), 'SUBMITTED')).toBe(countIn(before, 'SUBMITTED'));
    expect(countIn(await queue({}, w.otherOfficer), 'SUBMITTED')).toBe(2);
  });
});
