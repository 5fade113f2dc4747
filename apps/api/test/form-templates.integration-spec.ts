import { getDataSourceToken } from '@nestjs/typeorm';
import { Role } from '@dvc/shared/domain';
import { writeFileSync } from 'node:fs';
import { DataSource, IsNull } from 'typeorm';
import { backfillComponentFlags } from '../src/database/migrations/1764400000000-component-declaration';
import { CATALOG_SEED } from '../src/database/seeds/catalog/catalog-seed-data';
import { DocumentComponentEntity } from '../src/service/entities/document-component.entity';
import { createAccount, loginAs } from './support/accounts';
import { storedFiles } from './support/dossier-fixtures';
import { GqlClient } from './support/gql-client';
import { readPdfText } from './support/pdf-text';
import { createTestApp, TestApp } from './support/test-app';

interface SeededComponent {
  id: string;
  name: string;
  isDeclaration: boolean;
  requiresSignature: boolean;
  template: { fileName: string; mimeType: string; size: number | null; url: string } | null;
}

const SERVICE = `query($code: String!) {
  serviceByCode(code: $code) {
    agency { name }
    components { id name isDeclaration requiresSignature template { fileName mimeType size url } }
  }
}`;
const UPDATE_COMPONENT = `mutation($id: ID!, $input: UpdateDocumentComponentInput!) {
  updateDocumentComponent(id: $id, input: $input) { id name isDeclaration requiresSignature template { fileName } }
}`;

/** Generated form templates of the seeded "…theo mẫu" components (issue 10, item 8). */
describe('catalog: generated form templates', () => {
  let t: TestApp;
  let ds: DataSource;
  let admin: GqlClient;

  const service = async (code: string) =>
    (
      await t
        .client()
        .gql<{ serviceByCode: { agency: { name: string }; components: SeededComponent[] } }>(SERVICE, {
          code,
        })
    ).data!.serviceByCode;

  beforeAll(async () => {
    t = await createTestApp();
    ds = t.app.get<DataSource>(getDataSourceToken());
    admin = await loginAs(t, await createAccount(t, { role: Role.ADMIN }));
  });
  afterAll(() => t?.close());

  it('gives each of the 52 seeded "theo mẫu" components a template, without generating any at start', async () => {
    const repo = ds.getRepository(DocumentComponentEntity);
    expect(await repo.countBy({ templateGenerated: true })).toBe(52);
    expect(await repo.countBy({ isDeclaration: true })).toBe(46);
    expect(await repo.countBy({ requiresSignature: true })).toBe(7);
    // Nothing is drawn at start: no generated template has a stored file yet.
    expect(await repo.countBy({ templateGenerated: true, templateKey: IsNull() })).toBe(52);

    const birth = await service('1.001193');
    expect(birth.components[0]).toMatchObject({
      name: 'Tờ khai đăng ký khai sinh theo mẫu',
      isDeclaration: true,
      requiresSignature: false,
      template: {
        fileName: 'Tờ khai đăng ký khai sinh.pdf',
        mimeType: 'application/pdf',
        size: null,
        url: `/files/templates/${birth.components[0].id}`,
      },
    });
    expect(birth.components[1]).toMatchObject({
      name: 'Giấy chứng sinh',
      isDeclaration: false,
      template: null,
    });
    const marriage = await service('1.000894');
    expect(marriage.components[0]).toMatchObject({ isDeclaration: true, requiresSignature: true });
  });

  it('downloads the form as a PDF with the title, agency and labelled blanks; made once, then from storage', async () => {
    const birth = await service('1.001193');
    const url = birth.components[0].template!.url;
    const stored = (await storedFiles(t)).length;
    const first = await fetch(`${t.url}${url}`);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('application/pdf');
    expect(first.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('Tờ khai đăng ký khai sinh.pdf')}`,
    );
    const body = Buffer.from(await first.arrayBuffer());
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    if (process.env['FORM_PDF_SAMPLE']) writeFileSync(process.env['FORM_PDF_SAMPLE'], body);
    const pdf = readPdfText(body);
    // The applicant, the 10 intake fields (the parents' details among them), commitment and signature.
    expect(pdf.pages).toBe(1);
    expect(pdf.runs).toContain('TỜ KHAI ĐĂNG KÝ KHAI SINH');
    expect(pdf.runs).toContain(birth.agency.name);
    expect(pdf.text).toContain('Thủ tục: Đăng ký khai sinh (mã thủ tục 1.001193)');
    expect(pdf.text).toContain('Họ, chữ đệm và tên người được khai sinh: ');
    expect(pdf.text).toContain('NGƯỜI YÊU CẦU');
    expect(await storedFiles(t)).toHaveLength(stored + 1);

    const again = Buffer.from(await (await fetch(`${t.url}${url}`)).arrayBuffer());
    expect(again.equals(body)).toBe(true);
    expect(await storedFiles(t)).toHaveLength(stored + 1);
    expect((await service('1.001193')).components[0].template?.size).toBe(body.length);
  });

  it('keeps one file when several first downloads race', async () => {
    const component = (await service('1.001612')).components[0];
    const stored = (await storedFiles(t)).length;
    const bodies = await Promise.all(
      [1, 2, 3].map(async () => {
        const res = await fetch(`${t.url}${component.template!.url}`);
        expect(res.status).toBe(200);
        return Buffer.from(await res.arrayBuffer());
      }),
    );
    expect(readPdfText(bodies[0]).runs).toContain('GIẤY ĐỀ NGHỊ ĐĂNG KÝ HỘ KINH DOANH');
    // Each may have drawn its own copy, but only the one the row points at stays.
    expect(await storedFiles(t)).toHaveLength(stored + 1);
    const kept = Buffer.from(await (await fetch(`${t.url}${component.template!.url}`)).arrayBuffer());
    expect(bodies.some((b) => b.equals(kept))).toBe(true);
  });

  it('makes the form again after the catalog changed, and drops the stale file', async () => {
    const component = (await service('1.000656')).components[0];
    await fetch(`${t.url}${component.template!.url}`);
    const before = (await storedFiles(t)).length;
    const renamed = await admin.gql(UPDATE_COMPONENT, {
      id: component.id,
      input: { name: 'Tờ khai đăng ký khai tử (mẫu mới) theo mẫu' },
    });
    expect(renamed.errors).toBeUndefined();
    const res = await fetch(`${t.url}${component.template!.url}`);
    expect(res.status).toBe(200);
    expect(readPdfText(Buffer.from(await res.arrayBuffer())).runs).toContain(
      'TỜ KHAI ĐĂNG KÝ KHAI TỬ (MẪU MỚI)',
    );
    expect(await storedFiles(t)).toHaveLength(before);
  });

  it('lets an administrator remove a generated template for good', async () => {
    const component = (await service('1.004873')).components[0];
    const removed = await admin.gql<{ removeComponentTemplate: { template: unknown } }>(
      'mutation($id: ID!) { removeComponentTemplate(componentId: $id) { template { url } } }',
      { id: component.id },
    );
    expect(removed.data?.removeComponentTemplate.template).toBeNull();
    expect((await fetch(`${t.url}/files/templates/${component.id}`)).status).toBe(404);
  });

  it('edits the declaration flags through the admin mutations, refusing a signature on a non-declaration', async () => {
    const [declaration, other] = (await service('1.001612')).components;
    const signed = await admin.gql<{ updateDocumentComponent: SeededComponent }>(UPDATE_COMPONENT, {
      id: declaration.id,
      input: { requiresSignature: true },
    });
    expect(signed.data?.updateDocumentComponent).toMatchObject({
      isDeclaration: true,
      requiresSignature: true,
    });
    const cleared = await admin.gql<{ updateDocumentComponent: SeededComponent }>(UPDATE_COMPONENT, {
      id: declaration.id,
      input: { isDeclaration: false },
    });
    expect(cleared.data?.updateDocumentComponent).toMatchObject({
      isDeclaration: false,
      requiresSignature: false,
    });
    const refused = await admin.gql(UPDATE_COMPONENT, { id: other.id, input: { requiresSignature: true } });
    expect(refused.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    expect(refused.errors?.[0].extensions?.fields).toHaveProperty('requiresSignature');
    const citizen = await loginAs(t, await createAccount(t));
    const forbidden = await citizen.gql(UPDATE_COMPONENT, { id: other.id, input: { isDeclaration: true } });
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('the migration gives a database seeded before it the flags of the shipped catalog', async () => {
    const repo = ds.getRepository(DocumentComponentEntity);
    const [legalAid] = (await service('2.001680')).components;
    await repo.update(
      { id: legalAid.id },
      { isDeclaration: false, requiresSignature: false, templateGenerated: false },
    );
    const runner = ds.createQueryRunner();
    try {
      expect(await backfillComponentFlags(runner, CATALOG_SEED)).toBeGreaterThanOrEqual(1);
    } finally {
      await runner.release();
    }
    expect(await repo.findOneByOrFail({ id: legalAid.id })).toMatchObject({
      isDeclaration: true,
      requiresSignature: false,
      templateGenerated: true,
    });
  });
});
