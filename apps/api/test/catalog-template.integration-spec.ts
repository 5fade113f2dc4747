import { Role } from '@dvc/shared/domain';
import { createAccount, loginAs } from './support/accounts';
import { GqlClient } from './support/gql-client';
import { createTestApp, TestApp } from './support/test-app';

const UPLOAD_TEMPLATE = `mutation($componentId: ID!, $file: Upload!) {
  uploadComponentTemplate(componentId: $componentId, file: $file) { id template { fileName mimeType size url } }
}`;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

interface TemplateAnswer {
  uploadComponentTemplate: {
    id: string;
    template: { fileName: string; mimeType: string; size: number; url: string };
  };
}

/** A component's downloadable template (mẫu đơn, tờ khai): admin upload, public download, removal. */
describe('catalog: component templates', () => {
  let t: TestApp;
  let admin: GqlClient;
  let citizen: GqlClient;
  let componentId: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await loginAs(t, await createAccount(t, { role: Role.ADMIN }));
    citizen = await loginAs(t, await createAccount(t, { role: Role.CITIZEN }));
    const found = await t
      .client()
      .gql<{ serviceByCode: { components: { id: string }[] } }>(
        '{ serviceByCode(code: "1.001193") { components { id } } }',
      );
    componentId = found.data!.serviceByCode.components[0].id;
  });
  afterAll(() => t?.close());

  it('uploads a template that anyone can download from the service page', async () => {
    const res = await admin.upload<TemplateAnswer>(UPLOAD_TEMPLATE, { componentId, file: null }, [
      {
        path: 'variables.file',
        name: 'Tờ khai đăng ký khai sinh.pdf',
        content: PDF,
        type: 'application/pdf',
      },
    ]);
    expect(res.errors).toBeUndefined();
    const template = res.data!.uploadComponentTemplate.template;
    expect(template).toEqual({
      fileName: 'Tờ khai đăng ký khai sinh.pdf',
      mimeType: 'application/pdf',
      size: PDF.length,
      url: `/files/templates/${componentId}`,
    });

    const page = await t
      .client()
      .gql<{ serviceByCode: { components: { template: { url: string } | null }[] } }>(
        '{ serviceByCode(code: "1.001193") { components { template { url } } } }',
      );
    expect(page.data!.serviceByCode.components[0].template?.url).toBe(template.url);

    const download = await fetch(`${t.url}${template.url}`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(download.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('Tờ khai đăng ký khai sinh.pdf')}`,
    );
    expect(Buffer.from(await download.arrayBuffer())).toEqual(PDF);
  });

  it('refuses a file that is not a document (checked by content) and keeps the old template', async () => {
    const res = await admin.upload(UPLOAD_TEMPLATE, { componentId, file: null }, [
      {
        path: 'variables.file',
        name: 'mau.pdf',
        content: Buffer.from('MZ\x90\x00 not a pdf at all'),
        type: 'application/pdf',
      },
    ]);
    expect(res.errors?.[0].extensions?.code).toBe('FILE_TYPE_NOT_ALLOWED');
    expect((await fetch(`${t.url}/files/templates/${componentId}`)).status).toBe(200);
  });

  it('keeps uploads to administrators', async () => {
    const res = await citizen.upload(UPLOAD_TEMPLATE, { componentId, file: null }, [
      { path: 'variables.file', name: 'mau.pdf', content: PDF, type: 'application/pdf' },
    ]);
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('removes a template: the download answers 404 with a JSON error', async () => {
    const res = await admin.gql(
      'mutation($id: ID!) { removeComponentTemplate(componentId: $id) { template { url } } }',
      {
        id: componentId,
      },
    );
    expect(res.errors).toBeUndefined();
    const gone = await fetch(`${t.url}/files/templates/${componentId}`);
    expect(gone.status).toBe(404);
    expect(await gone.json()).toMatchObject({ code: 'NOT_FOUND' });
    expect((await fetch(`${t.url}/files/templates/not-a-uuid`)).status).toBe(404);
  });
});
