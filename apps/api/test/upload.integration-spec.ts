import { createHash } from 'node:crypto';
import { SESSION_COOKIE } from '../src/account/session.service';
import { elfBytes, exeBytes, jpgBytes, pdfBytes, pngBytes } from './fixtures/files';
import { createAccount, loginAs } from './support/accounts';
import {
  COMPLETE_FORM,
  countRows,
  createProcedure,
  DELETE_DOSSIER,
  DOSSIER_QUERY,
  DossierData,
  SAVE_DOSSIER,
  saveDossier,
  storedFiles,
  TestProcedure,
} from './support/dossier-fixtures';
import { GqlClient, GqlResponse } from './support/gql-client';
import { startRawUpload } from './support/raw-upload';
import { createTestApp, TestApp } from './support/test-app';

const MB = 1024 * 1024;

describe('dossier uploads: limits, types, atomicity, downloads', () => {
  let t: TestApp;
  let proc: TestProcedure;
  let citizen: GqlClient;
  let pdfComponent: string;
  let photoComponent: string;

  beforeAll(async () => {
    t = await createTestApp({ SEED_ON_START: 'false' });
    proc = await createProcedure(t);
    [pdfComponent, photoComponent] = proc.components.map((c) => c.id);
    citizen = await loginAs(t, await createAccount(t));
  });
  afterAll(() => t?.close());

  /** Waits until the server has finished cleaning up after a failed request. */
  async function settle(check: () => Promise<boolean> | boolean, timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error('state did not settle');
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  const snapshot = async () => ({
    files: await storedFiles(t),
    dossiers: await countRows(t, 'dossiers'),
    fileRows: await countRows(t, 'dossier_files'),
  });

  const expectUnchanged = async (before: Awaited<ReturnType<typeof snapshot>>) => {
    await settle(async () => JSON.stringify(await snapshot()) === JSON.stringify(before));
    expect(await snapshot()).toEqual(before);
  };

  const code = (res: GqlResponse<unknown>) => res.errors?.[0].extensions?.code;

  it('refuses file names with bidirectional controls or stacked accents (shared rule), storing nothing', async () => {
    const before = await snapshot();
    for (const [name, pattern] of [
      ['hoa-don\u202Efdp.exe', /ký tự điều khiển hướng chữ/],
      ['to-khai\u2066.pdf', /ký tự điều khiển hướng chữ/],
      ['Ze\u0323\u0302\u0301\u0300.pdf', /quá nhiều dấu chồng lên một chữ \(tối đa 3\)/],
    ] as const) {
      const res = await saveDossier(citizen, { serviceId: proc.procedure.id, formData: COMPLETE_FORM }, [
        { componentId: pdfComponent, name, content: pdfBytes(10_000) },
      ]);
      expect(code(res)).toBe('VALIDATION_FAILED');
      expect(res.errors?.[0].message).toMatch(pattern);
      expect(Object.keys(res.errors?.[0].extensions?.fields ?? {})).toEqual(['fileName']);
    }
    await expectUnchanged(before);
    // Vietnamese in decomposed form (ệ = e + U+0323 + U+0302) is a fine name.
    const ok = await saveDossier(citizen, { serviceId: proc.procedure.id, formData: COMPLETE_FORM }, [
      { componentId: pdfComponent, name: 'bệnh án.pdf'.normalize('NFD'), content: pdfBytes(10_000) },
    ]);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.saveDossier.files[0].fileName).toBe('bệnh án.pdf');
  });

  it('stores a PDF and an image with size, detected type and sha256, and serves them back', async () => {
    const pdf = pdfBytes(200_000);
    const photo = pngBytes(50_000);
    const res = await saveDossier(citizen, { serviceId: proc.procedure.id, formData: COMPLETE_FORM }, [
      {
        componentId: pdfComponent,
        name: 'Tờ khai đăng ký khai sinh (bản 1).pdf',
        content: pdf,
        type: 'text/plain',
      },
      { componentId: photoComponent, name: 'ảnh.png', content: photo },
    ]);
    expect(res.errors).toBeUndefined();
    const files = res.data!.saveDossier.files;
    expect(files).toHaveLength(2);
    const pdfRow = files.find((f) => f.componentId === pdfComponent)!;
    expect(pdfRow).toMatchObject({
      fileName: 'Tờ khai đăng ký khai sinh (bản 1).pdf',
      size: pdf.length,
      mimeType: 'application/pdf',
      sha256: createHash('sha256').update(pdf).digest('hex'),
    });
    expect(files.find((f) => f.componentId === photoComponent)?.mimeType).toBe('image/png');

    const download = await citizen.fetch(pdfRow.downloadUrl);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    const disposition = download.headers.get('content-disposition')!;
    expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1])).toBe('Tờ khai đăng ký khai sinh (bản 1).pdf');
    expect(Buffer.from(await download.arrayBuffer()).equals(pdf)).toBe(true);
  });

  it('refuses a file over the component’s limit with FILE_TOO_LARGE naming the file and component', async () => {
    const before = await snapshot();
    const res = await saveDossier(citizen, { serviceId: proc.procedure.id }, [
      { componentId: pdfComponent, name: 'lon.pdf', content: pdfBytes(Math.round(1.5 * MB)) },
    ]);
    expect(code(res)).toBe('FILE_TOO_LARGE');
    expect(res.errors?.[0].message).toContain('lon.pdf');
    expect(res.errors?.[0].message).toContain(proc.components[0].name);
    expect(res.errors?.[0].extensions).toMatchObject({ fileName: 'lon.pdf', componentId: pdfComponent });
    await expectUnchanged(before);
  });

  it('applies the global cap (UPLOAD_MAX_FILE_MB) over a more generous component', async () => {
    const big = await createProcedure(t, {
      components: [{ name: 'Bản vẽ', required: true, acceptedTypes: ['pdf'], maxSizeMb: 500 }],
    });
    const before = await snapshot();
    const res = await saveDossier(citizen, { serviceId: big.procedure.id }, [
      { componentId: big.components[0].id, name: 'ban-ve.pdf', content: pdfBytes(20 * MB + 1) },
    ]);
    expect(code(res)).toBe('FILE_TOO_LARGE');
    expect(res.errors?.[0].extensions).toMatchObject({ componentId: big.components[0].id });
    await expectUnchanged(before);
  });

  it.each([
    ['a .pdf name with PNG bytes', 'giay-to.pdf', pngBytes(), 0, 'png'],
    ['an ELF executable renamed .jpg', 'anh.jpg', elfBytes(), 1, 'elf'],
    ['a Windows executable renamed .jpg', 'anh.jpg', exeBytes(), 1, 'exe'],
    ['plain text named .pdf', 'ghi-chu.pdf', Buffer.from('just text, not a PDF at all'), 0, null],
  ])('checks the content, not the name: refuses %s', async (_what, name, content, index, detected) => {
    const componentId = proc.components[index].id;
    const before = await snapshot();
    const res = await saveDossier(citizen, { serviceId: proc.procedure.id }, [
      { componentId, name, content, type: componentId === pdfComponent ? 'application/pdf' : 'image/jpeg' },
    ]);
    expect(code(res)).toBe('FILE_TYPE_NOT_ALLOWED');
    expect(res.errors?.[0].message).toContain(name);
    expect(res.errors?.[0].extensions).toMatchObject({ fileName: name, componentId, detectedType: detected });
    await expectUnchanged(before);
  });

  it('rolls the whole save back when one file is bad: earlier files of the request are removed', async () => {
    const draft = (await saveDossier(citizen, { serviceId: proc.procedure.id, formData: { childName: 'A' } }))
      .data!.saveDossier;
    const before = await snapshot();
    const res = await saveDossier(
      citizen,
      { id: draft.id, serviceId: proc.procedure.id, expectedVersion: 1, formData: { childName: 'B' } },
      [
        { componentId: pdfComponent, name: 'tot.pdf', content: pdfBytes(300_000) },
        { componentId: photoComponent, name: 'tot.jpg', content: jpgBytes(20_000) },
        { componentId: photoComponent, name: 'xau.jpg', content: elfBytes() },
      ],
    );
    expect(code(res)).toBe('FILE_TYPE_NOT_ALLOWED');
    await expectUnchanged(before);
    const after = await citizen.gql<{ dossier: DossierData }>(DOSSIER_QUERY, { id: draft.id });
    expect(after.data?.dossier).toMatchObject({ version: 1, formData: { childName: 'A' }, files: [] });
  });

  it('removes the stored files again when the transaction fails (two tabs saving the same version)', async () => {
    const draft = (await saveDossier(citizen, { serviceId: proc.procedure.id })).data!.saveDossier;
    const before = (await storedFiles(t)).length;
    const tab = (name: string) =>
      saveDossier(citizen, { id: draft.id, serviceId: proc.procedure.id, expectedVersion: 1 }, [
        { componentId: pdfComponent, name, content: pdfBytes(400_000) },
      ]);
    const results = await Promise.all([tab('tab-1.pdf'), tab('tab-2.pdf')]);
    const codes = results.map((r) => code(r) ?? 'OK').sort();
    expect(codes).toEqual(['OK', 'STALE_DOSSIER']);
    await settle(async () => (await storedFiles(t)).length === before + 1);
    const after = await citizen.gql<{ dossier: DossierData }>(DOSSIER_QUERY, { id: draft.id });
    expect(after.data?.dossier.files).toHaveLength(1);
    expect(after.data?.dossier.version).toBe(2);
  });

  it('accepts at most 20 files per request (TOO_MANY_FILES)', async () => {
    const before = await snapshot();
    const files = Array.from({ length: 21 }, (_, i) => ({
      componentId: photoComponent,
      name: `anh-${i}.jpg`,
      content: jpgBytes(),
    }));
    const res = await saveDossier(citizen, { serviceId: proc.procedure.id }, files);
    expect(code(res)).toBe('TOO_MANY_FILES');
    expect(res.status).toBe(413);
    await expectUnchanged(before);
    const twenty = await saveDossier(citizen, { serviceId: proc.procedure.id }, files.slice(0, 20));
    expect(twenty.data?.saveDossier.files).toHaveLength(20);
  });

  it('keeps Apollo CSRF prevention: a multipart save without the preflight header is refused', async () => {
    const before = await snapshot();
    const res = await saveDossier(
      citizen,
      { serviceId: proc.procedure.id },
      [{ componentId: pdfComponent, name: 'a.pdf', content: pdfBytes() }],
      {},
    ).catch((e: Error) => e);
    expect(res instanceof Error ? res.message : `${res.status}`).toMatch(/400|CSRF|preflight/);
    await expectUnchanged(before);
  });

  it('refuses an anonymous multipart request before reading its files (UNAUTHENTICATED)', async () => {
    const before = await snapshot();
    const anonymous = t.client();
    const res = await saveDossier(anonymous, { serviceId: proc.procedure.id }, [
      { componentId: pdfComponent, name: 'a.pdf', content: pdfBytes() },
    ]);
    expect(res.status).toBe(401);
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    await expectUnchanged(before);
  });

  it('leaves no orphan when the client aborts mid-upload', async () => {
    const before = await snapshot();
    const { req } = startRawUpload(t.url, `${SESSION_COOKIE}=${citizen.cookie(SESSION_COOKIE)}`, {
      query: SAVE_DOSSIER,
      serviceId: proc.procedure.id,
      componentId: pdfComponent,
      fileName: 'dang-do.pdf',
      fileSize: 900_000,
    });
    req.on('error', () => undefined);
    // Half of a file that would be valid, then the connection drops.
    req.write(pdfBytes(900_000).subarray(0, 450_000));
    // Let the server start streaming it to storage; what an aborted write leaves inside a driver is
    // the storage contract's test, this one checks the API keeps neither a file nor a row.
    await new Promise((r) => setTimeout(r, 300));
    req.destroy();
    await expectUnchanged(before);
  });

  it('removing a file deletes it from storage; deleting a dossier deletes all its files', async () => {
    const res = await saveDossier(citizen, { serviceId: proc.procedure.id }, [
      { componentId: pdfComponent, name: 'mot.pdf', content: pdfBytes() },
      { componentId: pdfComponent, name: 'hai.pdf', content: pdfBytes(5000) },
      { componentId: photoComponent, name: 'ba.jpg', content: jpgBytes() },
    ]);
    const d = res.data!.saveDossier;
    const afterSave = await storedFiles(t);
    const [first] = d.files;
    const removed = await saveDossier(citizen, {
      id: d.id,
      serviceId: proc.procedure.id,
      expectedVersion: d.version,
      components: [{ componentId: first.componentId, removeFileIds: [first.id] }],
    });
    expect(removed.data?.saveDossier.files.map((f) => f.id)).not.toContain(first.id);
    expect(await storedFiles(t)).toHaveLength(afterSave.length - 1);
    expect((await citizen.fetch(first.downloadUrl)).status).toBe(404);

    const filesBefore = (await storedFiles(t)).length;
    const deleted = await citizen.gql<{ deleteDossier: boolean }>(DELETE_DOSSIER, { id: d.id });
    expect(deleted.data?.deleteDossier).toBe(true);
    expect(await storedFiles(t)).toHaveLength(filesBefore - 2);
    for (const f of removed.data!.saveDossier.files)
      expect((await citizen.fetch(f.downloadUrl)).status).toBe(404);
  });

  it('refuses a removal that names a file of another component', async () => {
    const d = (
      await saveDossier(citizen, { serviceId: proc.procedure.id }, [
        { componentId: pdfComponent, name: 'x.pdf', content: pdfBytes() },
      ])
    ).data!.saveDossier;
    const res = await saveDossier(citizen, {
      id: d.id,
      serviceId: proc.procedure.id,
      expectedVersion: d.version,
      components: [{ componentId: photoComponent, removeFileIds: [d.files[0].id] }],
    });
    expect(code(res)).toBe('NOT_FOUND');
  });
});
