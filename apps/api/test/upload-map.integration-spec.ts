import { pdfBytes } from './fixtures/files';
import { createAccount, loginAs } from './support/accounts';
import {
  countRows,
  createProcedure,
  DossierData,
  SAVE_DOSSIER,
  storedFiles,
  TestProcedure,
} from './support/dossier-fixtures';
import { GqlClient } from './support/gql-client';
import { createTestApp, TestApp } from './support/test-app';

/**
 * The multipart `map` of saveDossier as the portal builds it: only the components with changes are
 * sent, so a file's path is numbered by its place in that list, not in the procedure (issue 10, item 1).
 */
describe('dossier uploads: multipart map paths', () => {
  let t: TestApp;
  let proc: TestProcedure;
  let citizen: GqlClient;
  let first: string;
  let second: string;
  let third: string;

  beforeAll(async () => {
    t = await createTestApp({ SEED_ON_START: 'false' });
    proc = await createProcedure(t, {
      components: [
        { name: 'Tờ khai', required: true, acceptedTypes: ['pdf'], maxSizeMb: 1 },
        { name: 'Giấy tờ chứng minh', required: false, acceptedTypes: ['pdf'], maxSizeMb: 1 },
        { name: 'Văn bản ủy quyền', required: false, acceptedTypes: ['pdf'], maxSizeMb: 1 },
      ],
    });
    [first, second, third] = proc.components.map((c) => c.id);
    citizen = await loginAs(t, await createAccount(t));
  });
  afterAll(() => t?.close());

  const upload = (input: Record<string, unknown>, paths: string[]) =>
    citizen.upload<{ saveDossier: DossierData }>(
      SAVE_DOSSIER,
      { input },
      paths.map((path, i) => ({ path, name: `tep-${i + 1}.pdf`, content: pdfBytes(1000 + i) })),
    );

  it('stores a file on the second component when the map skips the first', async () => {
    const res = await upload(
      { serviceId: proc.procedure.id, components: [{ componentId: second, newFiles: [null] }] },
      ['variables.input.components.0.newFiles.0'],
    );
    expect(res.errors).toBeUndefined();
    const saved = res.data!.saveDossier;
    expect(saved.files.map((f) => [f.componentId, f.fileName])).toEqual([[second, 'tep-1.pdf']]);

    // Sửa: the third component only, then the second and third together; earlier files stay.
    const edit = await upload(
      {
        id: saved.id,
        serviceId: proc.procedure.id,
        expectedVersion: saved.version,
        components: [{ componentId: third, newFiles: [null, null] }],
      },
      ['variables.input.components.0.newFiles.0', 'variables.input.components.0.newFiles.1'],
    );
    expect(edit.errors).toBeUndefined();
    const edited = edit.data!.saveDossier;
    const byComponent = (d: DossierData, id: string) => d.files.filter((f) => f.componentId === id).length;
    expect([first, second, third].map((id) => byComponent(edited, id))).toEqual([0, 1, 2]);

    const both = await upload(
      {
        id: saved.id,
        serviceId: proc.procedure.id,
        expectedVersion: edited.version,
        components: [
          { componentId: second, newFiles: [null], removeFileIds: [saved.files[0].id] },
          { componentId: third, newFiles: [null] },
        ],
      },
      ['variables.input.components.0.newFiles.0', 'variables.input.components.1.newFiles.0'],
    );
    expect(both.errors).toBeUndefined();
    const after = both.data!.saveDossier;
    expect([first, second, third].map((id) => byComponent(after, id))).toEqual([0, 1, 3]);
    expect(after.files.map((f) => f.id)).not.toContain(saved.files[0].id);
  });

  it.each([
    ['past the end of the components list', 'variables.input.components.1.newFiles.0'],
    ['past the end of a newFiles list', 'variables.input.components.0.newFiles.3'],
    ['to a value that is not a file placeholder', 'variables.input.serviceId'],
    ['to a place the operation does not have', 'variables.nothing.here'],
  ])('answers a map path %s with VALIDATION_FAILED in Vietnamese', async (_what, path) => {
    const dossiers = await countRows(t, 'dossiers');
    const files = (await storedFiles(t)).length;
    const res = await upload(
      { serviceId: proc.procedure.id, components: [{ componentId: second, newFiles: [null] }] },
      [path],
    );
    expect(res.status).toBe(400);
    expect(res.data).toBeNull();
    expect(res.errors).toHaveLength(1);
    const [error] = res.errors!;
    expect(error.extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: {}, mapPath: path });
    expect(error.message).toBe(
      'Tệp tin đính kèm không khớp với thành phần hồ sơ nào của yêu cầu. Vui lòng tải lại trang và đính kèm lại tệp.',
    );
    expect(error.message).not.toBe('Yêu cầu không hợp lệ.');
    expect(await countRows(t, 'dossiers')).toBe(dossiers);
    expect(await storedFiles(t)).toHaveLength(files);
  });
});
