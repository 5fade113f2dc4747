import type { IntakeServiceFragment } from '@dvc/portal/data-access';
import type { UiError } from '../../core/apollo/graphql-errors';
import { DossierFormModel } from './dossier-form.model';
import { missingItems } from './missing-items';

const service: IntakeServiceFragment = {
  id: 's1',
  code: '1.003677',
  name: 'Khai báo tạm vắng',
  active: true,
  processingDays: 1,
  agency: { id: 'a1', name: 'Công an xã' },
  components: [
    {
      id: 'c1',
      position: 1,
      name: 'Tờ khai CT01',
      description: '',
      required: true,
      originals: 1,
      copies: 0,
      acceptedTypes: ['pdf', 'jpg'],
      maxSizeMb: 1,
      template: null,
    },
    {
      id: 'c2',
      position: 2,
      name: 'Văn bản đồng ý',
      description: '',
      required: false,
      originals: 1,
      copies: 0,
      acceptedTypes: ['png'],
      maxSizeMb: 1,
      template: null,
    },
  ],
  formFields: [
    {
      id: 'f1',
      position: 1,
      key: 'destination',
      label: 'Nơi đến',
      help: null,
      type: 'text',
      required: true,
      options: null,
      minLength: null,
      maxLength: 255,
      min: null,
      max: null,
      pattern: null,
    },
    {
      id: 'f2',
      position: 2,
      key: 'fromDate',
      label: 'Từ ngày',
      help: null,
      type: 'date',
      required: true,
      options: null,
      minLength: null,
      maxLength: null,
      min: null,
      max: null,
      pattern: null,
    },
  ],
};

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

  it('puts server errors next to their field or file', () => {
    const m = model();
    m.addFiles('c1', [file('to-khai.pdf')]);
    const error = (code: string, extensions: Record<string, unknown>, fields = {}): UiError => ({
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
  it('names what DOSSIER_INCOMPLETE lists with the procedure’s labels', () => {
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
      'dossiers.missing.applicant:dossiers.applicant.phone',
      'dossiers.missing.field:Nơi đến',
      'dossiers.missing.component:Tờ khai CT01',
    ]);
  });
});
