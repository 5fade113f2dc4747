import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CATALOG_VERSION_POLL_MS } from '../src/service/catalog-cache.service';
import { AgencyEntity } from '../src/service/entities/agency.entity';
import { countStatements } from './support/catalog';
import type { GqlClient } from './support/gql-client';
import { createTestApp, TestApp } from './support/test-app';

type Page = { services: { items: { id: string; agency: { id: string; name: string } }[] } };
const QUERY = '{ services(pageSize: 1) { items { id agency { id name } } } }';

/**
 * Two API instances on one database (no Redis): each answers the public catalog from its own memory,
 * and a change committed through one reaches the other within the version row's poll.
 */
describe('catalog cache across instances', () => {
  let a: TestApp;
  let b: TestApp;
  let onB: GqlClient;

  beforeAll(async () => {
    a = await createTestApp();
    b = await createTestApp({ DATABASE_URL: a.db.url });
    onB = b.client();
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  const firstOnB = async () => {
    const res = await onB.gql<Page>(QUERY);
    expect(res.errors).toBeUndefined();
    return res.data!.services.items[0];
  };

  it("drops the other instance's cached catalog after a committed change", async () => {
    // Let B learn the current version, then cache the page.
    await new Promise((r) => setTimeout(r, CATALOG_VERSION_POLL_MS * 1.5));
    const before = await firstOnB();
    const again = await countStatements(b, firstOnB);
    expect(again.statements).toEqual([]); // B answers from its memory
    const renamed = `${before.agency.name} (đổi tên)`;
    await a.app.get<DataSource>(getDataSourceToken()).transaction(async (em) => {
      await em.update(AgencyEntity, { id: before.agency.id }, { name: renamed });
    });
    const deadline = Date.now() + CATALOG_VERSION_POLL_MS * 5;
    let seen = before.agency.name;
    while (seen !== renamed && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      seen = (await firstOnB()).agency.name;
    }
    expect(seen).toBe(renamed);
  });
});
