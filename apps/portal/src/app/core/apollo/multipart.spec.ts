import { multipartBody, perFileProgress } from './multipart';

describe('GraphQL multipart request', () => {
  it('puts operations, map and files in that order', () => {
    const file = new File(['%PDF-1.7'], 'tờ khai.pdf', { type: 'application/pdf' });
    const body = multipartBody('mutation { x }', { input: { files: [null] } }, [
      { path: 'variables.input.files.0', file },
    ]);
    const keys: string[] = [];
    body.forEach((_value, key) => keys.push(key));
    expect(keys).toEqual(['operations', 'map', '0']);
    expect(JSON.parse(body.get('map') as string)).toEqual({ 0: ['variables.input.files.0'] });
    expect(JSON.parse(body.get('operations') as string).variables.input.files).toEqual([null]);
    expect((body.get('0') as File).name).toBe('tờ khai.pdf');
  });

  it('splits the request progress into per-file progress', () => {
    // 100 bytes of prefix, then files of 1000 and 500 bytes.
    expect(perFileProgress(0, 1600, [1000, 500])).toEqual([0, 0]);
    expect(perFileProgress(600, 1600, [1000, 500])).toEqual([50, 0]);
    expect(perFileProgress(1350, 1600, [1000, 500])).toEqual([100, 50]);
    expect(perFileProgress(1600, 1600, [1000, 500])).toEqual([100, 100]);
  });
});
