import { writeFileSync } from 'node:fs';
import type { FormFieldDefinition } from '@dvc/shared/domain';
import { readPdfText, readPdfTitle } from '../../test/support/pdf-text';
import { renderFormPdf } from './form-pdf';
import { buildFormSheet, formTitle, SheetCatalog } from './form-sheet';

const fields: FormFieldDefinition[] = [
  { key: 'childFullName', label: 'Họ, chữ đệm và tên người được khai sinh', type: 'TEXT', required: true },
  {
    key: 'childGender',
    label: 'Giới tính',
    type: 'SELECT',
    required: true,
    options: [
      { value: 'MALE', label: 'Nam' },
      { value: 'FEMALE', label: 'Nữ' },
    ],
  },
  { key: 'childDateOfBirth', label: 'Ngày, tháng, năm sinh', type: 'DATE', required: true },
  { key: 'birthPlace', label: 'Nơi sinh', type: 'ADDRESS', required: true },
  { key: 'note', label: 'Ghi chú', type: 'TEXTAREA', required: false },
  { key: 'agree', label: 'Đồng ý nhận kết quả qua bưu chính', type: 'CHECKBOX', required: false },
];

const catalog: SheetCatalog = {
  component: {
    name: 'Tờ khai đăng ký khai sinh theo mẫu',
    description: 'Kê khai trực tuyến hoặc tải mẫu về, điền đầy đủ, ký và đính kèm bản chụp.',
    isDeclaration: true,
    requiresSignature: false,
  },
  procedure: { code: '1.001193', name: 'Đăng ký khai sinh' },
  agency: { name: 'Ủy ban nhân dân phường Ba Đình' },
  fields,
};

describe('form sheets', () => {
  it('titles a form by its component name without "theo mẫu"', () => {
    expect(formTitle('Tờ khai đăng ký khai sinh theo mẫu')).toBe('Tờ khai đăng ký khai sinh');
    expect(formTitle('Danh sách chủ sở hữu hưởng lợi của doanh nghiệp')).toBe(
      'Danh sách chủ sở hữu hưởng lợi của doanh nghiệp',
    );
  });

  it('turns the intake form into labelled blanks, and answers into their printed text', () => {
    const blank = buildFormSheet(catalog);
    expect(blank.sections.map((s) => s.heading)).toEqual(['Thông tin người yêu cầu', 'Nội dung kê khai']);
    expect(blank.sections[1].lines).toEqual([
      { kind: 'blank', label: fields[0].label, value: null, lines: 1 },
      {
        kind: 'choice',
        label: 'Giới tính',
        options: [
          { label: 'Nam', checked: false },
          { label: 'Nữ', checked: false },
        ],
      },
      { kind: 'blank', label: fields[2].label, value: null, lines: 1 },
      { kind: 'blank', label: 'Nơi sinh', value: null, lines: 2 },
      { kind: 'blank', label: 'Ghi chú', value: null, lines: 3 },
      { kind: 'check', label: fields[5].label, checked: false },
    ]);
    const filled = buildFormSheet(catalog, {
      applicant: { fullName: 'Trần Thị Hương', citizenId: '001190012345', provinceCode: '01' },
      formData: {
        childFullName: 'Nguyễn Minh Khôi',
        childGender: 'MALE',
        childDateOfBirth: '2026-11-02',
        birthPlace: { provinceCode: '01', commune: 'Phường Ba Đình', street: '12 Phan Đình Phùng' },
        agree: true,
      },
      dossierCode: null,
      at: new Date('2026-11-30T03:00:00Z'),
    });
    const values = filled.sections[1].lines.map((l) =>
      l.kind === 'blank' ? l.value : l.kind === 'check' ? l.checked : l.options.filter((o) => o.checked),
    );
    expect(values).toEqual([
      'Nguyễn Minh Khôi',
      [{ label: 'Nam', checked: true }],
      '02/11/2026',
      '12 Phan Đình Phùng, Phường Ba Đình, Thành phố Hà Nội',
      '',
      true,
    ]);
    expect(filled.signerName).toBe('Trần Thị Hương');
    expect([blank.instructions, filled.instructions]).toEqual([catalog.component.description, null]);
    expect(filled.footer).toContain('không cần in, ký và đính kèm');
  });

  it('gives other "theo mẫu" documents ruled lines instead of the intake form', () => {
    const sheet = buildFormSheet({
      ...catalog,
      component: { ...catalog.component, name: 'Phương án kinh doanh theo mẫu', isDeclaration: false },
    });
    expect(sheet.sections[1]).toEqual({
      heading: 'Nội dung',
      lines: [{ kind: 'blank', label: 'Nội dung', value: null, lines: 10 }],
    });
    expect(sheet.commitment).toBe(false);
  });
});

describe('renderFormPdf', () => {
  it('writes a one-page A4 PDF whose Vietnamese text reads back through the embedded font', async () => {
    const pdf = await renderFormPdf(buildFormSheet(catalog), { compress: false });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const read = readPdfText(pdf);
    if (process.env['FORM_PDF_SAMPLE']) writeFileSync(process.env['FORM_PDF_SAMPLE'], pdf);
    expect(read.pages).toBe(1);
    expect(read.runs).toContain('TỜ KHAI ĐĂNG KÝ KHAI SINH');
    expect(read.runs).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(read.text).toContain('Kính gửi: ');
    expect(read.text).toContain('Ủy ban nhân dân phường Ba Đình');
    expect(read.text).toContain('Họ, chữ đệm và tên người được khai sinh: ');
    expect(read.text).toContain('☐ Nam');
    expect(read.text).toContain('NGƯỜI YÊU CẦU');
    expect(read.text).not.toContain('\uFFFD');
    expect(readPdfTitle(pdf)).toBe('Tờ khai đăng ký khai sinh');
    // The subset of DejaVu Sans is embedded (FontFile2), not a reference to a system font.
    expect(pdf.toString('latin1')).toMatch(/\/FontFile2 \d+ 0 R/);
    expect(pdf.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans-Bold/);
    if (process.env['FORM_PDF_SAMPLE']) writeFileSync(process.env['FORM_PDF_SAMPLE'], pdf);
  });

  it('prints the answers, compressed as in production, and breaks long forms into pages', async () => {
    const many: FormFieldDefinition[] = Array.from({ length: 40 }, (_, i) => ({
      key: `f${i}`,
      label: `Trường thứ ${i + 1}`,
      type: 'TEXT',
      required: false,
    }));
    const pdf = await renderFormPdf(
      buildFormSheet(
        { ...catalog, fields: many },
        {
          applicant: { fullName: 'Lê Văn Đức' },
          formData: { f0: 'Giá trị đầu tiên', f39: 'Giá trị cuối cùng' },
          dossierCode: '000.01.00.H26-261130-0001',
          at: new Date('2026-11-30T03:00:00Z'),
        },
      ),
    );
    const read = readPdfText(pdf);
    expect(read.pages).toBe(2);
    expect(read.runs).toEqual(
      expect.arrayContaining(['Giá trị đầu tiên', 'Giá trị cuối cùng', 'Lê Văn Đức']),
    );
    expect(read.text).toContain('Ngày 30 tháng 11 năm 2026');
    expect(read.text).toContain('hồ sơ 000.01.00.H26-261130-0001');
    expect(read.text).toContain('Trang 2/2');
  });
});
