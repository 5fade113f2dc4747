import type { DossierFullFragment } from '@dvc/portal/data-access';
import type { ErrorCode } from '@dvc/shared/domain';
import type { UiError } from '../../core/apollo/graphql-errors';
import {
  DESTINATION_FIELD,
  testComponent,
  testDossier,
  testField,
  testFile,
  testService,
} from '../testing/intake-fixtures';
import { DossierFormModel } from './dossier-form.model';
import { completenessOf, missingItems } from './missing-items';

const service = testService({
  components: [
    testComponent({
      id: 'c1',
      position: 1,
      name: 'Tờ khai CT01',
      required: true,
      acceptedTypes: ['pdf', 'jpg'],
    }),
    testComponent({ id: 'c2', position: 2, name: 'Văn bản đồng ý', acceptedTypes: ['png'] }),
  ],
  formFields: [
    DESTINATION_FIELD,
    testField({ id: 'f2', position: 2, key: 'fromDate', label: 'Từ ngày', type: 'DATE' }),
  ],
});

const t = (key: string, params?: Record<string, string | number>) =>
  params ? `${key}:${Object.values(params).join(',')}` : key;

function model(): DossierFormModel {
  const m = new DossierFormModel(service, () => 'vi', t);
  m.prefill({ fullName: 'Nguyễn An', citizenId: '001090000001', phone: '0912345678' });
  return m;
}

const file = (name: string, size = 10) => new File([new Uint8Array(size)], name);

describe('DossierFormModel', () => {
  it('validates partially for a draft and completely for sending, files included', () => {
    const m = model();
    expect(m.validate(true)).toBe(true);
    expect(m.validate(false)).toBe(false);
    expect(Object.keys(m.errors()).sort()).toEqual([
      'components.c1',
      'formData.destination',
      'formData.fromDate',
    ]);
    m.setField('fromDate', '31/12/2026');
    expect(m.validate(true)).toBe(false);
    expect(m.errors()['formData.fromDate']).toBe('Ngày không hợp lệ.');
  });

  it('checks chosen files first in the browser and marks the form dirty', () => {
    const m = model();
    m.addFiles('c1', [file('to-khai.pdf'), file('virus.exe'), file('lon.jpg', 2 * 1024 * 1024)]);
    const [ok, exe, big] = m.pending();
    expect(ok.error).toBeNull();
    expect(exe.error).toContain('dossiers.files.wrongType');
    expect(big.error).toContain('dossiers.files.tooLarge');
    expect(m.hasFileErrors()).toBe(true);
    m.clearFileError(exe.key);
    m.removePending(big.key);
    expect(m.hasFileErrors()).toBe(false);
    expect(m.dirty()).toBe(true);
  });

  it('refuses file names with bidirectional controls or stacked accents (shared rule) before sending', () => {
    const m = model();
    m.addFiles('c1', [
      file('hoa-don\u202Efdp.pdf'),
      file('Ze\u0323\u0302\u0301\u0300.pdf'),
      file('bệnh án.pdf'.normalize('NFD')),
    ]);
    const [bidi, marks, ok] = m.pending();
    expect(bidi.error).toMatch(/ký tự điều khiển hướng chữ/);
    expect(marks.error).toMatch(/quá nhiều dấu chồng lên một chữ/);
    expect(ok.error).toBeNull();
  });

  it('builds saveDossier input with multipart paths in component order and removals', () => {
    const m = model();
    m.existing.set([
      {
        id: 'old1',
        componentId: 'c1',
        fileName: 'a.pdf',
        size: 1,
        mimeType: 'application/pdf',
        uploadedAt: '',
        downloadUrl: '/files/old1',
      },
    ]);
    m.addFiles('c2', [file('b.png')]);
    m.addFiles('c1', [file('c.pdf'), file('d.jpg')]);
    m.toggleExisting('old1');
    m.setField('destination', 'Huế');
    const { input, files } = m.buildInput('s1', 'd1', 3);
    expect(input).toMatchObject({
      id: 'd1',
      serviceId: 's1',
      expectedVersion: 3,
      formData: { destination: 'Huế' },
    });
    expect(input.applicant?.fullName).toBe('Nguyễn An');
    expect(input.applicant?.email).toBeNull();
    expect(input.components).toEqual([
      { componentId: 'c1', newFiles: [null, null], removeFileIds: ['old1'] },
      { componentId: 'c2', newFiles: [null], removeFileIds: [] },
    ]);
    expect(files.map((f) => [f.path, f.file.name])).toEqual([
      ['variables.input.components.0.newFiles.0', 'c.pdf'],
      ['variables.input.components.0.newFiles.1', 'd.jpg'],
      ['variables.input.components.1.newFiles.0', 'b.png'],
    ]);
    expect(m.pending().map((p) => p.file.name)).toEqual(['c.pdf', 'd.jpg', 'b.png']);
  });

  it('numbers the paths within the sent components: a file only in the second component is components.0', () => {
    const m = model();
    m.addFiles('c2', [file('dong-y.png')]);
    const { input, files } = m.buildInput('s1', null, null);
    expect(input.components).toEqual([{ componentId: 'c2', newFiles: [null], removeFileIds: [] }]);
    expect(files.map((f) => f.path)).toEqual(['variables.input.components.0.newFiles.0']);
  });

  describe('multipart paths for every combination of new files and removals', () => {
    const three = testService({
      ...service,
      components: ['c1', 'c2', 'c3'].map((id, i) => ({
        ...service.components[0],
        id,
        position: i + 1,
        name: `Thành phần ${i + 1}`,
      })),
    });
    // Per component: nothing, new files, a removal, or both.
    const kinds = ['none', 'add', 'remove', 'both'] as const;
    const combos = kinds.flatMap((a) => kinds.flatMap((b) => kinds.map((c) => [a, b, c] as const)));

    /** Follows a multipart path (`variables.input.components.1.newFiles.0`) into the operation. */
    function at(variables: Record<string, unknown>, path: string): { found: boolean; value: unknown } {
      let node: unknown = { variables };
      for (const part of path.split('.')) {
        if (node === null || typeof node !== 'object' || !(part in node))
          return { found: false, value: undefined };
        node = (node as Record<string, unknown>)[part];
      }
      return { found: true, value: node };
    }

    it.each(combos)('%s / %s / %s', (...kinds) => {
      const m = new DossierFormModel(three, () => 'vi', t);
      m.existing.set(
        three.components.map((c) => ({
          id: `old-${c.id}`,
          componentId: c.id,
          fileName: `${c.id}.pdf`,
          size: 1,
          mimeType: 'application/pdf',
          uploadedAt: '',
          downloadUrl: `/files/old-${c.id}`,
        })),
      );
      const expected: { componentId: string; newFiles: null[]; removeFileIds: string[] }[] = [];
      kinds.forEach((kind, i) => {
        const id = three.components[i].id;
        const adds = kind === 'add' || kind === 'both' ? i + 1 : 0;
        if (adds)
          m.addFiles(
            id,
            Array.from({ length: adds }, (_, j) => file(`${id}-${j}.pdf`)),
          );
        if (kind === 'remove' || kind === 'both') m.toggleExisting(`old-${id}`);
        if (kind !== 'none')
          expected.push({
            componentId: id,
            newFiles: Array(adds).fill(null),
            removeFileIds: kind === 'add' ? [] : [`old-${id}`],
          });
      });
      const { input, files } = m.buildInput('s1', 'd1', 2);
      expect(input.components).toEqual(expected);
      // Every path points at a null placeholder in the component that the file was chosen for,
      // and no two files share a path: the API's multipart parser accepts exactly this.
      const variables = { input } as Record<string, unknown>;
      for (const f of files) {
        const slot = at(variables, f.path);
        expect(slot).toEqual({ found: true, value: null });
        const index = Number(f.path.split('.')[3]);
        expect(f.file.name.startsWith(`${input.components![index].componentId}-`)).toBe(true);
      }
      expect(new Set(files.map((f) => f.path)).size).toBe(files.length);
      expect(files.length).toBe(expected.reduce((n, c) => n + c.newFiles.length, 0));
      expect(m.pending().map((p) => p.file)).toEqual(files.map((f) => f.file));
    });
  });

  it('puts server errors next to their field or file', () => {
    const m = model();
    m.addFiles('c1', [file('to-khai.pdf')]);
    const error = (code: ErrorCode, extensions: Record<string, unknown>, fields = {}): UiError => ({
      code,
      message: `msg ${code}`,
      fields,
      extensions: { code, ...extensions },
    });
    m.applyServerError(error('FILE_TYPE_NOT_ALLOWED', { fileName: 'to-khai.pdf', componentId: 'c1' }));
    expect(m.pending()[0].error).toBe('msg FILE_TYPE_NOT_ALLOWED');
    m.applyServerError(error('VALIDATION_FAILED', {}, { 'applicant.citizenId': 'Số CCCD sai' }));
    expect(m.errors()['applicant.citizenId']).toBe('Số CCCD sai');
    m.applyServerError(
      error('DOSSIER_INCOMPLETE', { missingComponents: ['c1'] }, { 'formData.fromDate': 'Thiếu' }),
    );
    expect(m.errors()['components.c1']).toBe('dossiers.files.missing');
    expect(m.errors()['formData.fromDate']).toBe('Thiếu');
  });
});

describe('missingItems', () => {
  it('names what DOSSIER_INCOMPLETE lists with the procedure’s labels, each with the control to fix it', () => {
    const items = missingItems(
      {
        missingFields: ['destination'],
        missingApplicantFields: ['applicant.phone'],
        missingComponents: ['c1'],
      },
      service,
      t,
    );
    expect(items).toEqual([
      { text: 'dossiers.missing.applicant:dossiers.applicant.phone', target: 'f-applicant-phone' },
      { text: 'dossiers.missing.field:Nơi đến', target: 'f-formData-destination' },
      { text: 'dossiers.missing.component:Tờ khai CT01', target: 'c-c1-input' },
    ]);
  });
});

describe('completenessOf', () => {
  const dossier = (over: Partial<DossierFullFragment> = {}): DossierFullFragment =>
    testDossier(service, {
      version: 2,
      formData: { destination: 'Huế', fromDate: '2026-12-01' },
      files: [testFile()],
      ...over,
    });

  it('applies the shared rule: complete when fields, applicant and required components are there', () => {
    expect(completenessOf(dossier()).complete).toBe(true);
  });

  it('lists what submitDossier would refuse, in the same lists', () => {
    const c = completenessOf(
      dossier({
        formData: { destination: '' },
        files: [],
        applicant: { ...dossier().applicant, fullName: 'An', citizenId: null, phone: null },
      }),
    );
    expect(c.complete).toBe(false);
    expect(c.missingFields.sort()).toEqual(['destination', 'fromDate']);
    expect(c.missingApplicantFields.sort()).toEqual(['applicant.citizenId', 'applicant.phone']);
    expect(c.missingComponents).toEqual(['c1']);
    expect(missingItems(c, service, t).map((i) => i.target)).toContain('c-c1-input');
  });
});
