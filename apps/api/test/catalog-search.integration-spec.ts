import { foldVietnamese, OnlineLevel } from '@dvc/shared/domain';
import { CatalogCache } from '../src/service/catalog-cache.service';
import { CatalogReader } from '../src/service/catalog-reader.service';
import { ProcedureAdminService } from '../src/service/procedure-admin.service';
import agencies from '../src/database/seeds/catalog/agencies.json';
import procedures from '../src/database/seeds/catalog/procedures.json';
import sectors from '../src/database/seeds/catalog/sectors.json';
import {
  countStatements,
  FULL_SERVICES_QUERY,
  SERVICE_FIELDS,
  SERVICES_QUERY,
  ServicesAnswer,
} from './support/catalog';
import { GqlClient } from './support/gql-client';
import { createTestApp, TestApp } from './support/test-app';

interface Named {
  id: string;
  code: string;
  name: string;
  serviceCount: number;
}

/** Like the API: every folded word of `query` starts a word of `text`. */
function hasWords(text: string, query: string): boolean {
  const words = foldVietnamese(text).split(' ');
  return foldVietnamese(query)
    .split(' ')
    .every((q) => words.some((w) => w.startsWith(q)));
}

/** The public catalog on the seeded data: search, filters, paging, lookups and the N+1 guarantee. */
describe('catalog: search and browse (public)', () => {
  let t: TestApp;
  let api: GqlClient;
  let agencyList: (Named & { level: string })[];
  let sectorList: Named[];

  const search = async (variables: Record<string, unknown>) => {
    const res = await api.gql<ServicesAnswer>(SERVICES_QUERY, variables);
    expect(res.errors).toBeUndefined();
    return res.data!.services;
  };
  const codesFor = async (text: string) =>
    (await search({ filter: { search: text }, pageSize: 100 })).items.map((i) => i.code);

  beforeAll(async () => {
    t = await createTestApp();
    api = t.client();
    const res = await api.gql<{ agencies: typeof agencyList; sectors: Named[] }>(
      '{ agencies { id code name level serviceCount } sectors { id code name serviceCount } }',
    );
    expect(res.errors).toBeUndefined();
    agencyList = res.data!.agencies;
    sectorList = res.data!.sectors;
  });
  afterAll(() => t?.close());

  it('serves the seeded catalog: every procedure, agency and sector of the data files', async () => {
    const all = await search({ pageSize: 100 });
    expect(all.totalCount).toBe(procedures.length);
    expect(procedures.length).toBeGreaterThanOrEqual(40);
    expect(agencyList).toHaveLength(agencies.length);
    expect(new Set(agencyList.map((a) => a.level))).toEqual(new Set(['MINISTRY', 'PROVINCE', 'COMMUNE']));
    expect(sectorList).toHaveLength(sectors.length);
    // Ministries first, then provinces, then communes.
    const ranks = agencyList.map((a) => ['MINISTRY', 'PROVINCE', 'COMMUNE'].indexOf(a.level));
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
  });

  it('counts the active procedures of each sector and agency', async () => {
    const bySector = new Map<string, number>();
    for (const p of procedures) bySector.set(p.sectorCode, (bySector.get(p.sectorCode) ?? 0) + 1);
    for (const s of sectorList) expect(s.serviceCount).toBe(bySector.get(s.code) ?? 0);
    const total = agencyList.reduce((sum, a) => sum + a.serviceCount, 0);
    expect(total).toBe(procedures.length);
  });

  it('lists the most used services first when there is no search', async () => {
    const page = await search({ pageSize: 10 });
    const popularity = page.items.map((i) => i.popularity);
    expect([...popularity].sort((a, b) => b - a)).toEqual(popularity);
    const top = Math.max(...procedures.map((p) => p.popularity));
    expect(page.items[0].popularity).toBe(top);
  });

  describe('search', () => {
    it('gives the same result for "dang ky khai sinh", "ĐĂNG KÝ KHAI SINH" and "đăng ký khai sinh"', async () => {
      const plain = await codesFor('dang ky khai sinh');
      expect(plain[0]).toBe('1.001193');
      expect(plain).toContain('2.000528');
      expect(await codesFor('ĐĂNG KÝ KHAI SINH')).toEqual(plain);
      expect(await codesFor('đăng ký khai sinh')).toEqual(plain);
      // Decomposed Unicode (as some keyboards send it) and extra spaces too.
      expect(await codesFor('  đăng   ký khai sinh '.normalize('NFD'))).toEqual(plain);
    });

    it('matches the words in any order', async () => {
      const plain = await codesFor('dang ky khai sinh');
      expect(new Set(await codesFor('khai sinh dang ky'))).toEqual(new Set(plain));
      expect(new Set(await codesFor('sinh KHAI ký Đăng'))).toEqual(new Set(plain));
    });

    it('needs every word: a word that matches nothing gives an empty page', async () => {
      const none = await search({ filter: { search: 'khai sinh zzqxv' } });
      expect(none).toMatchObject({ totalCount: 0, items: [] });
      expect((await search({ filter: { search: 'qwxyz' } })).totalCount).toBe(0);
    });

    it('treats đ as d in both directions', async () => {
      const withD = await codesFor('dat dai');
      expect(withD.length).toBeGreaterThan(0);
      expect(await codesFor('đất đai')).toEqual(withD);
      expect(await codesFor('ĐẤT ĐAI')).toEqual(withD);
    });

    it('finds a procedure by its code', async () => {
      expect(await codesFor('1.001193')).toEqual(['1.001193']);
    });

    it('matches the start of words, so short words stay precise', async () => {
      const items = (await search({ filter: { search: 'ho tich' }, pageSize: 100 })).items;
      expect(items.length).toBeGreaterThan(0);
      for (const code of items.map((i) => i.code)) {
        const p = procedures.find((x) => x.code === code)!;
        expect(hasWords(`${p.code} ${p.name} ${p.description} ${p.resultDescription}`, 'ho tich')).toBe(true);
      }
      // "an" starts "an toàn" but is only inside "bản" or "thanh": those alone do not match.
      const an = (await search({ filter: { search: 'an' }, pageSize: 100 })).items;
      for (const i of an) {
        const p = procedures.find((x) => x.code === i.code)!;
        expect(hasWords(`${p.name} ${p.description} ${p.resultDescription}`, 'an')).toBe(true);
      }
      expect(an.length).toBeLessThan(procedures.length);
    });

    it('ranks name matches above description matches, even against popularity', async () => {
      const sector = sectorList[0];
      const agency = agencyList.find((a) => a.level === 'COMMUNE')!;
      const decoy = await t.app.get(ProcedureAdminService).createService({
        code: '9.999001',
        name: 'Xác nhận thông tin về cư trú cho trẻ em',
        agencyId: agency.id,
        sectorId: sector.id,
        onlineLevel: OnlineLevel.FULL,
        processingDays: 1,
        description: 'Người yêu cầu nộp bản sao Giấy khai sinh của trẻ và tờ khai theo mẫu.',
        popularity: 1_000_000,
      });
      try {
        const codes = await codesFor('khai sinh');
        const nameMatches = procedures.filter((p) => hasWords(p.name, 'khai sinh')).map((p) => p.code);
        expect(codes).toContain(decoy.code);
        expect(new Set(codes.slice(0, nameMatches.length))).toEqual(new Set(nameMatches));
        // Down the list, the number of words found in the name never grows; the decoy has none.
        const nameWords = codes.map((c) => {
          const name = c === decoy.code ? decoy.name : procedures.find((p) => p.code === c)!.name;
          return ['khai', 'sinh'].filter((w) => hasWords(name, w)).length;
        });
        expect([...nameWords].sort((a, b) => b - a)).toEqual(nameWords);
        expect(codes.indexOf(decoy.code)).toBeGreaterThanOrEqual(nameMatches.length);
      } finally {
        await t.app.get(ProcedureAdminService).deactivateService(decoy.id);
      }
    });

    it('refuses an over-long search text with VALIDATION_FAILED', async () => {
      const res = await api.gql(SERVICES_QUERY, { filter: { search: 'a'.repeat(201) } });
      expect(res.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
      expect(res.errors?.[0].extensions?.fields).toHaveProperty(['filter.search']);
    });
  });

  describe('filters', () => {
    it('by agency, by sector and by online level, alone or combined with a search', async () => {
      const agency = agencyList.find((a) => a.serviceCount >= 3)!;
      const byAgency = await search({ filter: { agencyId: agency.id }, pageSize: 100 });
      expect(byAgency.totalCount).toBe(agency.serviceCount);
      expect(byAgency.items.every((i) => i.agency.id === agency.id)).toBe(true);

      const sector = sectorList.find((s) => s.code === 'HO-TICH')!;
      const bySector = await search({ filter: { sectorId: sector.id }, pageSize: 100 });
      expect(bySector.totalCount).toBe(sector.serviceCount);
      expect(bySector.items.every((i) => i.sector.id === sector.id)).toBe(true);

      for (const level of ['FULL', 'PARTIAL'] as const) {
        const byLevel = await search({ filter: { onlineLevel: level }, pageSize: 100 });
        expect(byLevel.totalCount).toBe(procedures.filter((p) => p.onlineLevel === level).length);
        expect(byLevel.items.every((i) => i.onlineLevel === level)).toBe(true);
      }

      const combined = await search({
        filter: { search: 'khai sinh', sectorId: sector.id, onlineLevel: 'FULL' },
        pageSize: 100,
      });
      const expected = procedures.filter(
        (p) => hasWords(p.name, 'khai sinh') && p.sectorCode === 'HO-TICH' && p.onlineLevel === 'FULL',
      );
      expect(combined.items.map((i) => i.code).sort()).toEqual(expected.map((p) => p.code).sort());
    });

    it('gives an empty page for an agency that does not exist', async () => {
      const none = await search({ filter: { agencyId: '00000000-0000-0000-0000-000000000000' } });
      expect(none.totalCount).toBe(0);
    });

    it('keeps the administrators-only includeInactive filter from everyone else', async () => {
      const res = await api.gql(SERVICES_QUERY, { filter: { includeInactive: true } });
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('paging', () => {
    it('caps pageSize at 100', async () => {
      const page = await search({ pageSize: 1000 });
      expect(page.pageSize).toBe(100);
      expect(page.items.length).toBe(Math.min(100, page.totalCount));
    });

    it('defaults to page 1 of 20 and walks pages without overlap', async () => {
      const first = await search({});
      expect(first).toMatchObject({ page: 1, pageSize: 20 });
      expect(first.items).toHaveLength(20);
      const second = await search({ page: 2 });
      const third = await search({ page: 3 });
      const seen = [...first.items, ...second.items, ...third.items].map((i) => i.id);
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.length).toBe(Math.min(60, first.totalCount));
    });

    it('answers an empty page past the end, with the total', async () => {
      const page = await search({ page: 99, pageSize: 50 });
      expect(page.items).toEqual([]);
      expect(page.totalCount).toBe(procedures.length);
    });

    it('refuses page or pageSize below 1', async () => {
      for (const variables of [{ page: 0 }, { pageSize: 0 }, { page: -1 }]) {
        const res = await api.gql(SERVICES_QUERY, variables);
        expect(res.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
      }
    });
  });

  describe('lookups', () => {
    it('finds a service by id and by code with its components and form', async () => {
      const byCode = await api.gql<{
        serviceByCode: { id: string; name: string; components: unknown[]; formFields: { key: string }[] };
      }>(`query($code: String!) { serviceByCode(code: $code) { ${SERVICE_FIELDS} } }`, { code: '1.001193' });
      expect(byCode.errors).toBeUndefined();
      const found = byCode.data!.serviceByCode;
      const seed = procedures.find((p) => p.code === '1.001193')!;
      expect(found.name).toBe(seed.name);
      expect(found.components).toHaveLength(seed.components.length);
      expect(found.formFields.map((f) => f.key)).toEqual(seed.formFields.map((f) => f.key));

      const byId = await api.gql<{ service: { code: string } }>(
        'query($id: ID!) { service(id: $id) { code } }',
        { id: found.id },
      );
      expect(byId.data!.service.code).toBe('1.001193');
    });

    it('answers null for an unknown id or code', async () => {
      const res = await api.gql<{ service: null; serviceByCode: null }>(
        '{ service(id: "00000000-0000-0000-0000-000000000000") { id } serviceByCode(code: "0.000000") { id } }',
      );
      expect(res.errors).toBeUndefined();
      expect(res.data).toEqual({ service: null, serviceByCode: null });
    });

    it('gives other features the form as shared definitions, in order', async () => {
      const reader = t.app.get(CatalogReader);
      const seed = procedures.find((p) => p.code === '1.001193')!;
      const id = (await search({ filter: { search: '1.001193' } })).items[0].id;
      const definition = await reader.getFormDefinition(id);
      expect(definition.map((f) => f.key)).toEqual(seed.formFields.map((f) => f.key));
      expect(definition[0]).toEqual(expect.objectContaining({ type: 'TEXT', required: true }));
      expect(await reader.getProceduresByIds([id, 'missing', id])).toEqual([
        expect.objectContaining({ id }),
        null,
        expect.objectContaining({ id }),
      ]);
    });
  });

  describe('N+1: relations load through per-request DataLoaders', () => {
    const run = async (pageSize: number) => {
      // The statements of the queries themselves, not of answers the catalog cache already holds.
      t.app.get(CatalogCache).invalidate();
      return countStatements(t, () => api.gql<ServicesAnswer>(FULL_SERVICES_QUERY, { pageSize }));
    };

    it('sends the same few statements for a page of 5 and a page of 50 with every relation', async () => {
      const small = await run(5);
      const large = await run(50);
      expect(small.result.errors).toBeUndefined();
      expect(large.result.errors).toBeUndefined();
      expect(large.result.data!.services.items).toHaveLength(50);
      expect(large.statements.length).toBe(small.statements.length);
      // count + page + agencies + sectors + components + form fields
      expect(large.statements.length).toBeLessThanOrEqual(6);
    });

    it('answers the same anonymous search page again from the catalog cache, without a statement', async () => {
      await run(20);
      const again = await countStatements(t, () =>
        api.gql<ServicesAnswer>(FULL_SERVICES_QUERY, { pageSize: 20 }),
      );
      expect(again.result.errors).toBeUndefined();
      expect(again.result.data!.services.items).toHaveLength(20);
      expect(again.statements).toEqual([]);
    });

    it('lets a page of 50 with every relation through the cost limit, but not a page of 100', async () => {
      const fifty = await api.gql<ServicesAnswer>(FULL_SERVICES_QUERY, { pageSize: 50 });
      expect(fifty.errors).toBeUndefined();
      const hundred = await api.gql(FULL_SERVICES_QUERY, { pageSize: 100 });
      expect(hundred.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
      // Without the nested lists, a page of 100 is fine.
      const slim = await api.gql(SERVICES_QUERY, { pageSize: 100 });
      expect(slim.errors).toBeUndefined();
    });
  });
});
