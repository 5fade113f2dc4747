import { createAccount, loginAs } from './support/accounts';
import { createDraft, createProcedure, TestProcedure } from './support/dossier-fixtures';
import { GqlClient } from './support/gql-client';
import { createTestApp, TestApp } from './support/test-app';

const DRAFTS = `query Drafts($filter: MyDossiersFilter) {
  myDossiers(filter: $filter) { totalCount items { id summary createdAt updatedAt service { id } } }
}`;

interface DraftsData {
  myDossiers: {
    totalCount: number;
    items: {
      id: string;
      summary: string | null;
      createdAt: string;
      updatedAt: string;
      service: { id: string };
    }[];
  };
}

/** Two drafts of the same procedure can be told apart, and Đăng ký can find an existing draft (issue 10, item 6). */
describe('dossier drafts: summary and the serviceId filter', () => {
  let t: TestApp;
  let proc: TestProcedure;
  let other: TestProcedure;
  let citizen: GqlClient;

  beforeAll(async () => {
    t = await createTestApp({ SEED_ON_START: 'false' });
    proc = await createProcedure(t);
    other = await createProcedure(t, { name: 'Đăng ký kết hôn' });
    citizen = await loginAs(t, await createAccount(t));
  });
  afterAll(() => t?.close());

  it('lists only the drafts of one service, each with a summary from its form', async () => {
    const first = await createDraft(citizen, proc, { formData: { childName: 'Nguyễn Văn An' } });
    const second = await createDraft(citizen, proc, {
      formData: { birthDate: '2026-01-15', note: 'Sinh đôi' },
    });
    const empty = await createDraft(citizen, proc);
    await createDraft(citizen, other, { formData: { childName: 'Không liên quan' } });

    const res = await citizen.gql<DraftsData>(DRAFTS, {
      filter: { group: 'DRAFTS', serviceId: proc.procedure.id },
    });
    expect(res.errors).toBeUndefined();
    const items = res.data!.myDossiers.items;
    expect(res.data!.myDossiers.totalCount).toBe(3);
    expect(items.every((d) => d.service.id === proc.procedure.id)).toBe(true);
    const summaryOf = (id: string) => items.find((d) => d.id === id)?.summary;
    expect(summaryOf(first.id)).toBe('Nguyễn Văn An');
    expect(summaryOf(second.id)).toBe('Sinh đôi');
    expect(summaryOf(empty.id)).toBeNull();
    for (const d of items)
      expect(new Date(d.updatedAt).getTime()).toBeGreaterThanOrEqual(new Date(d.createdAt).getTime());
  });

  it('finds nothing for a service without drafts or of someone else', async () => {
    const stranger = await loginAs(t, await createAccount(t));
    const res = await stranger.gql<DraftsData>(DRAFTS, {
      filter: { group: 'DRAFTS', serviceId: proc.procedure.id },
    });
    expect(res.data?.myDossiers).toMatchObject({ totalCount: 0, items: [] });
    const unknown = await citizen.gql<DraftsData>(DRAFTS, { filter: { serviceId: 'khong-co' } });
    expect(unknown.data?.myDossiers.totalCount).toBe(0);
  });
});
