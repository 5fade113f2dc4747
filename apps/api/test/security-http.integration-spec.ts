import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, TestApp } from './support/test-app';

jest.setTimeout(30_000);

/** What the Angular build writes: critical CSS inlined, the rest loaded by an onload handler. */
const PORTAL_INDEX = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Cổng Dịch vụ công trực tuyến</title><base href="/">
<style>:root{--c-primary:#0b4f8a}</style><link rel="stylesheet" href="styles-X.css" media="print" onload="this.media='all'"><noscript><link rel="stylesheet" href="styles-X.css"></noscript></head>
<body><app-root></app-root><script src="main-X.js" type="module"></script></body></html>`;

const PLAYGROUND_INDEX = `<!doctype html><html><head><link rel="stylesheet" href="/playground-assets/playground.css" />
<style>html, body, #root { height: 100%; margin: 0; }</style></head>
<body><div id="root"></div><script type="module" src="/playground-assets/playground.js"></script></body></html>`;

function directives(csp: string | null): Map<string, string[]> {
  return new Map(
    (csp ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name, values]),
  );
}

/** Headers and error answers of the HTTP layer: the portal, the playground and the API. */
describe('security: HTTP headers and transport-level errors', () => {
  let t: TestApp;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dvc-security-http-'));
    const portal = join(dir, 'portal');
    const playground = join(dir, 'playground');
    mkdirSync(portal, { recursive: true });
    mkdirSync(playground, { recursive: true });
    writeFileSync(join(portal, 'index.html'), PORTAL_INDEX);
    writeFileSync(join(portal, 'main-X.js'), 'console.log(1)');
    writeFileSync(join(playground, 'index.html'), PLAYGROUND_INDEX);
    t = await createTestApp({ SEED_ON_START: 'false', PORTAL_DIR: portal, PLAYGROUND_DIR: playground });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const expectBaseline = (res: Response) => {
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-powered-by')).toBeNull();
    expect(directives(res.headers.get('content-security-policy')).get('frame-ancestors')).toEqual(["'none'"]);
  };

  it('sends nosniff, no framing, no referrer and a CSP with every API answer', async () => {
    const ok = await t.client().fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ system { name } }' }),
    });
    expect(ok.status).toBe(200);
    expectBaseline(ok);
    expectBaseline(await t.client().fetch('/health'));
    expectBaseline(await t.client().fetch('/files/00000000-0000-4000-8000-000000000000'));
    // Without https there is no HSTS (it would pin plain-http development hosts).
    expect(ok.headers.get('strict-transport-security')).toBeNull();
  });

  it('gives the portal a CSP it can run under: own scripts, the critical-CSS onload handler, data: images', async () => {
    const res = await t.client().fetch('/ho-so-ca-nhan', { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<app-root>');
    expectBaseline(res);
    const csp = directives(res.headers.get('content-security-policy'));
    const handler = `'sha256-${createHash('sha256').update("this.media='all'").digest('base64')}'`;
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'", "'unsafe-hashes'", handler]);
    expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp.get('img-src')).toEqual(["'self'", 'data:']);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    expect(res.headers.get('content-security-policy')).not.toMatch(/unsafe-eval|\*/);
    // Static files of the build carry the same headers.
    expectBaseline(await t.client().fetch('/main-X.js'));
  });

  it('gives the offline playground what GraphiQL and Monaco need, and nothing from elsewhere', async () => {
    const res = await t.client().fetch('/graphql', { headers: { accept: 'text/html' } });
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expectBaseline(res);
    const csp = directives(res.headers.get('content-security-policy'));
    expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp.get('font-src')).toEqual(["'self'", 'data:']);
    expect(csp.get('worker-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')?.[0]).toBe("'self'");
  });

  it('sends HSTS when the portal is served over https', async () => {
    const secure = await createTestApp({
      SEED_ON_START: 'false',
      PUBLIC_URL: 'https://dichvucong.example.vn',
    });
    try {
      const res = await secure.client().fetch('/health');
      expect(res.headers.get('strict-transport-security')).toMatch(/^max-age=\d{8,}/);
    } finally {
      await secure.close();
    }
  });

  it('answers an oversized JSON body with 413 and a GraphQL error, not an internal error', async () => {
    const res = await t.client().fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ system { name } }', variables: { pad: 'x'.repeat(200_000) } }),
    });
    expect(res.status).toBe(413);
    expectBaseline(res);
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(body.errors[0].message).toBe('Yêu cầu không hợp lệ.');
    expect(JSON.stringify(body)).not.toMatch(/PayloadTooLarge|entity|at \w+ \(/);
  });

  it('answers malformed JSON with 400 and a GraphQL error', async () => {
    const res = await t.client().fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ system { name } }", ',
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(JSON.stringify(body)).not.toMatch(/SyntaxError|Unexpected|at \w+ \(/);
  });

  it('refuses batched (array) requests and mutations over GET', async () => {
    const batch = await t.client().fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ system { name } }' }, { query: '{ system { name } }' }]),
    });
    expect(batch.status).toBe(400);
    const get = await t.client().fetch(`/graphql?query=${encodeURIComponent('mutation { logout }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(get.status).toBe(405);
    const simple = await t.client().fetch(`/graphql?query=${encodeURIComponent('{ system { name } }')}`);
    expect(simple.status).toBe(400); // a cross-site GET without the preflight header (CSRF prevention)
  });

  it('explains both refusals in Vietnamese with stable codes, in the usual GraphQL error shape', async () => {
    type Body = { errors: { message: string; extensions: Record<string, unknown> }[] };
    const batch = await t.client().fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ system { name } }' }, { query: '{ system { name } }' }]),
    });
    expect(batch.status).toBe(400);
    const batchBody = (await batch.json()) as Body;
    expect(batchBody.errors).toHaveLength(1);
    expect(batchBody.errors[0]).toEqual({
      message:
        'Máy chủ không nhận nhiều thao tác GraphQL trong một yêu cầu; vui lòng gửi từng thao tác riêng.',
      extensions: { code: 'BATCH_NOT_ALLOWED' },
    });

    const csrf = await t.client().fetch(`/graphql?query=${encodeURIComponent('{ system { name } }')}`);
    expect(csrf.status).toBe(400);
    const csrfBody = (await csrf.json()) as Body;
    expect(csrfBody.errors[0].extensions).toEqual({ code: 'CSRF_REJECTED' });
    expect(csrfBody.errors[0].message).toMatch(/^Yêu cầu bị từ chối để bảo vệ/);
    // No English left anywhere in the answer.
    expect(JSON.stringify([batchBody, csrfBody])).not.toMatch(/batching|Cross-Site|preflight|blocked/i);
  });
});
