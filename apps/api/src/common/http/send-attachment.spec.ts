import { contentDisposition } from './send-attachment';

describe('contentDisposition', () => {
  it('keeps the Vietnamese name in filename* and gives old clients an ASCII one', () => {
    expect(contentDisposition('Tờ khai đăng ký (bản sao).pdf')).toBe(
      `attachment; filename="To khai dang ky (ban sao).pdf"; filename*=UTF-8''T%E1%BB%9D%20khai%20%C4%91%C4%83ng%20k%C3%BD%20%28b%E1%BA%A3n%20sao%29.pdf`,
    );
  });

  it('cannot be used to inject header parameters', () => {
    const header = contentDisposition('a";\r\nX-Evil: 1.pdf');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header.startsWith('attachment; filename="a_;__X-Evil: 1.pdf"')).toBe(true);
  });
});
