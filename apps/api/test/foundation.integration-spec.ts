import { getIntrospectionQuery } from 'graphql';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from './support/test-app';

describe('foundation: health, GraphQL and error shape', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ SEED_ON_START: 'false' });
  });
  afterAll(() => t?.close());

  it('GET /health answers 200 with the database up', async () => {
    const res = await fetch(`${t.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'up' });
  });

  it('answers a query at /graphql', async () => {
    const res = await t.client().gql<{ system: { name: string } }>('{ system { name displayTimeZone } }');
    expect(res.errors).toBeUndefined();
    expect(res.data?.system.name).toBe('Cổng Dịch vụ công trực tuyến');
  });

  it('explains a malformed operation in Vietnamese with a stable code, without a stack trace', async () => {
    const res = await t.client().gql('{ noSuchField }');
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0].message).toBe('Yêu cầu không hợp lệ.');
    expect(JSON.stringify(res.errors)).not.toMatch(/stacktrace|at .*\.js/);
  });

  it('refuses operations nested too deeply with QUERY_TOO_COMPLEX', async () => {
    // Agency.parent nests: 11 levels of ordinary fields.
    const parents = 'parent { '.repeat(9) + 'code' + ' }'.repeat(9);
    const res = await t.client().gql(`{ agencies { ${parents} } }`);
    expect(res.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(res.errors?.[0].extensions?.['maxDepth']).toBe(10);
    expect(res.data).toBeNull();
  });

  it('answers the standard introspection query (GraphiQL, codegen) but not deeper ones', async () => {
    const standard = await t
      .client()
      .gql(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }));
    expect(standard.errors).toBeUndefined();
    expect(JSON.stringify(standard.data)).toContain('"name":"Query"');
    const deep = `{ __schema { types { fields { type { ${'ofType { '.repeat(12)}name${' }'.repeat(12)} } } } } }`;
    const refused = await t.client().gql(deep);
    expect(refused.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(refused.errors?.[0].extensions?.['maxDepth']).toBe(15);
  });

  it('answers BAD_USER_INPUT (not an internal error) for variables of the wrong type', async () => {
    const res = await t
      .client()
      .gql('query ($id: ID!) { service(id: $id) { id } }', { id: { no: 'object' } });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toBe('Yêu cầu không hợp lệ.');
  });

  it('keeps Apollo CSRF prevention on: a simple multipart request without a preflight header is refused', async () => {
    const form = new FormData();
    form.append('operations', JSON.stringify({ query: '{ __typename }' }));
    form.append('map', '{}');
    const res = await fetch(`${t.url}/graphql`, { method: 'POST', body: form });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF|preflight/i);
  });

  it('does not serve the playground or portal when their builds are absent', async () => {
    const res = await fetch(`${t.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.headers.get('content-type') ?? '').not.toMatch(/text\/html/);
  });
});

describe('foundation: health without a database, playground switch', () => {
  it('GET /health answers 503 when the database is unreachable', async () => {
    const t = await createTestApp({ SEED_ON_START: 'false' });
    const dataSource = t.app.get(DataSource);
    try {
      await dataSource.destroy();
      const res = await fetch(`${t.url}/health`);
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ status: 'unavailable', database: 'down' });
    } finally {
      // Back up, so the app closes as usual: closing only its HTTP server left its workers' timers
      // running, and jest waiting for them after the last suite.
      if (!dataSource.isInitialized) await dataSource.initialize();
      await t.close();
    }
  });

  it('serves the playground at GET /graphql, and not with GRAPHQL_PLAYGROUND=false', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dvc-playground-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><html><body>GraphiQL</body></html>');
    for (const [flag, expectHtml] of [
      ['true', true],
      ['false', false],
    ] as const) {
      const t = await createTestApp({
        SEED_ON_START: 'false',
        PLAYGROUND_DIR: dir,
        GRAPHQL_PLAYGROUND: flag,
      });
      try {
        const res = await fetch(`${t.url}/graphql`, { headers: { accept: 'text/html' } });
        expect((res.headers.get('content-type') ?? '').includes('text/html')).toBe(expectHtml);
        // GraphQL itself answers either way.
        expect((await t.client().gql('{ __typename }')).data).toEqual({ __typename: 'Query' });
      } finally {
        await t.close();
      }
    }
    rmSync(dir, { recursive: true, force: true });
  });
});
