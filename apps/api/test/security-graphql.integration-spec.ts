import { SERVICE_FIELDS } from './support/catalog';
import { createTestApp, TestApp } from './support/test-app';

jest.setTimeout(60_000);

/**
 * `count` fragments, each spreading the next one twice: a few hundred bytes whose naive expansion
 * holds 2^count copies of the innermost selection.
 */
function fragmentBomb(count: number, innermost: string): string {
  const fragments = Array.from({ length: count }, (_, i) =>
    i < count - 1
      ? `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`
      : `fragment F${i} on Query { ${innermost} }`,
  );
  return `query Bomb { ...F0 }\n${fragments.join('\n')}`;
}

/** The depth and cost limits (README: "Queries are limited in depth (10) and estimated cost"). */
describe('security: GraphQL query limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ SEED_ON_START: 'true' });
  });
  afterAll(() => t?.close());

  it('checks the depth of a fragment-heavy document in linear time', async () => {
    const started = Date.now();
    const res = await t.client().gql(fragmentBomb(20, 'system { name }'));
    const elapsed = Date.now() - started;
    // Validation used to walk every path through the fragments (2^19 here): the event loop was blocked
    // for seconds, and each fragment more doubled it.
    expect(elapsed).toBeLessThan(1500);
    expect(res.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(res.data ?? null).toBeNull();
  });

  it('cannot be pushed past the cost estimator: a document too big to estimate is refused, not run', async () => {
    // A page of 100 services with every relation is over the cost limit (catalog-search suite)...
    const expensive = `services(pageSize: 100) { totalCount items { ${SERVICE_FIELDS} } }`;
    const direct = await t.client().gql(`query { ${expensive} }`);
    expect(direct.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    // The client's mistake, like the depth limit: 400, never 500 (also when the cost is remembered).
    expect(direct.status).toBe(400);
    expect(direct.errors?.[0].extensions).not.toHaveProperty('http');
    expect(direct.errors?.[0].message).toMatch(/Truy vấn quá phức tạp/);
    expect((await t.client().gql(`query { ${expensive} }`)).status).toBe(400);
    // ...and must stay so when repeated through fragments beyond what the estimator will walk.
    const res = await t.client().gql(fragmentBomb(12, expensive));
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(res.data ?? null).toBeNull();
  });

  it('refuses a field repeated a thousand times before validating it (quadratic in graphql-js)', async () => {
    const started = Date.now();
    const res = await t
      .client()
      .gql(`{ system { ${Array.from({ length: 1000 }, () => 'name').join(' ')} } }`);
    // This 5 KB document kept the event loop busy for about 4 s (and 4,000 copies for over a minute).
    expect(Date.now() - started).toBeLessThan(1000);
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(res.errors?.[0].extensions).not.toHaveProperty('http');
    expect(res.data ?? null).toBeNull();
  });

  it('refuses repeated fields with sub-selections, whose comparisons nest', async () => {
    let nested = 'id';
    for (let level = 0; level < 8; level++) nested = `p: parent { ${nested} } p: parent { ${nested} }`;
    const started = Date.now();
    const res = await t.client().gql(`{ agencies { ${nested} } }`);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(res.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses documents defining hundreds of fragments (compared pairwise)', async () => {
    const count = 1500;
    const spreads = Array.from({ length: count }, (_, i) => `...F${i}`).join(' ');
    const fragments = Array.from({ length: count }, (_, i) => `fragment F${i} on SystemInfo { name }`);
    const started = Date.now();
    const res = await t.client().gql(`{ system { ${spreads} } }\n${fragments.join('\n')}`);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(res.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('still accepts a few repeated leaf fields, as generated clients send them', async () => {
    const res = await t
      .client()
      .gql('{ system { name name __typename ... on SystemInfo { name __typename } } }');
    expect(res.errors).toBeUndefined();
  });

  it('still answers BAD_USER_INPUT for variables of the wrong type', async () => {
    const res = await t.client().gql('query ($id: ID!) { service(id: $id) { id } }', { id: { no: 1 } });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('still lets ordinary documents with fragments through', async () => {
    const res = await t
      .client()
      .gql<{ services: { items: unknown[] } }>(
        'query { services(pageSize: 5) { items { ...Row } } } fragment Row on ServiceProcedure { id name agency { ...Agency } } fragment Agency on Agency { id name }',
      );
    expect(res.errors).toBeUndefined();
    expect(res.data?.services.items).toHaveLength(5);
  });
});
