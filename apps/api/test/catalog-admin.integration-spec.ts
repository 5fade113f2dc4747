import { Role } from '@dvc/shared/domain';
import { CatalogReader } from '../src/service/catalog-reader.service';
import { createAccount, loginAs } from './support/accounts';
import { SERVICES_QUERY, ServicesAnswer } from './support/catalog';
import { GqlClient } from './support/gql-client';
import { createTestApp, TestApp } from './support/test-app';

const CREATE_AGENCY = `mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id code name level provinceCode active parent { code } } }`;
const UPDATE_AGENCY = `mutation($id: ID!, $input: UpdateAgencyInput!) { updateAgency(id: $id, input: $input) { id } }`;
const CREATE_SECTOR = `mutation($input: CreateSectorInput!) { createSector(input: $input) { id code name active } }`;
const CREATE_SERVICE = `mutation($input: CreateServiceInput!) {
  createService(input: $input) { id code name active agency { code } sector { code } components { id } formFields { id } }
}`;
const UPDATE_SERVICE = `mutation($id: ID!, $input: UpdateServiceInput!) { updateService(id: $id, input: $input) { id code name active } }`;
const DEACTIVATE_SERVICE = `mutation($id: ID!) { deactivateService(id: $id) { id active } }`;
const CREATE_COMPONENT = `mutation($serviceId: ID!, $input: CreateDocumentComponentInput!) {
  createDocumentComponent(serviceId: $serviceId, input: $input) { id position name required originals copies acceptedTypes maxSizeMb }
}`;
const CREATE_FIELD = `mutation($serviceId: ID!, $input: CreateFormFieldInput!) {
  createFormField(serviceId: $serviceId, input: $input) { id position key type required options { value label } minLength maxLength }
}`;

/** Every catalog mutation: the admin guard is checked on all of them, not on a sample. */
const ADMIN_MUTATIONS: [string, string][] = [
  ['createAgency', 'mutation { createAgency(input: { code: "X1", name: "X", level: MINISTRY }) { id } }'],
  ['updateAgency', 'mutation { updateAgency(id: "x", input: { name: "X" }) { id } }'],
  ['deactivateAgency', 'mutation { deactivateAgency(id: "x") { id } }'],
  ['createSector', 'mutation { createSector(input: { code: "X1", name: "X" }) { id } }'],
  ['updateSector', 'mutation { updateSector(id: "x", input: { name: "X" }) { id } }'],
  ['deactivateSector', 'mutation { deactivateSector(id: "x") { id } }'],
  [
    'createService',
    'mutation { createService(input: { code: "9.000001", name: "Thử", agencyId: "x", sectorId: "x", onlineLevel: FULL, processingDays: 1 }) { id } }',
  ],
  ['updateService', 'mutation { updateService(id: "x", input: { name: "X" }) { id } }'],
  ['deactivateService', 'mutation { deactivateService(id: "x") { id } }'],
  [
    'createDocumentComponent',
    'mutation { createDocumentComponent(serviceId: "x", input: { name: "X", acceptedTypes: ["pdf"], maxSizeMb: 1 }) { id } }',
  ],
  ['updateDocumentComponent', 'mutation { updateDocumentComponent(id: "x", input: { name: "X" }) { id } }'],
  ['deactivateDocumentComponent', 'mutation { deactivateDocumentComponent(id: "x") { id } }'],
  [
    'createFormField',
    'mutation { createFormField(serviceId: "x", input: { key: "a", label: "A", type: TEXT }) { id } }',
  ],
  ['updateFormField', 'mutation { updateFormField(id: "x", input: { label: "X" }) { id } }'],
  ['deactivateFormField', 'mutation { deactivateFormField(id: "x") { id } }'],
  ['removeComponentTemplate', 'mutation { removeComponentTemplate(componentId: "x") { id } }'],
];

describe('catalog: administration', () => {
  let t: TestApp;
  let admin: GqlClient;
  let citizen: GqlClient;
  let officer: GqlClient;
  let ministryId: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await loginAs(t, await createAccount(t, { role: Role.ADMIN }));
    citizen = await loginAs(t, await createAccount(t, { role: Role.CITIZEN }));
    const agencies = await t
      .client()
      .gql<{ agencies: { id: string; level: string }[] }>('{ agencies { id level } }');
    ministryId = agencies.data!.agencies.find((a) => a.level === 'MINISTRY')!.id;
    officer = await loginAs(t, await createAccount(t, { role: Role.OFFICER, agencyId: ministryId }));
  });
  afterAll(() => t?.close());

  describe('guard', () => {
    it.each(ADMIN_MUTATIONS)(
      '%s: anonymous → UNAUTHENTICATED, citizen and officer → FORBIDDEN',
      async (_, mutation) => {
        const anonymous = await t.client().gql(mutation);
        expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
        for (const client of [citizen, officer]) {
          const res = await client.gql(mutation);
          expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
          expect(res.data).toBeNull();
        }
      },
    );
  });

  describe('agencies and sectors', () => {
    it('creates a commune-level agency under a province and refuses a duplicate code with CODE_TAKEN', async () => {
      const province = await admin.gql<{ createAgency: { id: string } }>(CREATE_AGENCY, {
        input: {
          code: '000.00.00.H40',
          name: 'Ủy ban nhân dân Tỉnh Nghệ An',
          level: 'PROVINCE',
          provinceCode: '40',
        },
      });
      expect(province.errors).toBeUndefined();
      const ward = await admin.gql<{ createAgency: { code: string; parent: { code: string } } }>(
        CREATE_AGENCY,
        {
          input: {
            code: '000.01.00.H40',
            name: 'Ủy ban nhân dân Phường Trường Vinh',
            level: 'COMMUNE',
            provinceCode: '40',
            parentId: province.data!.createAgency.id,
          },
        },
      );
      expect(ward.errors).toBeUndefined();
      expect(ward.data!.createAgency.parent.code).toBe('000.00.00.H40');

      const again = await admin.gql(CREATE_AGENCY, {
        input: { code: '000.01.00.H40', name: 'Trùng mã', level: 'COMMUNE', provinceCode: '40' },
      });
      expect(again.errors?.[0].extensions?.code).toBe('CODE_TAKEN');
      expect(again.errors?.[0].message).toBe('Mã cơ quan đã được sử dụng.');
    });

    it('refuses a parent that would make the agency its own ancestor', async () => {
      const create = async (code: string, parentId?: string) => {
        const res = await admin.gql<{ createAgency: { id: string } }>(CREATE_AGENCY, {
          input: { code, name: `Sở thử ${code}`, level: 'PROVINCE', provinceCode: '40', parentId },
        });
        expect(res.errors).toBeUndefined();
        return res.data!.createAgency.id;
      };
      const top = await create('000.00.90.H40');
      const middle = await create('000.00.91.H40', top);
      const bottom = await create('000.00.92.H40', middle);
      for (const parentId of [bottom, middle, top]) {
        const res = await admin.gql(UPDATE_AGENCY, { id: top, input: { parentId } });
        expect(res.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
        expect(res.errors?.[0].extensions?.fields).toHaveProperty('parentId');
      }
      const agencies = await t
        .client()
        .gql<{ agencies: { id: string; parent: null | { id: string } }[] }>(
          '{ agencies { id parent { id } } }',
        );
      expect(agencies.data!.agencies.find((a) => a.id === top)?.parent).toBeNull();
    });

    it('explains bad agency input field by field, in Vietnamese', async () => {
      const res = await admin.gql(CREATE_AGENCY, {
        input: { code: 'mã sai', name: ' ', level: 'COMMUNE', provinceCode: '30' },
      });
      expect(res.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
      expect(Object.keys(res.errors?.[0].extensions?.fields ?? {}).sort()).toEqual(['code', 'name']);
      // A former province (30, Hải Dương) is not a current unit.
      const old = await admin.gql(CREATE_AGENCY, {
        input: { code: '000.00.00.H30', name: 'UBND Tỉnh Hải Dương', level: 'PROVINCE', provinceCode: '30' },
      });
      expect(old.errors?.[0].extensions?.fields).toHaveProperty('provinceCode');
      const ministry = await admin.gql(CREATE_AGENCY, {
        input: { code: 'G99', name: 'Bộ Thử nghiệm', level: 'MINISTRY', provinceCode: '01' },
      });
      expect(ministry.errors?.[0].extensions?.fields).toHaveProperty('provinceCode');
    });

    it('creates, renames and deactivates a sector; CODE_TAKEN on a duplicate code', async () => {
      const created = await admin.gql<{ createSector: { id: string } }>(CREATE_SECTOR, {
        input: { code: 'THU-NGHIEM', name: 'Lĩnh vực thử nghiệm' },
      });
      expect(created.errors).toBeUndefined();
      const dup = await admin.gql(CREATE_SECTOR, { input: { code: 'HO-TICH', name: 'Hộ tịch 2' } });
      expect(dup.errors?.[0].extensions?.code).toBe('CODE_TAKEN');
      const id = created.data!.createSector.id;
      const renamed = await admin.gql<{ updateSector: { name: string } }>(
        'mutation($id: ID!) { updateSector(id: $id, input: { name: "Lĩnh vực đổi tên" }) { name } }',
        { id },
      );
      expect(renamed.data!.updateSector.name).toBe('Lĩnh vực đổi tên');
      await admin.gql('mutation($id: ID!) { deactivateSector(id: $id) { id } }', { id });
      const sectors = await t.client().gql<{ sectors: { id: string }[] }>('{ sectors { id } }');
      expect(sectors.data!.sectors.map((s) => s.id)).not.toContain(id);
    });

    it('refuses to deactivate a sector that still has active procedures', async () => {
      const sectors = await t
        .client()
        .gql<{ sectors: { id: string; code: string }[] }>('{ sectors { id code } }');
      const hoTich = sectors.data!.sectors.find((s) => s.code === 'HO-TICH')!;
      const res = await admin.gql('mutation($id: ID!) { deactivateSector(id: $id) { id } }', {
        id: hoTich.id,
      });
      expect(res.errors?.[0].extensions?.code).toBe('BAD_REQUEST');
      expect(res.errors?.[0].message).toMatch(/thủ tục đang tiếp nhận/);
    });
  });

  describe('procedures, components and form fields', () => {
    let serviceId: string;
    let agencyId: string;
    let sectorId: string;

    beforeAll(async () => {
      const lists = await t
        .client()
        .gql<{ agencies: { id: string; level: string }[]; sectors: { id: string; code: string }[] }>(
          '{ agencies { id level } sectors { id code } }',
        );
      agencyId = lists.data!.agencies.find((a) => a.level === 'COMMUNE')!.id;
      sectorId = lists.data!.sectors.find((s) => s.code === 'HO-TICH')!.id;
    });

    it('creates a procedure that the diacritics-insensitive search finds at once', async () => {
      const res = await admin.gql<{
        createService: { id: string; components: unknown[]; agency: { code: string } };
      }>(CREATE_SERVICE, {
        input: {
          code: '9.100001',
          name: 'Đăng ký thử nghiệm xylanh Đà Lạt',
          agencyId,
          sectorId,
          onlineLevel: 'PARTIAL',
          processingDays: 3,
          feeText: 'Miễn lệ phí',
          feeAmount: 0,
          description: 'Người được cử làm giám hộ nộp tờ khai.',
        },
      });
      expect(res.errors).toBeUndefined();
      serviceId = res.data!.createService.id;
      expect(res.data!.createService.components).toEqual([]);
      const found = await t
        .client()
        .gql<ServicesAnswer>(SERVICES_QUERY, { filter: { search: 'XYLANH da lat' } });
      expect(found.data!.services.items.map((i) => i.id)).toEqual([serviceId]);
    });

    it('refuses a duplicate procedure code with CODE_TAKEN and bad numbers with VALIDATION_FAILED', async () => {
      // A valid new procedure but for what each attempt changes.
      const create = (change: Record<string, unknown>) =>
        admin.gql(CREATE_SERVICE, {
          input: {
            code: '9.100002',
            name: 'Thủ tục',
            agencyId,
            sectorId,
            onlineLevel: 'FULL',
            processingDays: 1,
            ...change,
          },
        });
      const dup = await create({ code: '1.001193', name: 'Trùng mã' });
      expect(dup.errors?.[0].extensions?.code).toBe('CODE_TAKEN');
      const bad = await create({ agencyId: 'nope', processingDays: -1 });
      expect(bad.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
      expect(bad.errors?.[0].extensions?.fields).toHaveProperty('processingDays');
      const owner = await create({ agencyId: 'nope' });
      expect(owner.errors?.[0].extensions?.fields).toHaveProperty('agencyId');
      const rename = await admin.gql(UPDATE_SERVICE, { id: serviceId, input: { code: '1.001193' } });
      expect(rename.errors?.[0].extensions?.code).toBe('CODE_TAKEN');
    });

    it('adds components and form fields in order, validating their definitions', async () => {
      const first = await admin.gql<{ createDocumentComponent: { position: number } }>(CREATE_COMPONENT, {
        serviceId,
        input: { name: 'Tờ khai đăng ký giám hộ', acceptedTypes: ['PDF', '.docx'], maxSizeMb: 5 },
      });
      expect(first.errors).toBeUndefined();
      expect(first.data!.createDocumentComponent).toMatchObject({
        position: 1,
        required: true,
        originals: 1,
        acceptedTypes: ['pdf', 'docx'],
      });
      const second = await admin.gql<{ createDocumentComponent: { position: number } }>(CREATE_COMPONENT, {
        serviceId,
        input: {
          name: 'Văn bản cử giám hộ',
          required: false,
          originals: 0,
          copies: 1,
          acceptedTypes: ['pdf'],
          maxSizeMb: 2,
        },
      });
      expect(second.data!.createDocumentComponent.position).toBe(2);
      const badComponent = await admin.gql(CREATE_COMPONENT, {
        serviceId,
        input: { name: 'X', acceptedTypes: ['exe'], maxSizeMb: 5000 },
      });
      expect(Object.keys(badComponent.errors?.[0].extensions?.fields ?? {}).sort()).toEqual([
        'acceptedTypes',
        'maxSizeMb',
      ]);

      const field = await admin.gql<{ createFormField: { key: string; position: number } }>(CREATE_FIELD, {
        serviceId,
        input: {
          key: 'wardName',
          label: 'Họ và tên người được giám hộ',
          type: 'TEXT',
          required: true,
          minLength: 2,
          maxLength: 100,
        },
      });
      expect(field.errors).toBeUndefined();
      const select = await admin.gql(CREATE_FIELD, {
        serviceId,
        input: {
          key: 'relation',
          label: 'Quan hệ',
          type: 'SELECT',
          required: true,
          options: [
            { value: 'PARENT', label: 'Cha, mẹ' },
            { value: 'OTHER', label: 'Khác' },
          ],
        },
      });
      expect(select.errors).toBeUndefined();
      const dupKey = await admin.gql(CREATE_FIELD, {
        serviceId,
        input: { key: 'wardName', label: 'Trùng', type: 'TEXT' },
      });
      expect(dupKey.errors?.[0].extensions?.fields).toHaveProperty('key');
      const badSelect = await admin.gql(CREATE_FIELD, {
        serviceId,
        input: { key: 'x', label: 'Chọn', type: 'SELECT', options: [{ value: 'A', label: 'A' }] },
      });
      expect(badSelect.errors?.[0].extensions?.fields).toHaveProperty('options');
      const badPattern = await admin.gql(CREATE_FIELD, {
        serviceId,
        input: { key: 'y', label: 'Mã', type: 'TEXT', pattern: '[a-', minLength: 5, maxLength: 2 },
      });
      expect(badPattern.errors?.[0].extensions?.fields).toHaveProperty('pattern');
      const slowPattern = await admin.gql(CREATE_FIELD, {
        serviceId,
        input: { key: 'z', label: 'Mã', type: 'TEXT', pattern: '([a-z]+\\s?)*' },
      });
      expect(slowPattern.errors?.[0].extensions?.fields?.pattern).toMatch(/lặp lồng nhau/);

      const form = await t.app.get(CatalogReader).getFormDefinition(serviceId);
      expect(form.map((f) => f.key)).toEqual(['wardName', 'relation']);
    });

    it('hides a deactivated component or field from the service but keeps it for other features', async () => {
      const reader = t.app.get(CatalogReader);
      const [component] = await reader.getComponents(serviceId);
      const res = await admin.gql('mutation($id: ID!) { deactivateDocumentComponent(id: $id) { active } }', {
        id: component.id,
      });
      expect(res.errors).toBeUndefined();
      expect((await reader.getComponents(serviceId)).map((c) => c.id)).not.toContain(component.id);
      expect((await reader.getComponents(serviceId, { includeInactive: true })).map((c) => c.id)).toContain(
        component.id,
      );
      expect(await reader.getComponent(component.id)).toMatchObject({ active: false });
    });

    it('deactivates a procedure: it leaves the catalog, dossiers keep it, and it can come back', async () => {
      const res = await admin.gql<{ deactivateService: { active: boolean } }>(DEACTIVATE_SERVICE, {
        id: serviceId,
      });
      expect(res.data!.deactivateService.active).toBe(false);

      const anonymous = t.client();
      const search = await anonymous.gql<ServicesAnswer>(SERVICES_QUERY, {
        filter: { search: 'xylanh' },
      });
      expect(search.data!.services.totalCount).toBe(0);
      const lookup = await anonymous.gql<{ service: null }>('query($id: ID!) { service(id: $id) { id } }', {
        id: serviceId,
      });
      expect(lookup.data!.service).toBeNull();

      const reader = t.app.get(CatalogReader);
      expect(await reader.getProcedure(serviceId)).toBeNull();
      expect(await reader.getProcedure(serviceId, { includeInactive: true })).toMatchObject({
        id: serviceId,
        active: false,
      });
      expect(await reader.getProceduresByIds([serviceId])).toEqual([
        expect.objectContaining({ id: serviceId }),
      ]);

      // Administrators still see it, and may list inactive procedures.
      const forAdmin = await admin.gql<{ service: { active: boolean } }>(
        'query($id: ID!) { service(id: $id) { active } }',
        {
          id: serviceId,
        },
      );
      expect(forAdmin.data!.service.active).toBe(false);
      const all = await admin.gql<ServicesAnswer>(SERVICES_QUERY, {
        filter: { search: 'xylanh', includeInactive: true },
      });
      expect(all.data!.services.totalCount).toBe(1);

      const back = await admin.gql(UPDATE_SERVICE, { id: serviceId, input: { active: true } });
      expect(back.errors).toBeUndefined();
      const again = await anonymous.gql<ServicesAnswer>(SERVICES_QUERY, { filter: { search: 'xylanh' } });
      expect(again.data!.services.totalCount).toBe(1);
    });

    it('answers NOT_FOUND for an unknown id', async () => {
      const res = await admin.gql(UPDATE_SERVICE, {
        id: '00000000-0000-0000-0000-000000000000',
        input: { name: 'X' },
      });
      expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    });
  });
});
