import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { Role } from '@dvc/shared/domain';
import { createAccount, loginAs } from './support/accounts';
import { createProcedure } from './support/dossier-fixtures';
import { GqlClient } from './support/gql-client';
import { API_CLIENTS, bearer, CREATE_TOKEN, issueToken, must, REVOKE_TOKEN } from './support/integration';
import { codeOf, dataSource } from './support/processing';
import { createTestApp, TestApp } from './support/test-app';

const CATALOG = '{ services(pageSize: 1) { totalCount } }';
const RATE_LIMIT = 12;

interface ClientRow {
  id: string;
  requestCount: number;
  tokens: { id: string; prefix: string; active: boolean; lastUsedAt: string | null; requestCount: number }[];
}

/** Token lifecycle: only a keyed hash stored, revocation and expiry at once, rotation, counts, limits. */
describe('API tokens: lifecycle', () => {
  let t: TestApp;
  let admin: GqlClient;
  let agencyId: string;

  beforeAll(async () => {
    t = await createTestApp({ SEED_ON_START: 'false', API_CLIENT_RATE_LIMIT: String(RATE_LIMIT) });
    admin = await loginAs(t, await createAccount(t, { role: Role.ADMIN }));
    agencyId = (await createProcedure(t)).agency.id;
  });
  afterAll(() => t?.close());

  const clientRow = async (id: string): Promise<ClientRow> =>
    must<ClientRow[]>(await admin.gql(API_CLIENTS), 'apiClients').find((c) => c.id === id) as ClientRow;

  it('stores only a keyed hash of the secret, shown once', async () => {
    const issued = await issueToken(admin, { scopes: ['catalog:read'] });
    expect(issued.secret).toMatch(/^dvc_[A-Za-z0-9_-]{43}$/);
    const [row] = await dataSource(t).query('SELECT token_hash, prefix FROM api_tokens WHERE id = ?', [
      issued.tokenId,
    ]);
    expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(await dataSource(t).query('SELECT * FROM api_tokens'))).not.toContain(
      issued.secret,
    );
    expect(issued.secret.startsWith(row.prefix)).toBe(true);
    const listed = JSON.stringify(await admin.gql(API_CLIENTS));
    expect(listed).not.toContain(issued.secret);
  });

  it('refuses a missing, malformed or unknown token with 401 and no session fallback', async () => {
    for (const header of ['Bearer dvc_unknown_token_value_123456', 'Basic dXNlcjpwYXNz', 'Bearer']) {
      const res = await t.client({ authorization: header }).gql(CATALOG);
      expect([header, res.status, codeOf(res)]).toEqual([header, 401, 'UNAUTHENTICATED']);
      expect(res.headers.get('www-authenticate')).toBe('Bearer');
    }
  });

  it('a revoked token is refused on the very next request', async () => {
    const issued = await issueToken(admin, { scopes: ['catalog:read'] });
    const client = bearer(t, issued.secret);
    expect(codeOf(await client.gql(CATALOG))).toBeUndefined();
    expect(
      must<{ active: boolean }>(await admin.gql(REVOKE_TOKEN, { id: issued.tokenId }), 'revokeApiToken')
        .active,
    ).toBe(false);
    const res = await client.gql(CATALOG);
    expect([res.status, codeOf(res)]).toEqual([401, 'UNAUTHENTICATED']);
  });

  it('an expired token is refused at once, and an expiry must be in the future', async () => {
    const issued = await issueToken(admin, { scopes: ['catalog:read'] });
    const expiresAt = new Date(Date.now() + 1500).toISOString();
    const second = must<{ secret: string }>(
      await admin.gql(CREATE_TOKEN, { clientId: issued.clientId, expiresAt }),
      'createApiToken',
    );
    const client = bearer(t, second.secret);
    expect(codeOf(await client.gql(CATALOG))).toBeUndefined();
    await new Promise((r) => setTimeout(r, 1600));
    expect(codeOf(await client.gql(CATALOG))).toBe('UNAUTHENTICATED');
    expect(codeOf(await bearer(t, issued.secret).gql(CATALOG))).toBeUndefined();
    const past = await admin.gql(CREATE_TOKEN, {
      clientId: issued.clientId,
      expiresAt: '2020-01-01T00:00:00Z',
    });
    expect(codeOf(past)).toBe('VALIDATION_FAILED');
  });

  it('rotation: two tokens work side by side, a third is refused until one is revoked', async () => {
    const first = await issueToken(admin, { agencyId, scopes: ['catalog:read', 'dossiers:read'] });
    const second = must<{ secret: string; token: { id: string } }>(
      await admin.gql(CREATE_TOKEN, { clientId: first.clientId }),
      'createApiToken',
    );
    for (const secret of [first.secret, second.secret]) {
      expect(codeOf(await bearer(t, secret).gql('{ agencyDossiers { totalCount } }'))).toBeUndefined();
    }
    const third = await admin.gql(CREATE_TOKEN, { clientId: first.clientId });
    expect(codeOf(third)).toBe('VALIDATION_FAILED');
    expect(third.errors?.[0].extensions?.fields?.['clientId']).toContain('tối đa 2');
    await admin.gql(REVOKE_TOKEN, { id: first.tokenId });
    const replacement = must<{ secret: string }>(
      await admin.gql(CREATE_TOKEN, { clientId: first.clientId }),
      'createApiToken',
    );
    expect(codeOf(await bearer(t, replacement.secret).gql(CATALOG))).toBeUndefined();
    expect(codeOf(await bearer(t, second.secret).gql(CATALOG))).toBeUndefined();
    expect(codeOf(await bearer(t, first.secret).gql(CATALOG))).toBe('UNAUTHENTICATED');
  });

  it('counts requests per token and client, with the last use of each token', async () => {
    const issued = await issueToken(admin, { scopes: ['catalog:read'] });
    const client = bearer(t, issued.secret);
    const before = Date.now();
    for (let i = 0; i < 3; i++) await client.gql(CATALOG);
    await client.gql('{ me { id } }'); // refused by scope, still a request of the client
    const row = await clientRow(issued.clientId);
    expect(row.requestCount).toBe(4);
    expect(row.tokens).toHaveLength(1);
    expect(row.tokens[0]).toMatchObject({ id: issued.tokenId, active: true, requestCount: 4 });
    expect(new Date(row.tokens[0].lastUsedAt as string).getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  it('a deactivated client is refused at once', async () => {
    const issued = await issueToken(admin, { scopes: ['catalog:read'] });
    expect(codeOf(await bearer(t, issued.secret).gql(CATALOG))).toBeUndefined();
    must(
      await admin.gql('mutation D($id: ID!) { deactivateApiClient(id: $id) { id active } }', {
        id: issued.clientId,
      }),
      'deactivateApiClient',
    );
    expect(codeOf(await bearer(t, issued.secret).gql(CATALOG))).toBe('UNAUTHENTICATED');
  });

  it('rate-limits each client on its own (all its tokens together)', async () => {
    const limited = await issueToken(admin, { scopes: ['catalog:read'] });
    const other = await issueToken(admin, { scopes: ['catalog:read'] });
    const client = bearer(t, limited.secret);
    for (let i = 0; i < RATE_LIMIT; i++) expect(codeOf(await client.gql(CATALOG))).toBeUndefined();
    const refused = await client.gql(CATALOG);
    expect([refused.status, codeOf(refused)]).toEqual([429, 'TOO_MANY_ATTEMPTS']);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(codeOf(await bearer(t, other.secret).gql(CATALOG))).toBeUndefined();
  });
});

describe('schema file', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ SEED_ON_START: 'false' });
  });
  afterAll(() => t?.close());

  it('is served at /graphql/schema.graphql, as the running schema prints it (apps/api/schema.gql)', async () => {
    const res = await t.client().fetch('/graphql/schema.graphql');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    expect(text).toBe(printSchema(lexicographicSortSchema(t.app.get(GraphQLSchemaHost).schema)));
    expect(text).toContain('createApiToken(');
  });
});
