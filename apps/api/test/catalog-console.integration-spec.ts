import { Role } from '@dvc/shared/domain';
import { createAccount, loginAs } from './support/accounts';
import { createProcedure, TestProcedure } from './support/dossier-fixtures';
import { GqlClient } from './support/gql-client';
import { createWorld, dataSource, sentDossier } from './support/processing';
import { createTestApp, TestApp } from './support/test-app';

const REORDER = `mutation R($s: ID!, $ids: [ID!]!) { reorderFormFields(serviceId: $s, fieldIds: $ids) { id key position } }`;
const FIELDS = `query F($id: ID!) { service(id: $id) { formFields { id key position } } }`;
const LISTS = '{ adminAgencies { id code active level parent { id } } adminSectors { id code active } }';

interface Positioned {
  id: string;
  key: string;
  position: number;
}

/** The catalog console's API: lists with inactive rows, and the intake-form order saved at once. */
describe('catalog console API', () => {
  let t: TestApp;
  let admin: GqlClient;
  let citizen: GqlClient;
  let officer: GqlClient;
  let proc: TestProcedure;

  beforeAll(async () => {
    t = await createTestApp({ SEED_ON_START: 'false' });
    proc = await createProcedure(t);
    admin = await loginAs(t, await createAccount(t, { role: Role.ADMIN }));
    citizen = await loginAs(t, await createAccount(t, { role: Role.CITIZEN }));
    officer = await loginAs(t, await createAccount(t, { role: Role.OFFICER, agencyId: proc.agency.id }));
  });
  afterAll(() => t?.close());

  const order = async (client = admin) => {
    const res = await client.gql<{ service: { formFields: Positioned[] } }>(FIELDS, {
      id: proc.procedure.id,
    });
    return res.data!.service.formFields.map((f) => f.key);
  };

  it('adminAgencies / adminSectors include inactive rows; only admins read them', async () => {
    const deactivated = await admin.gql('mutation($id: ID!) { deactivateAgency(id: $id) { id active } }', {
      id: proc.agency.id,
    });
    // The agency still has an active procedure: refused; a fresh agency is deactivated instead.
    expect(deactivated.errors?.[0].extensions?.code).toBeDefined();
    const created = await admin.gql<{ createAgency: { id: string } }>(
      'mutation { createAgency(input: { code: "000.99.99.H01", name: "Sở Thử nghiệm", level: PROVINCE, provinceCode: "01" }) { id } }',
    );
    const id = created.data!.createAgency.id;
    await admin.gql('mutation($id: ID!) { deactivateAgency(id: $id) { id } }', { id });

    const res = await admin.gql<{
      adminAgencies: { id: string; active: boolean }[];
      adminSectors: unknown[];
    }>(LISTS);
    expect(res.errors).toBeUndefined();
    expect(res.data!.adminAgencies.find((a) => a.id === id)?.active).toBe(false);
    expect(res.data!.adminSectors.length).toBeGreaterThan(0);
    const publicList = await t.client().gql<{ agencies: { id: string }[] }>('{ agencies { id } }');
    expect(publicList.data!.agencies.some((a) => a.id === id)).toBe(false);

    expect((await t.client().gql(LISTS)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    for (const client of [citizen, officer]) {
      const refused = await client.gql(LISTS);
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('reorderFormFields saves the new order at once, with one audit entry', async () => {
    const [a, b, c] = proc.fields;
    const audit = async () =>
      Number(
        (await dataSource(t).query("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'catalog.update'"))[0]
          .n,
      );
    const entries = await audit();
    const res = await admin.gql<{ reorderFormFields: Positioned[] }>(REORDER, {
      s: proc.procedure.id,
      ids: [c.id, a.id, b.id],
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.reorderFormFields.map((f) => [f.key, f.position])).toEqual([
      [c.key, 1],
      [a.key, 2],
      [b.key, 3],
    ]);
    // The public form (through the catalog cache) follows the new order.
    expect(await order()).toEqual([c.key, a.key, b.key]);
    expect(await audit()).toBe(entries + 1);
  });

  it('refuses a list that is not exactly the active fields (missing, duplicate, foreign, retired) and changes nothing', async () => {
    const [a, b, c] = proc.fields;
    const before = await order();
    const other = await createProcedure(t);
    const bad = [
      [a.id, b.id],
      [a.id, b.id, c.id, c.id],
      [a.id, b.id, other.fields[0].id],
    ];
    for (const ids of bad) {
      const res = await admin.gql(REORDER, { s: proc.procedure.id, ids });
      expect(res.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
      expect(res.errors?.[0].extensions?.['fields']).toHaveProperty('fieldIds');
    }
    // A retired field is no longer part of the order.
    await admin.gql('mutation($id: ID!) { deactivateFormField(id: $id) { id } }', { id: c.id });
    const withRetired = await admin.gql(REORDER, { s: proc.procedure.id, ids: [b.id, a.id, c.id] });
    expect(withRetired.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    expect(await order()).toEqual(before.filter((k) => k !== c.key));
    const ok = await admin.gql<{ reorderFormFields: Positioned[] }>(REORDER, {
      s: proc.procedure.id,
      ids: [b.id, a.id],
    });
    expect(ok.errors).toBeUndefined();
    expect(await order()).toEqual([b.key, a.key]);
  });

  it('unknown procedure → NOT_FOUND; citizens, officers (even of the agency) and anonymous callers are refused', async () => {
    const ids = proc.fields.map((f) => f.id);
    const missing = await admin.gql(REORDER, { s: '00000000-0000-4000-8000-000000000000', ids });
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    // Another procedure's id with this procedure's fields: refused, the other procedure is untouched.
    const other = await createProcedure(t);
    const idor = await admin.gql(REORDER, { s: other.procedure.id, ids });
    expect(idor.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    expect((await t.client().gql(REORDER, { s: proc.procedure.id, ids })).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    for (const client of [citizen, officer]) {
      const res = await client.gql(REORDER, { s: proc.procedure.id, ids });
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('a new order never changes the form a sent dossier was filled against', async () => {
    const w = await createWorld(t);
    const sent = await sentDossier(w);
    const snapshotKeys = async () => {
      const res = await w.owner.gql<{ dossier: { formSnapshot: { fields: { key: string }[] } } }>(
        'query($id: ID!) { dossier(id: $id) { formSnapshot { fields } } }',
        { id: sent.id },
      );
      return res.data!.dossier.formSnapshot.fields.map((f) => f.key);
    };
    const before = await snapshotKeys();
    const reversed = [...w.proc.fields].reverse();
    const res = await w.admin.gql(REORDER, { s: w.proc.procedure.id, ids: reversed.map((f) => f.id) });
    expect(res.errors).toBeUndefined();
    const live = await w.admin.gql<{ service: { formFields: Positioned[] } }>(FIELDS, {
      id: w.proc.procedure.id,
    });
    expect(live.data!.service.formFields.map((f) => f.key)).toEqual(reversed.map((f) => f.key));
    expect(await snapshotKeys()).toEqual(before);
    expect(before).toEqual(w.proc.fields.map((f) => f.key));
  });

  it('lists retired components and fields to admins (includeInactive), who can bring them back', async () => {
    const fresh = await createProcedure(t);
    const [component] = fresh.components;
    const [field] = fresh.fields;
    await admin.gql('mutation($id: ID!) { deactivateDocumentComponent(id: $id) { id } }', {
      id: component.id,
    });
    await admin.gql('mutation($id: ID!) { deactivateFormField(id: $id) { id } }', { id: field.id });
    const parts = (client: GqlClient, includeInactive: boolean) =>
      client.gql<{
        service: {
          components: { id: string; active: boolean }[];
          formFields: { id: string; active: boolean }[];
        };
      }>(
        'query($id: ID!, $all: Boolean) { service(id: $id) { components(includeInactive: $all) { id active } formFields(includeInactive: $all) { id active } } }',
        { id: fresh.procedure.id, all: includeInactive },
      );
    const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

    const all = (await parts(admin, true)).data!.service;
    expect(all.components.find((c) => c.id === component.id)?.active).toBe(false);
    expect(all.formFields.find((f) => f.id === field.id)?.active).toBe(false);
    expect(ids(all.components)).toEqual(ids(fresh.components));
    const shown = (await parts(admin, false)).data!.service;
    expect(ids(shown.components)).not.toContain(component.id);
    expect(ids(shown.formFields)).not.toContain(field.id);
    // Anyone else asking for the retired parts is refused, not quietly given the public list.
    for (const client of [t.client(), citizen, officer]) {
      const refused = await parts(client, true);
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }

    await admin.gql(
      'mutation($id: ID!) { updateDocumentComponent(id: $id, input: { active: true }) { id } }',
      {
        id: component.id,
      },
    );
    await admin.gql('mutation($id: ID!) { updateFormField(id: $id, input: { active: true }) { id } }', {
      id: field.id,
    });
    // Back in the public form, through the catalog cache.
    const back = (await parts(t.client(), false)).data!.service;
    expect(ids(back.components)).toContain(component.id);
    expect(ids(back.formFields)).toContain(field.id);
  });

  it('is rate limited per admin account (TOO_MANY_ATTEMPTS)', async () => {
    const busy = await loginAs(t, await createAccount(t, { role: Role.ADMIN }));
    const fresh = await createProcedure(t);
    const ids = fresh.fields.map((f) => f.id);
    let code: string | undefined;
    for (let i = 0; i < 61 && !code; i++) {
      const res = await busy.gql(REORDER, { s: fresh.procedure.id, ids });
      code = res.errors?.[0].extensions?.code as string | undefined;
    }
    expect(code).toBe('TOO_MANY_ATTEMPTS');
  });
});
