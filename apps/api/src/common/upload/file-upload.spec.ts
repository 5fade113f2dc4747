import { cleanFileName, MAX_FILE_NAME_LENGTH, uploadError } from './file-upload';
import { unmatchedMapPath } from './upload.middleware';

describe('upload helpers', () => {
  it('keeps Vietnamese names and strips paths and control characters', () => {
    expect(cleanFileName('Tờ khai đăng ký.pdf')).toBe('Tờ khai đăng ký.pdf');
    expect(cleanFileName('C:\\Users\\an\\giay-to.pdf')).toBe('giay-to.pdf');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('a\u0000b"c.pdf')).toBe('abc.pdf');
    expect(cleanFileName('')).toBe('tep-tin');
  });

  it('shortens long names but keeps the extension', () => {
    const name = cleanFileName(`${'a'.repeat(500)}.docx`);
    expect(name).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(name.endsWith('.docx')).toBe(true);
  });

  it('maps the library errors to ours', () => {
    expect(uploadError(Object.assign(new Error('x'), { status: 413 }), 'a.pdf').code).toBe('FILE_TOO_LARGE');
    expect(uploadError(new Error('Unexpected end of form'), 'a.pdf').code).toBe('UPLOAD_FAILED');
  });
});

describe('unmatchedMapPath', () => {
  it('finds the path in graphql-upload-ts’s “Invalid object path” error, and nothing in others', () => {
    const message =
      'Invalid object path for the ‘map’ multipart field entry key ‘0’ array index ‘0’ value ‘variables.input.components.1.newFiles.0’ (https://github.com/jaydenseric/graphql-multipart-request-spec).';
    expect(unmatchedMapPath(message)).toBe('variables.input.components.1.newFiles.0');
    expect(unmatchedMapPath('Invalid JSON in the ‘map’ multipart field.')).toBeNull();
    expect(unmatchedMapPath('20 max file uploads exceeded.')).toBeNull();
  });
});
