import { Role } from '@dvc/shared/domain';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import procedures from '../src/database/seeds/catalog/procedures.json';
import { SeedService } from '../src/database/seeds/seed.service';
import { CatalogReader } from '../src/service/catalog-reader.service';
import { createAccount, loginAs } from './support/accounts';
import { SERVICES_QUERY, ServicesAnswer } from './support/catalog';
import { GqlClient } from './support/gql-client';
import { createTestApp, TestApp } from './support/test-app';

const UPDATE_SERVICE = `mutation($id: ID!, $input: UpdateServiceInput!) { updateService(id: $id, input: $input) { id } }`;

/** The seeded catalog: complete, and idempotent without undoing an administrator's edits. */
describe('catalog: seed', () => {
  let t: TestApp;
  let admin: GqlClient;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await loginAs(t, await createAccount(t, { role: Role.ADMIN }));
  });
  afterAll(() => t?.close());

  const counts = async () => {
    const ds = t.app.get<DataSource>(getDataSourceToken());
    const tables = ['agencies', 'sectors', 'service_procedures', 'document_components', 'form_fields'];
    const result: Record<string, number> = {};
    for (const table of tables) {
      const [row] = await ds.query<{ n: number | string }[]>(`SELECT COUNT(*) AS n FROM ${table}`);
      result[table] = Number(row.n);
    }
    return result;
  };

  it('is idempotent and never overwrites what an administrator changed', async () => {
    const birth = await t
      .client()
      .gql<{ serviceByCode: { id: string } }>('{ serviceByCode(code: "1.001193") { id } }');
    const id = birth.data!.serviceByCode.id;
    const edited = await admin.gql(UPDATE_SERVICE, {
      id,
      input: { name: 'Đăng ký khai sinh (bản ôliu)', processingDays: 2 },
    });
    expect(edited.errors).toBeUndefined();

    const before = await counts();
    await t.app.get(SeedService).run();
    await t.app.get(SeedService).run();
    expect(await counts()).toEqual(before);

    const after = await t.app.get(CatalogReader).getProcedure(id);
    expect(after).toMatchObject({ name: 'Đăng ký khai sinh (bản ôliu)', processingDays: 2 });
    // And the edited name is what search now finds.
    const found = await t.client().gql<ServicesAnswer>(SERVICES_QUERY, { filter: { search: 'OLIU' } });
    expect(found.data!.services.items.map((i) => i.code)).toEqual(['1.001193']);
  });

  it('loaded every procedure of the data files with its components and form', async () => {
    const c = await counts();
    expect(c['service_procedures']).toBeGreaterThanOrEqual(procedures.length);
    const reader = t.app.get(CatalogReader);
    for (const seed of procedures.slice(0, 5)) {
      const found = await t
        .client()
        .gql<{ serviceByCode: { id: string } }>(
          'query($code: String!) { serviceByCode(code: $code) { id } }',
          { code: seed.code },
        );
      const id = found.data!.serviceByCode.id;
      expect((await reader.getComponents(id)).map((x) => x.name)).toEqual(seed.components.map((x) => x.name));
      expect((await reader.getFormFields(id)).map((x) => x.key)).toEqual(seed.formFields.map((x) => x.key));
    }
  });
});
