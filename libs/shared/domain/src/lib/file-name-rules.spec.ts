import { fieldIssueMessage } from './field-issues';
import { MAX_COMBINING_MARKS_PER_LETTER, validateFileName } from './file-name-rules';

describe('validateFileName', () => {
  it('accepts ordinary Vietnamese names, composed or decomposed', () => {
    for (const name of ['Tờ khai đăng ký.pdf', 'Giấy chứng nhận – bản sao (1).PDF', 'bệnh án.jpg']) {
      expect(validateFileName(name)).toBeNull();
      expect(validateFileName(name.normalize('NFD'))).toBeNull();
    }
    // ệ in NFD: e + U+0323 + U+0302, two marks on one letter.
    expect(validateFileName('e\u0323\u0302.pdf')).toBeNull();
    expect(validateFileName(`a${'\u0301'.repeat(MAX_COMBINING_MARKS_PER_LETTER)}.pdf`)).toBeNull();
  });

  it.each(['202A', '202B', '202C', '202D', '202E', '2066', '2067', '2068', '2069'])(
    'refuses the bidirectional control U+%s',
    (hex) => {
      const control = String.fromCodePoint(parseInt(hex, 16));
      const issue = validateFileName(`hoa-don${control}fdp.exe`);
      expect(issue?.code).toBe('fileNameBidi');
      expect(fieldIssueMessage(issue!)).toMatch(/ký tự điều khiển hướng chữ/);
    },
  );

  it('caps the combining marks stacked on one letter', () => {
    const issue = validateFileName(`Ze\u0323\u0302\u0301\u0300.pdf`);
    expect(issue).toEqual({ code: 'fileNameMarks', params: { max: MAX_COMBINING_MARKS_PER_LETTER } });
    expect(fieldIssueMessage(issue!)).toBe(
      `Tên tệp có quá nhiều dấu chồng lên một chữ (tối đa ${MAX_COMBINING_MARKS_PER_LETTER}). Vui lòng đổi tên tệp.`,
    );
    // A precomposed letter with extra marks counts its own marks too (checked in NFD).
    expect(validateFileName('ệ\u0301\u0300.pdf')?.code).toBe('fileNameMarks');
  });
});
