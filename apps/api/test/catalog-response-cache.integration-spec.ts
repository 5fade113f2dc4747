import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CATALOG_VERSION_POLL_MS } from '../src/service/catalog-cache.service';
import { CatalogService } from '../src/service/catalog.service';
import { AgencyEntity } from '../src/service/entities/agency.entity';
import { createAccount, loginAs } from './support/accounts';
import { SERVICES_QUERY } from './support/catalog';
import { createTestApp, TestApp } from './support/test-app';

type Page = { services: { totalCount: number; items: { id: string }[] } };
const NAMED = `query Named { services(pageSize: 1) { items { id agency { id name } } } }`;

/**
 * Anonymous catalog reads are answered from memory (catalog-response-cache.middleware.ts): the
 * resolver runs once per document and variables, again after a catalog write; logged-in requests
 * and documents that ask for more than the catalog always take the normal path.
 */
describe('catalog response cache', () => {
  let t: TestApp;
  let searches: jest.SpyInstance;

  beforeAll(async () => {
    t = await createTestApp();
    searches = jest.spyOn(t.app.get(CatalogService), 'search');
    // The cache's first version poll drops whatever was cached before it: let it pass first.
    await new Promise((r) => setTimeout(r, CATALOG_VERSION_POLL_MS * 1.5));
  });
  afterAll(() => t?.close());
  beforeEach(() => searches.mockClear());

  const page = (client = t.client(), variables: Record<string, unknown> = { pageSize: 5 }) =>
    client.gql<Page>(SERVICES_QUERY, variables);

  /**
   * Resolver runs for two identical anonymous requests. Another suite's catalog write on a shared database
   * may drop the cache between them: the pair is tried again, up to three times.
   */
  const runsForTwo = async (variables: Record<string, unknown>) => {
    let fewest = Infinity;
    for (let attempt = 0; attempt < 3 && fewest > 1; attempt++) {
      searches.mockClear();
      const first = await page(t.client(), variables);
      const again = await page(t.client(), variables);
      expect(first.errors).toBeUndefined();
      expect(first.data!.services.items.length).toBeGreaterThan(0);
      // The answers, not their headers: a Date header differs when the two straddle a second.
      const { headers: _h1, ...firstAnswer } = first;
      const { headers: _h2, ...againAnswer } = again;
      expect(againAnswer).toEqual(firstAnswer);
      fewest = Math.min(fewest, searches.mock.calls.length);
    }
    return fewest;
  };

  it('answers the same anonymous search from memory, byte for byte', async () => {
    expect(await runsForTwo({ pageSize: 5 })).toBe(1);
    searches.mockClear();
    await page(t.client(), { pageSize: 6 }); // other variables: another entry
    expect(searches).toHaveBeenCalledTimes(1);
  });

  it('never serves a logged-in visitor from it', async () => {
    await page();
    const citizen = await loginAs(t, await createAccount(t));
    searches.mockClear();
    await page(citizen);
    await page(citizen);
    expect(searches).toHaveBeenCalledTimes(2);
  });

  it('leaves out documents with other root fields or another operation name', async () => {
    const mixed = '{ services(pageSize: 1) { totalCount } system { name } }';
    await t.client().gql(mixed);
    await t.client().gql(mixed);
    expect(searches).toHaveBeenCalledTimes(2);
    const wrongName = await t.client().fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: NAMED, operationName: 'Other' }),
    });
    // Apollo's own answer (no such operation), not a cached page.
    expect(((await wrongName.json()) as { errors?: unknown[] }).errors?.length).toBeGreaterThan(0);
  });

  it('drops its answers on a committed catalog write', async () => {
    type Named = { services: { items: { agency: { id: string; name: string } }[] } };
    const before = (await t.client().gql<Named>(NAMED)).data!.services.items[0];
    expect((await t.client().gql<Named>(NAMED)).data!.services.items[0]).toEqual(before);
    searches.mockClear();
    const renamed = `${before.agency.name} (mới)`;
    await t.app.get<DataSource>(getDataSourceToken()).transaction(async (em) => {
      await em.update(AgencyEntity, { id: before.agency.id }, { name: renamed });
    });
    const after = (await t.client().gql<Named>(NAMED)).data!;
    expect(after.services.items[0].agency.name).toBe(renamed);
    expect(searches).toHaveBeenCalledTimes(1);
  });
});
