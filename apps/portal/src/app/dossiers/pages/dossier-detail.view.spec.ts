import type { DossierFullFragment } from '@dvc/portal/data-access';
import { testComponent, testField, testFile, testService } from '../testing/intake-fixtures';
import { componentRows, formDefinition, formRows } from './dossier-detail.view';

/** The live procedure after an admin edited it: a field renamed and a new one, a component retired. */
const liveService = testService({
  code: '1.001193',
  name: 'Đăng ký khai sinh',
  processingDays: 3,
  agency: { id: 'a1', name: 'UBND xã' },
  components: [
    testComponent({
      id: 'c1',
      position: 1,
      name: 'Tờ khai (tên mới)',
      required: true,
      maxSizeMb: 5,
      isDeclaration: true,
      template: { fileName: 'mau.pdf', url: '/files/templates/c1', size: 10 },
    }),
  ],
  formFields: [
    testField({ id: 'f2', position: 1, key: 'birthDate', label: 'Ngày sinh (đã đổi)', type: 'DATE' }),
    testField({ id: 'f3', position: 2, key: 'newField', label: 'Trường mới', type: 'TEXT' }),
  ],
}) as DossierFullFragment['service'];

/** A component as the snapshot stores it: a required PDF of up to 5 MB. */
function snapshotComponent(id: string, position: number, name: string) {
  return {
    id,
    position,
    name,
    description: '',
    required: true,
    originals: 1,
    copies: 0,
    acceptedTypes: ['pdf'],
    maxSizeMb: 5,
  };
}

const snapshot = {
  takenAt: '2026-11-01T03:00:00.000Z',
  fields: [
    { key: 'childName', label: 'Họ tên trẻ', type: 'TEXT', required: true },
    { key: 'birthDate', label: 'Ngày sinh', type: 'DATE', required: true },
    {
      key: 'gender',
      label: 'Giới tính',
      type: 'SELECT',
      required: true,
      options: [
        { value: 'F', label: 'Nữ' },
        { value: 'M', label: 'Nam' },
      ],
    },
  ],
  components: [snapshotComponent('c1', 1, 'Tờ khai'), snapshotComponent('c9', 2, 'Giấy chứng sinh')],
};

const dossier = (over: Partial<DossierFullFragment> = {}): DossierFullFragment =>
  ({
    id: 'd1',
    status: 'SUBMITTED',
    formData: { childName: 'Nguyễn Bình An', birthDate: '2026-10-20', gender: 'F' },
    files: [
      testFile({ id: 'x1', fileName: 'tokhai.pdf' }),
      testFile({ id: 'x2', componentId: 'c9', fileName: 'chungsinh.pdf' }),
    ],
    service: liveService,
    formSnapshot: snapshot,
    ...over,
  }) as unknown as DossierFullFragment;

describe('dossier detail: a sent dossier keeps its form', () => {
  it('prints the values against the snapshot: its labels, order and choices, not the live procedure', () => {
    expect(formRows(dossier(), 'vi')).toEqual([
      { key: 'childName', label: 'Họ tên trẻ', value: 'Nguyễn Bình An' },
      { key: 'birthDate', label: 'Ngày sinh', value: '20/10/2026' },
      { key: 'gender', label: 'Giới tính', value: 'Nữ' },
    ]);
  });

  it('lists the snapshot components with their files, a retired one included, with the live template', () => {
    const rows = componentRows(dossier());
    expect(rows.map((r) => [r.name, r.files.map((f) => f.fileName)])).toEqual([
      ['Tờ khai', ['tokhai.pdf']],
      ['Giấy chứng sinh', ['chungsinh.pdf']],
    ]);
    expect(rows[0].template?.url).toBe('/files/templates/c1');
    expect(rows[1].template).toBeNull();
  });

  it('a draft (no snapshot yet) follows the live procedure', () => {
    const draft = dossier({ status: 'DRAFT', formSnapshot: null });
    expect(formDefinition(draft).map((f) => f.label)).toEqual(['Ngày sinh (đã đổi)', 'Trường mới']);
    expect(formRows(draft, 'en')).toEqual([
      { key: 'birthDate', label: 'Ngày sinh (đã đổi)', value: '20/10/2026' },
    ]);
    expect(componentRows(draft).map((r) => r.name)).toEqual(['Tờ khai (tên mới)']);
  });
});
