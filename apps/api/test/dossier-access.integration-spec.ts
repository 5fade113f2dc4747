import { Role } from '@dvc/shared/domain';
import { randomUUID } from 'node:crypto';
import { createAccount, loginAs, randomIp, TestAccount } from './support/accounts';
import {
  CitizenWorld,
  COMPLETE_FORM,
  createCitizenWorld,
  createProcedure,
  DELETE_DOSSIER,
  DOSSIER_QUERY,
  DossierData,
  LOOKUP_DOSSIER,
  MY_DOSSIERS,
  saveDossier,
  TestProcedure,
} from './support/dossier-fixtures';
import { countStatements } from './support/catalog';
import { GqlClient } from './support/gql-client';
import { createTestApp, TestApp } from './support/test-app';

interface MyDossiersAnswer {
  myDossiers: {
    totalCount: number;
    page: number;
    pageSize: number;
    pageCount: number;
    items: {
      id: string;
      code: string | null;
      status: string;
      createdAt: string;
      service: { name: string };
    }[];
  };
}

/** Who sees what: the list, IDOR on every operation, officers, and the public lookup. */
describe('dossiers: listing, access and lookup', () => {
  let t: TestApp;
  let w: CitizenWorld;
  let intruder: GqlClient;

  beforeAll(async () => {
    t = await createTestApp({ SEED_ON_START: 'false', TRUST_PROXY: 'true' });
    w = await createCitizenWorld(t);
    intruder = await loginAs(t, await createAccount(t));
  });
  afterAll(() => t?.close());

  describe('queries', () => {
    let account: TestAccount;
    let client: GqlClient;
    let other: TestProcedure;

    beforeAll(async () => {
      account = await createAccount(t);
      client = await loginAs(t, account);
      other = await createProcedure(t, { name: 'Cấp giấy phép xây dựng nhà ở' });
      for (let i = 0; i < 3; i++) await w.create(client, { formData: { childName: `Nháp ${i}` } });
      await saveDossier(client, { serviceId: other.procedure.id });
      for (let i = 0; i < 2; i++)
        expect((await w.submit((await w.completeDraft(client)).id, client)).errors).toBeUndefined();
    });

    const list = (variables: Record<string, unknown>) => client.gql<MyDossiersAnswer>(MY_DOSSIERS, variables);

    it('lists drafts and sent dossiers apart, newest first', async () => {
      const all = await list({});
      expect(all.data?.myDossiers.totalCount).toBe(6);
      const drafts = await list({ filter: { group: 'DRAFTS' } });
      expect(drafts.data?.myDossiers.totalCount).toBe(4);
      expect(drafts.data?.myDossiers.items.every((d) => d.status === 'DRAFT')).toBe(true);
      const sent = await list({ filter: { group: 'SENT' } });
      expect(sent.data?.myDossiers.totalCount).toBe(2);
      expect(sent.data?.myDossiers.items.every((d) => d.code && d.status === 'SUBMITTED')).toBe(true);
      // Newest first; the last one created is a sent birth registration. MariaDB keeps whole seconds, so
      // dossiers made in the same second tie (and come in id order): the newest is among the first second's.
      const items = all.data!.myDossiers.items;
      const times = items.map((d) => Date.parse(d.createdAt));
      expect(times).toEqual([...times].sort((a, b) => b - a));
      const newest = items.filter((d) => Date.parse(d.createdAt) === times[0]);
      expect(newest.some((d) => d.service.name === 'Đăng ký khai sinh' && d.status === 'SUBMITTED')).toBe(
        true,
      );
    });

    it('filters by status (inside the group) and pages', async () => {
      expect((await list({ filter: { status: 'SUBMITTED' } })).data?.myDossiers.totalCount).toBe(2);
      expect(
        (await list({ filter: { group: 'DRAFTS', status: 'SUBMITTED' } })).data?.myDossiers.totalCount,
      ).toBe(0);
      const page = await list({ page: 2, pageSize: 4 });
      expect(page.data?.myDossiers).toMatchObject({ page: 2, pageSize: 4, pageCount: 2, totalCount: 6 });
      expect(page.data?.myDossiers.items).toHaveLength(2);
      const huge = await list({ pageSize: 1000 });
      expect(huge.data?.myDossiers.pageSize).toBe(50);
    });

    it('gives the same total on every page, counting only when the page cannot tell it', async () => {
      const answer = async (page: number, pageSize: number) => {
        const { result, statements } = await countStatements(t, () => list({ page, pageSize }));
        const { totalCount, pageCount, items } = result.data!.myDossiers;
        return { totalCount, pageCount, items: items.length, counted: statements.some(isCount) };
      };
      const isCount = (sql: string) => /^SELECT COUNT\(/i.test(sql.trim());
      // Six dossiers: full pages need the count, a partial page ends the list, a page past it counts again.
      expect(await answer(1, 4)).toEqual({ totalCount: 6, pageCount: 2, items: 4, counted: true });
      expect(await answer(2, 4)).toEqual({ totalCount: 6, pageCount: 2, items: 2, counted: false });
      expect(await answer(3, 4)).toEqual({ totalCount: 6, pageCount: 2, items: 0, counted: true });
      expect(await answer(1, 20)).toEqual({ totalCount: 6, pageCount: 1, items: 6, counted: false });
      expect(await answer(2, 3)).toEqual({ totalCount: 6, pageCount: 2, items: 3, counted: true });
      const empty = await loginAs(t, await createAccount(t));
      const { result, statements } = await countStatements(t, () =>
        empty.gql<MyDossiersAnswer>(MY_DOSSIERS, {}),
      );
      expect(result.data?.myDossiers).toMatchObject({ totalCount: 0, pageCount: 0, items: [] });
      expect(statements.some(isCount)).toBe(false);
    });

    it('searches by code or service name, without diacritics or case', async () => {
      const noMarks = await list({ filter: { search: 'GIAY PHEP xay dung' } });
      expect(noMarks.data?.myDossiers.items.map((d) => d.service.name)).toEqual([
        'Cấp giấy phép xây dựng nhà ở',
      ]);
      const sent = (await list({ filter: { group: 'SENT' } })).data!.myDossiers.items;
      const byCode = await list({ filter: { search: sent[0].code!.toLowerCase() } });
      expect(byCode.data?.myDossiers.items.map((d) => d.id)).toEqual([sent[0].id]);
      expect((await list({ filter: { search: 'không có' } })).data?.myDossiers.totalCount).toBe(0);
    });

    it('shows nobody else’s dossiers', async () => {
      const res = await intruder.gql<MyDossiersAnswer>(MY_DOSSIERS, {});
      expect(res.data?.myDossiers.items.every((d) => d.id !== undefined)).toBe(true);
      const mine = (await list({})).data!.myDossiers.items.map((d) => d.id);
      expect(res.data?.myDossiers.items.filter((d) => mine.includes(d.id))).toEqual([]);
      expect((await t.client().gql(MY_DOSSIERS, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('no IDOR: someone else’s dossier answers NOT_FOUND on every operation', () => {
    let draft: DossierData;
    let sent: DossierData;

    beforeAll(async () => {
      draft = await w.completeDraft();
      sent = (await w.submit((await w.completeDraft()).id)).data!.submitDossier;
    });

    it('dossier(id)', async () => {
      for (const d of [draft, sent]) {
        expect((await intruder.gql(DOSSIER_QUERY, { id: d.id })).errors?.[0].extensions?.code).toBe(
          'NOT_FOUND',
        );
      }
      expect((await intruder.gql(DOSSIER_QUERY, { id: 'not-a-uuid' })).errors?.[0].extensions?.code).toBe(
        'NOT_FOUND',
      );
    });

    it('saveDossier on their dossier, and removing their file from one’s own', async () => {
      const res = await saveDossier(intruder, {
        id: draft.id,
        serviceId: w.proc.procedure.id,
        expectedVersion: draft.version,
        formData: { childName: 'Kẻ lạ' },
      });
      expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const own = await w.create(intruder);
      const steal = await saveDossier(intruder, {
        id: own.id,
        serviceId: w.proc.procedure.id,
        expectedVersion: own.version,
        components: [{ componentId: w.proc.components[0].id, removeFileIds: [draft.files[0].id] }],
      });
      expect(steal.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const still = await w.citizen.gql<{ dossier: DossierData }>(DOSSIER_QUERY, { id: draft.id });
      expect(still.data?.dossier).toMatchObject({ version: draft.version, formData: COMPLETE_FORM });
      expect(still.data?.dossier.files).toHaveLength(1);
    });

    it('submitDossier and deleteDossier', async () => {
      expect((await w.submit(draft.id, intruder)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect((await intruder.gql(DELETE_DOSSIER, { id: draft.id })).errors?.[0].extensions?.code).toBe(
        'NOT_FOUND',
      );
      const still = await w.citizen.gql<{ dossier: DossierData }>(DOSSIER_QUERY, { id: draft.id });
      expect(still.data?.dossier.status).toBe('DRAFT');
    });

    it('file downloads', async () => {
      for (const f of [...draft.files, ...sent.files]) {
        expect((await intruder.fetch(f.downloadUrl)).status).toBe(404);
        expect((await t.client().fetch(f.downloadUrl)).status).toBe(401);
      }
    });

    it('officers: only those of the receiving agency, and only once the dossier was sent', async () => {
      const own = await loginAs(
        t,
        await createAccount(t, { role: Role.OFFICER, agencyId: w.proc.agency.id }),
      );
      const elsewhere = await loginAs(
        t,
        await createAccount(t, { role: Role.OFFICER, agencyId: (await createProcedure(t)).agency.id }),
      );
      const read = await own.gql<{ dossier: DossierData }>(DOSSIER_QUERY, { id: sent.id });
      expect(read.data?.dossier.code).toBe(sent.code);
      expect([...read.data!.dossier.availableActions].sort()).toEqual([
        'RECEIVE',
        'REJECT',
        'REQUEST_SUPPLEMENT',
      ]);
      expect((await own.fetch(sent.files[0].downloadUrl)).status).toBe(200);
      expect((await own.gql(DOSSIER_QUERY, { id: draft.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect((await own.fetch(draft.files[0].downloadUrl)).status).toBe(404);
      expect((await elsewhere.gql(DOSSIER_QUERY, { id: sent.id })).errors?.[0].extensions?.code).toBe(
        'NOT_FOUND',
      );
      expect((await elsewhere.fetch(sent.files[0].downloadUrl)).status).toBe(404);
    });
  });

  describe('lookupDossier (Tra cứu hồ sơ)', () => {
    it('answers status and history for the code and the applicant’s CCCD, without a session', async () => {
      const sent = (await w.submit((await w.completeDraft()).id)).data!.submitDossier;
      const anonymous = t.client({ 'x-forwarded-for': randomIp() });
      const res = await anonymous.gql<{ lookupDossier: Record<string, unknown> }>(LOOKUP_DOSSIER, {
        code: ` ${sent.code!.toLowerCase()} `,
        citizenId: w.owner.citizenId,
      });
      expect(res.errors).toBeUndefined();
      expect(res.data?.lookupDossier).toMatchObject({
        code: sent.code,
        serviceName: 'Đăng ký khai sinh',
        status: 'SUBMITTED',
        history: [{ action: 'SUBMIT', fromStatus: 'DRAFT', toStatus: 'SUBMITTED' }],
      });
      const wrong = await anonymous.gql(LOOKUP_DOSSIER, { code: sent.code, citizenId: '001000000000' });
      expect(wrong.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const unknown = await anonymous.gql(LOOKUP_DOSSIER, {
        code: 'X-000000-0000',
        citizenId: w.owner.citizenId,
      });
      expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(wrong.errors?.[0].message).toBe(unknown.errors?.[0].message);
    });

    it('is rate limited per code', async () => {
      const code = `LIMIT-${randomUUID().slice(0, 8)}`;
      let last;
      for (let i = 0; i < 11; i++) {
        last = await t
          .client({ 'x-forwarded-for': randomIp() })
          .gql(LOOKUP_DOSSIER, { code, citizenId: '001000000000' });
      }
      expect(last?.errors?.[0].extensions?.code).toBe('TOO_MANY_ATTEMPTS');
      expect(last?.errors?.[0].extensions?.['retryAfterSeconds']).toBeGreaterThan(0);
    });
  });
});
