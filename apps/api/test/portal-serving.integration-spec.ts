import { Role } from '@dvc/shared/domain';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { IncomingHttpHeaders, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { createAccount, loginAs } from './support/accounts';
import { createTestApp, TestApp } from './support/test-app';

jest.setTimeout(60_000);

const PRECOMPRESS = resolve(__dirname, '../../../tools/build/precompress.mjs');
/** Text that compresses well, like a real bundle, and is far above the 1 kB compression threshold. */
const js = (name: string) =>
  Array.from({ length: 400 }, (_, i) => `export const ${name}${i} = () => "dịch vụ công ${i}";`).join('\n');
const INDEX = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Cổng Dịch vụ công</title>
<base href="/"><link rel="stylesheet" href="styles-QWER2345.css"></head><body><app-root></app-root>
${'<!-- padding so the page is worth compressing -->\n'.repeat(40)}
<script src="main-ABCD2345.js" type="module"></script></body></html>`;
const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48">${'<circle cx="24" cy="24" r="20"/>'.repeat(60)}</svg>`;

interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** node:http, not fetch: fetch decodes bodies and adds its own Accept-Encoding. */
function raw(
  url: string,
  path: string,
  {
    method = 'GET',
    headers = {},
    body,
  }: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawAnswer> {
  return new Promise((ok, fail) => {
    const req = request(`${url}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', fail);
    req.end(body);
  });
}

function decode(answer: RawAnswer): string {
  const encoding = answer.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(answer.body).toString('utf8');
  if (encoding === 'gzip') return gunzipSync(answer.body).toString('utf8');
  return answer.body.toString('utf8');
}

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** How the API serves the built portal and its own answers: compression, caching, HEAD. */
describe('portal serving: compression by Accept-Encoding, cache headers, HEAD', () => {
  let t: TestApp;
  let dir: string;
  let portal: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dvc-portal-serving-'));
    portal = join(dir, 'portal');
    mkdirSync(join(portal, 'media'), { recursive: true });
    writeFileSync(join(portal, 'index.html'), INDEX);
    writeFileSync(join(portal, 'main-ABCD2345.js'), js('main'));
    writeFileSync(join(portal, 'styles-QWER2345.css'), `.a{color:red}\n`.repeat(200));
    writeFileSync(join(portal, 'favicon.svg'), SVG);
    writeFileSync(join(portal, 'media', 'logo-ZXCV2345.svg'), SVG);
    // The build step under test writes the .br/.gz copies.
    execFileSync(process.execPath, [PRECOMPRESS, portal]);
    // A file the build step never saw: compressed on the fly instead.
    writeFileSync(join(portal, 'chunk-LATE2345.js'), js('late'));
    t = await createTestApp({ PORTAL_DIR: portal });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes brotli and gzip copies next to the text files at build time', () => {
    for (const file of ['index.html', 'main-ABCD2345.js', 'styles-QWER2345.css', 'media/logo-ZXCV2345.svg']) {
      const original = readFileSync(join(portal, file), 'utf8');
      expect(brotliDecompressSync(readFileSync(join(portal, `${file}.br`))).toString('utf8')).toBe(original);
      expect(gunzipSync(readFileSync(join(portal, `${file}.gz`))).toString('utf8')).toBe(original);
    }
  });

  it('sends the brotli copy of a hashed bundle to a client that accepts it, cached for a year', async () => {
    const res = await raw(t.url, '/main-ABCD2345.js', {
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(res.headers['content-type']).toMatch(/^(application|text)\/javascript; charset=utf-8$/i);
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
    expect(res.body.length).toBeLessThan(js('main').length / 3);
    expect(decode(res)).toBe(js('main'));
  });

  it('sends gzip to a gzip-only client and the plain file to one that accepts no encoding', async () => {
    const gz = await raw(t.url, '/main-ABCD2345.js', { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(decode(gz)).toBe(js('main'));
    const plain = await raw(t.url, '/main-ABCD2345.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(plain.headers['cache-control']).toBe(IMMUTABLE);
    expect(plain.body.toString('utf8')).toBe(js('main'));
  });

  it('compresses CSS and SVG too; hashed media are immutable, unhashed files cached for an hour', async () => {
    const css = await raw(t.url, '/styles-QWER2345.css', { headers: { 'accept-encoding': 'br' } });
    expect(css.headers['content-encoding']).toBe('br');
    expect(css.headers['content-type']).toMatch(/^text\/css/);
    expect(css.headers['cache-control']).toBe(IMMUTABLE);
    const media = await raw(t.url, '/media/logo-ZXCV2345.svg', { headers: { 'accept-encoding': 'br' } });
    expect(media.headers['content-encoding']).toBe('br');
    expect(media.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(media.headers['cache-control']).toBe(IMMUTABLE);
    const icon = await raw(t.url, '/favicon.svg', { headers: { 'accept-encoding': 'gzip' } });
    expect(icon.headers['content-encoding']).toBe('gzip');
    expect(icon.headers['cache-control']).toBe('public, max-age=3600');
    expect(decode(icon)).toBe(SVG);
  });

  it('compresses a file without a precompressed copy on the fly', async () => {
    const res = await raw(t.url, '/chunk-LATE2345.js', { headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
    expect(decode(res)).toBe(js('late'));
  });

  it('sends index.html with no-cache at /, at /index.html and as the SPA fallback, compressed', async () => {
    for (const path of ['/', '/index.html', '/ho-so-ca-nhan/ho-so?tab=da-gui', '/can-bo']) {
      const res = await raw(t.url, path, { headers: { accept: 'text/html', 'accept-encoding': 'br, gzip' } });
      expect([path, res.status]).toEqual([path, 200]);
      expect(res.headers['content-type']).toMatch(/^text\/html; charset=utf-8/i);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers['content-encoding']).toBe('br');
      expect(res.headers['vary']).toMatch(/Accept-Encoding/i);
      expect(decode(res)).toBe(INDEX);
    }
    // Not for API paths, nor for clients that do not want HTML.
    const api = await raw(t.url, '/files/nothing-here', { headers: { accept: 'text/html' } });
    expect(api.status).not.toBe(200);
    expect(api.headers['content-type']).not.toMatch(/html/);
    expect((await raw(t.url, '/ho-so-ca-nhan', { headers: { accept: 'application/json' } })).status).toBe(
      404,
    );
  });

  it('answers HEAD / like GET / without a body', async () => {
    const headers = { accept: 'text/html', 'accept-encoding': 'br' };
    const get = await raw(t.url, '/', { headers });
    const head = await raw(t.url, '/', { method: 'HEAD', headers });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    for (const name of [
      'content-type',
      'content-encoding',
      'content-length',
      'cache-control',
      'etag',
      'vary',
    ]) {
      expect([name, head.headers[name]]).toEqual([name, get.headers[name]]);
    }
    expect(Number(head.headers['content-length'])).toBe(get.body.length);
    const plainHead = await raw(t.url, '/dich-vu-cong', { method: 'HEAD', headers: { accept: 'text/html' } });
    expect(plainHead.status).toBe(200);
    expect(Number(plainHead.headers['content-length'])).toBe(Buffer.byteLength(INDEX));
  });

  it('compresses GraphQL answers by Accept-Encoding, with Vary', async () => {
    const body = JSON.stringify({ query: '{ sectors { id code name } agencies { id name } }' });
    const headers = { 'content-type': 'application/json' };
    const br = await raw(t.url, '/graphql', {
      method: 'POST',
      headers: { ...headers, 'accept-encoding': 'br, gzip' },
      body,
    });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['vary']).toMatch(/Accept-Encoding/i);
    const data = JSON.parse(decode(br)) as { data: { sectors: unknown[] } };
    expect(data.data.sectors.length).toBeGreaterThan(10);
    const gz = await raw(t.url, '/graphql', {
      method: 'POST',
      headers: { ...headers, 'accept-encoding': 'gzip' },
      body,
    });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(decode(gz))).toEqual(data);
    const plain = await raw(t.url, '/graphql', { method: 'POST', headers, body });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(JSON.parse(plain.body.toString('utf8'))).toEqual(data);
  });

  it('sends file downloads as stored, never recompressed', async () => {
    const admin = await loginAs(t, await createAccount(t, { role: Role.ADMIN }));
    const found = await t
      .client()
      .gql<{ serviceByCode: { components: { id: string }[] } }>(
        '{ serviceByCode(code: "1.001193") { components { id } } }',
      );
    const componentId = found.data!.serviceByCode.components[0].id;
    // A PDF that would shrink a lot: text-heavy, far above the threshold.
    const pdf = Buffer.from(`%PDF-1.4\n${'% tờ khai đăng ký khai sinh\n'.repeat(800)}%%EOF\n`);
    const uploaded = await admin.upload(
      'mutation($componentId: ID!, $file: Upload!) { uploadComponentTemplate(componentId: $componentId, file: $file) { id } }',
      { componentId, file: null },
      [{ path: 'variables.file', name: 'to-khai.pdf', content: pdf, type: 'application/pdf' }],
    );
    expect(uploaded.errors).toBeUndefined();
    const res = await raw(t.url, `/files/templates/${componentId}`, {
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.body.equals(pdf)).toBe(true);
  });
});
