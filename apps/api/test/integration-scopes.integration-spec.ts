import {
  dossierOf,
  OFFICER_ACTIONS,
  act,
  codeOf,
  createWorld,
  dataSource,
  ProcessingWorld,
  sentDossier,
} from './support/processing';
import { bearer, issueToken } from './support/integration';
import { SESSION_COOKIE } from '../src/account/session.service';
import { GqlClient } from './support/gql-client';
import { createTestApp, TestApp } from './support/test-app';

/**
 * Each scope opens exactly the operations it names, inside the client's agency; nothing else (no
 * account, citizen or admin operation) answers to a token, and a cookie sent along is ignored.
 */
describe('API tokens: scopes and agencies', () => {
  let t: TestApp;
  let w: ProcessingWorld;
  const tokens: Record<string, GqlClient> = {};
  const secrets: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp({ SEED_ON_START: 'false' });
    w = await createWorld(t);
    const agencyId = w.proc.agency.id;
    const make = async (scope: string, forAgency: boolean) => {
      const { secret } = await issueToken(w.admin, {
        name: `Phần mềm ${scope}`,
        agencyId: forAgency ? agencyId : null,
        scopes: [scope],
      });
      secrets[scope] = secret;
      return bearer(t, secret);
    };
    tokens['catalog:read'] = await make('catalog:read', true);
    tokens['dossiers:read'] = await make('dossiers:read', true);
    tokens['dossiers:process'] = await make('dossiers:process', true);
    tokens['catalog:write'] = await make('catalog:write', false);
  });
  afterAll(() => t?.close());

  /** One call per scope, answering the error code (undefined when allowed). */
  const probes: Record<string, (c: GqlClient) => Promise<string | undefined>> = {
    'catalog:read': async (c) =>
      codeOf(await c.gql('{ services(pageSize: 1) { totalCount } agencies { id } }')),
    'dossiers:read': async (c) => codeOf(await c.gql('{ agencyDossiers { totalCount items { id } } }')),
    'dossiers:process': async (c) => codeOf(await act(c, 'receiveDossier', await sentDossier(w), w.proc)),
    'catalog:write': async (c) =>
      codeOf(
        await c.gql('mutation S($input: CreateSectorInput!) { createSector(input: $input) { id } }', {
          input: {
            code: `API-${Math.random().toString(36).slice(2, 7).toUpperCase()}`,
            name: 'Lĩnh vực thử API',
          },
        }),
      ),
  };

  it.each(['catalog:read', 'dossiers:read', 'dossiers:process', 'catalog:write'])(
    'a %s token may call its operations and none of the other scopes',
    async (scope) => {
      for (const [probe, call] of Object.entries(probes)) {
        expect([probe, await call(tokens[scope])]).toEqual([
          probe,
          probe === scope ? undefined : 'FORBIDDEN',
        ]);
      }
    },
  );

  it('no token reaches account, citizen or admin operations', async () => {
    const everything = bearer(
      t,
      (
        await issueToken(w.admin, {
          agencyId: w.proc.agency.id,
          scopes: ['catalog:read', 'dossiers:read', 'dossiers:process'],
        })
      ).secret,
    );
    for (const query of [
      '{ me { id } }',
      '{ myDossiers { totalCount } }',
      '{ notifications { totalCount } }',
      '{ apiClients { id } }',
      'mutation { logout }',
      'mutation { createApiClient(input: { name: "Tự cấp", scopes: ["catalog:write"] }) { id } }',
    ]) {
      expect([query, codeOf(await everything.gql(query))]).toEqual([query, 'FORBIDDEN']);
    }
  });

  it('dossiers of another agency do not exist for the client', async () => {
    const mine = await sentDossier(w);
    const other = await sentDossier(w, w.otherProc);
    const reader = tokens['dossiers:read'];
    const page = await reader.gql<{ agencyDossiers: { items: { id: string }[] } }>(
      '{ agencyDossiers(pageSize: 100) { items { id } } }',
    );
    const ids = page.data?.agencyDossiers.items.map((d) => d.id) ?? [];
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(other.id);
    const q = 'query D($id: ID!) { dossier(id: $id) { id code status version } }';
    expect((await reader.gql(q, { id: mine.id })).data).toEqual({
      dossier: { id: mine.id, code: mine.code, status: 'SUBMITTED', version: mine.version },
    });
    expect(codeOf(await reader.gql(q, { id: other.id }))).toBe('NOT_FOUND');
    expect(codeOf(await act(tokens['dossiers:process'], 'receiveDossier', other, w.otherProc))).toBe(
      'NOT_FOUND',
    );
  });

  it('the history names the client; a multipart result upload works with the bearer header alone; changes are audited', async () => {
    const processor = bearer(
      t,
      (
        await issueToken(w.admin, {
          name: 'Phần mềm một cửa thử',
          agencyId: w.proc.agency.id,
          scopes: ['dossiers:process'],
        })
      ).secret,
    );
    let dossier = await sentDossier(w);
    for (const action of ['receiveDossier', 'startProcessing'] as const) {
      dossier = dossierOf(await act(processor, action, dossier, w.proc));
    }
    const file = { name: 'ket-qua.pdf', content: Buffer.from('%PDF-1.4\n%%EOF\n'), type: 'application/pdf' };
    // No apollo-require-preflight header: the bearer token alone passes CSRF prevention.
    const completed = await processor.upload(
      OFFICER_ACTIONS.completeDossier,
      { id: dossier.id, v: dossier.version, note: null, files: [null] },
      [{ ...file, path: 'variables.files.0' }],
      {},
    );
    expect(codeOf(completed)).toBeUndefined();
    expect(dossierOf(completed).status).toBe('COMPLETED');
    const history = await w.officer.gql<{ dossier: { history: { actorName: string; action: string }[] } }>(
      'query H($id: ID!) { dossier(id: $id) { history { actorName action } } }',
      { id: dossier.id },
    );
    const steps = history.data?.dossier.history ?? [];
    expect(steps.filter((s) => s.action !== 'SUBMIT').map((s) => s.actorName)).toEqual([
      'Phần mềm một cửa thử',
      'Phần mềm một cửa thử',
      'Phần mềm một cửa thử',
    ]);
    const audit = await dataSource(t).query(
      "SELECT operation, outcome FROM integration_audit WHERE operation = 'Mutation completeDossier'",
    );
    expect(audit).toEqual([{ operation: 'Mutation completeDossier', outcome: 'OK' }]);
  });

  it('refused changes are audited with their code; reads are not audited', async () => {
    const { clientId, secret } = await issueToken(w.admin, {
      name: 'Phần mềm bị từ chối',
      agencyId: w.proc.agency.id,
      scopes: ['dossiers:read', 'dossiers:process'],
    });
    const refused = bearer(t, secret);
    const other = await sentDossier(w, w.otherProc);
    expect(codeOf(await act(refused, 'receiveDossier', other, w.otherProc))).toBe('NOT_FOUND');
    expect(codeOf(await refused.gql('mutation { logout }'))).toBe('FORBIDDEN');
    expect(codeOf(await refused.gql('{ agencyDossiers { totalCount } }'))).toBeUndefined();
    const rows = await dataSource(t).query(
      'SELECT operation, outcome FROM integration_audit WHERE client_id = ? ORDER BY operation',
      [clientId],
    );
    expect(rows).toEqual([
      { operation: 'Mutation logout', outcome: 'FORBIDDEN' },
      { operation: 'Mutation receiveDossier', outcome: 'NOT_FOUND' },
    ]);
  });

  it('result files download with dossiers:read, not with another scope', async () => {
    let dossier = await sentDossier(w);
    for (const action of ['receiveDossier', 'startProcessing', 'completeDossier'] as const) {
      dossier = dossierOf(await act(w.officer, action, dossier, w.proc));
    }
    const url = dossier.result?.files[0].downloadUrl as string;
    expect(url).toMatch(/^\/files\//);
    const download = (scope: string) =>
      t.client().fetch(url, { headers: { authorization: `Bearer ${secrets[scope]}` } });
    expect((await download('dossiers:read')).status).toBe(200);
    expect((await download('catalog:read')).status).toBe(403);
    expect((await t.client().fetch(url)).status).toBe(401);
  });

  it('a whole-portal catalog:read client sees the public catalog only; catalog:write sees it as an admin', async () => {
    const reader = bearer(t, (await issueToken(w.admin, { scopes: ['catalog:read'] })).secret);
    const q = '{ services(filter: { includeInactive: true }, pageSize: 1) { totalCount } }';
    expect(codeOf(await reader.gql(q))).toBe('FORBIDDEN');
    expect(codeOf(await reader.gql('{ services(pageSize: 1) { totalCount } }'))).toBeUndefined();
    const writer = bearer(
      t,
      (await issueToken(w.admin, { scopes: ['catalog:read', 'catalog:write'] })).secret,
    );
    expect(codeOf(await writer.gql(q))).toBeUndefined();
  });

  it('a cookie sent with a token is ignored: the request is the client', async () => {
    const cookie = w.officer.cookie(SESSION_COOKIE);
    expect(cookie).toBeTruthy();
    // The officer's session cookie alongside a catalog token: agencyDossiers stays FORBIDDEN.
    const res = await tokens['catalog:read'].gql(
      '{ agencyDossiers { totalCount } }',
      {},
      {
        cookie: `${SESSION_COOKIE}=${cookie}`,
      },
    );
    expect(codeOf(res)).toBe('FORBIDDEN');
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('scopes must fit the client: dossier scopes need an agency, catalog:write the whole portal', async () => {
    const create = (agencyId: string | null, scopes: string[]) =>
      w.admin.gql('mutation C($input: CreateApiClientInput!) { createApiClient(input: $input) { id } }', {
        input: { name: 'Ứng dụng sai phạm vi', agencyId, scopes },
      });
    for (const [agencyId, scopes] of [
      [null, ['dossiers:read']],
      [w.proc.agency.id, ['catalog:write']],
      [null, ['dossiers:delete']],
      [null, []],
    ] as const) {
      const res = await create(agencyId, [...scopes]);
      expect(codeOf(res)).toBe('VALIDATION_FAILED');
      expect(res.errors?.[0].extensions?.fields?.['scopes']).toBeTruthy();
    }
    expect(codeOf(await w.officer.gql('{ apiClients { id } }'))).toBe('FORBIDDEN');
  });
});
