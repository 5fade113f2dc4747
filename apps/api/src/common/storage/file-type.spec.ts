import {
  docxBytes,
  elfBytes,
  exeBytes,
  gifBytes,
  jpgBytes,
  odtBytes,
  ole2Bytes,
  pdfBytes,
  pngBytes,
  webpBytes,
  xlsxBytes,
  zipBytes,
} from '../../../test/fixtures/files';
import { detectFileType, normalizeTypeName } from './file-type';

const typesOf = (buf: Buffer, complete = true) => detectFileType(buf, complete)?.map((t) => t.type) ?? null;

describe('detectFileType (magic bytes)', () => {
  it.each([
    ['pdf', pdfBytes()],
    ['png', pngBytes()],
    ['jpg', jpgBytes()],
    ['gif', gifBytes()],
    ['webp', webpBytes()],
    ['docx', docxBytes()],
    ['xlsx', xlsxBytes()],
    ['odt', odtBytes()],
    ['doc', ole2Bytes('WordDocument')],
    ['xls', ole2Bytes('Workbook')],
    ['elf', elfBytes()],
    ['exe', exeBytes()],
  ])('recognises %s', (type, bytes) => {
    expect(typesOf(bytes)).toEqual([type]);
  });

  it('gives the right MIME type', () => {
    expect(detectFileType(jpgBytes(), true)?.[0].mime).toBe('image/jpeg');
    expect(detectFileType(docxBytes(), true)?.[0].mime).toMatch(/wordprocessingml/);
  });

  it('knows nothing of plain text or a plain zip', () => {
    expect(typesOf(Buffer.from('hello, this is just some text'))).toEqual([]);
    expect(typesOf(zipBytes([['a.txt', 'x']]))).toEqual(['zip']);
  });

  it('waits for more bytes while a container is undecided', () => {
    expect(typesOf(Buffer.from('%PDF'), false)).toBeNull();
    expect(typesOf(zipBytes([['[Content_Types].xml', 'x']]), false)).toBeNull();
    expect(typesOf(zipBytes([['[Content_Types].xml', 'x']]), true)).toEqual(['docx', 'xlsx']);
  });

  it('normalises type names', () => {
    expect(normalizeTypeName('JPEG')).toBe('jpg');
    expect(normalizeTypeName('.PDF')).toBe('pdf');
  });
});
