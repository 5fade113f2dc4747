import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getIntrospectionQuery } from 'graphql';
import { createTestApp, TestApp } from './support/test-app';

jest.setTimeout(60_000);

/** What production needs to start (config.schema.ts), on a test database. */
const PRODUCTION = {
  NODE_ENV: 'production',
  SESSION_SECRET: 'p'.repeat(48),
  SMTP_URL: 'smtp://127.0.0.1:1',
  PUBLIC_URL: 'http://localhost',
  CAPTCHA_FIXED_ANSWER: '', // empty = unset: refused in production
  SEED_ON_START: 'false',
  MIGRATE_ON_START: 'true',
};

/** Issue 12 review finding: production turns introspection and the playground off by default. */
describe('GraphQL playground and introspection switch (GRAPHQL_PLAYGROUND)', () => {
  let playgroundDir: string;
  beforeAll(() => {
    playgroundDir = mkdtempSync(join(tmpdir(), 'dvc-playground-'));
    writeFileSync(join(playgroundDir, 'index.html'), '<!doctype html><html><body>GraphiQL</body></html>');
    writeFileSync(join(playgroundDir, 'playground.js'), 'console.log(1)');
  });
  afterAll(() => rmSync(playgroundDir, { recursive: true, force: true }));

  const page = (t: TestApp, path = '/graphql') =>
    fetch(`${t.url}${path}`, { headers: { accept: 'text/html' } });

  describe('production, by default', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ ...PRODUCTION, PLAYGROUND_DIR: playgroundDir });
    });
    afterAll(() => t?.close());

    it('refuses introspection with a typed, Vietnamese error', async () => {
      for (const query of [getIntrospectionQuery(), '{ __type(name: "Query") { name } }']) {
        const res = await t.client().gql(query);
        expect(res.status).toBe(400);
        expect(res.data ?? null).toBeNull();
        expect(res.errors?.[0].extensions?.code).toBe('INTROSPECTION_DISABLED');
        expect(res.errors?.[0].message).toMatch(/không cho phép truy vấn cấu trúc/);
      }
    });

    it('still answers ordinary operations and __typename', async () => {
      const res = await t.client().gql('{ __typename system { name } }');
      expect(res.errors).toBeUndefined();
      expect(res.data).toMatchObject({ __typename: 'Query' });
    });

    it('serves no playground: the page and its assets are 404', async () => {
      const res = await page(t);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type') ?? '').not.toMatch(/html/);
      expect((await page(t, '/playground-assets/playground.js')).status).toBe(404);
    });
  });

  describe('production with GRAPHQL_PLAYGROUND=true', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ ...PRODUCTION, PLAYGROUND_DIR: playgroundDir, GRAPHQL_PLAYGROUND: 'true' });
    });
    afterAll(() => t?.close());

    it('answers the standard introspection query and serves the playground', async () => {
      const res = await t
        .client()
        .gql<{ __schema: { queryType: { name: string } } }>(getIntrospectionQuery());
      expect(res.errors).toBeUndefined();
      expect(res.data?.__schema.queryType.name).toBe('Query');
      const html = await page(t);
      expect(html.status).toBe(200);
      expect(await html.text()).toContain('GraphiQL');
      expect((await page(t, '/playground-assets/playground.js')).status).toBe(200);
    });
  });
});
