import { pdfBytes } from './fixtures/files';
import { tokenIn, waitForMail } from './support/account-mail';
import { createAccount, loginAs, loginOverHttp, randomIp } from './support/accounts';
import { GqlClient } from './support/gql-client';
import {
  act,
  codeOf,
  createWorld,
  dataSource,
  OfficerAction,
  ProcessingWorld,
  sentDossier,
} from './support/processing';
import { createTestApp, TestApp } from './support/test-app';

interface Row {
  id: string;
  action: string;
  target_type: string;
  target_id: string | null;
  actor_id: string | null;
  actor_ip: string | null;
  summary: string | null;
}

const AUDIT_LOG = `query A($filter: AuditLogFilter, $page: Int, $pageSize: Int) {
  auditLog(filter: $filter, page: $page, pageSize: $pageSize) {
    totalCount page pageSize items { id at actorId actorName actorRole actorIp action targetType targetId summary }
  }
}`;

/** Every audited action writes exactly one entry, with its actor, address and a secret-free summary. */
describe('audit log', () => {
  let t: TestApp;
  let w: ProcessingWorld;
  let admin: GqlClient;

  const rows = async (): Promise<Row[]> => dataSource(t).query('SELECT * FROM audit_log');
  /** The entries `work` added (nothing else runs meanwhile). */
  const added = async (work: () => Promise<unknown>): Promise<Row[]> => {
    const before = new Set((await rows()).map((r) => r.id));
    await work();
    return (await rows()).filter((r) => !before.has(r.id));
  };
  const expectOne = (entries: Row[], action: string, targetType: string, targetId?: string | null) => {
    expect(entries.map((e) => [e.action, e.target_type])).toEqual([[action, targetType]]);
    if (targetId !== undefined) expect(entries[0].target_id).toBe(targetId);
    expect(entries[0].summary ?? '').not.toMatch(/password|token|passwordHash/i);
    return entries[0];
  };
  const ok = <T>(res: { data?: T | null; errors?: unknown }): T => {
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data;
  };

  beforeAll(async () => {
    t = await createTestApp({ SEED_ON_START: 'false', RATE_LIMIT_DISABLED: 'true', TRUST_PROXY: 'true' });
    w = await createWorld(t);
    admin = w.admin;
  });
  afterAll(() => t?.close());

  it('logins: one entry for a success and one for a wrong password (no password kept)', async () => {
    const account = await createAccount(t);
    const ip = randomIp();
    const success = expectOne(
      await added(() =>
        loginOverHttp(t.client({ 'x-forwarded-for': ip }), account.username, account.password),
      ),
      'auth.login',
      'account',
      account.id,
    );
    expect(success.actor_id).toBe(account.id);
    expect(success.actor_ip).toBe(ip);
    const failure = expectOne(
      await added(() =>
        loginOverHttp(t.client({ 'x-forwarded-for': ip }), account.username, 'Sai-mat-khau-1'),
      ),
      'auth.login_failed',
      'account',
      null,
    );
    expect(failure.actor_id).toBeNull();
    expect(JSON.parse(failure.summary as string)).toEqual({
      identifier: account.username,
      reason: 'INVALID_CREDENTIALS',
    });
    expect(failure.summary).not.toContain('Sai-mat-khau-1');
  });

  it('password change, password reset and e-mail change: one entry each', async () => {
    const account = await createAccount(t);
    const client = await loginAs(t, account);
    const changed = 'Mat-khau-moi-2026!';
    expectOne(
      await added(async () =>
        ok(
          await client.gql(
            'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }',
            {
              c: account.password,
              n: changed,
            },
          ),
        ),
      ),
      'account.password_change',
      'account',
      account.id,
    );
    const requested = await added(async () =>
      ok(
        await t
          .client()
          .gql('mutation($e: String!) { requestPasswordReset(email: $e) }', { e: account.email }),
      ),
    );
    expect(requested).toEqual([]);
    const token = tokenIn(
      (await Promise.all([1, 2].map((n) => waitForMail(t, account.email, n)))).find((m) =>
        m.includes('/dat-lai-mat-khau'),
      ) as string,
      '/dat-lai-mat-khau',
    );
    expectOne(
      await added(async () =>
        ok(
          await t
            .client()
            .gql('mutation($t: String!, $n: String!) { resetPassword(token: $t, newPassword: $n) }', {
              t: token,
              n: 'Mat-khau-dat-lai-2026!',
            }),
        ),
      ),
      'account.password_reset',
      'account',
      account.id,
    );

    const other = await createAccount(t);
    const otherClient = await loginAs(t, other);
    const address = `moi.${other.username}@example.vn`;
    ok(
      await otherClient.gql('mutation($i: UpdateProfileInput!) { updateProfile(input: $i) { id } }', {
        i: { email: address },
      }),
    );
    const link = tokenIn(await waitForMail(t, address), '/xac-thuc-email');
    const email = expectOne(
      await added(async () =>
        ok(await t.client().gql('mutation($t: String!) { verifyEmail(token: $t) }', { t: link })),
      ),
      'account.email_change',
      'account',
      other.id,
    );
    expect(JSON.parse(email.summary as string)).toEqual({
      before: { email: other.email },
      after: { email: address },
    });
  });

  it('every catalog mutation: one entry with the changed fields', async () => {
    const run = async (query: string, variables: Record<string, unknown>) => {
      let data: Record<string, { id: string }> = {};
      const entries = await added(async () => {
        data = ok(await admin.gql<Record<string, { id: string }>>(query, variables));
      });
      return { id: Object.values(data)[0].id, entries };
    };
    const agency = await run('mutation($i: CreateAgencyInput!) { createAgency(input: $i) { id } }', {
      i: { code: '000.00.77.H40', name: 'Sở Thử nghiệm Nhật ký', level: 'PROVINCE', provinceCode: '40' },
    });
    expect(
      JSON.parse(expectOne(agency.entries, 'catalog.create', 'agency', agency.id).summary as string).after,
    ).toMatchObject({
      code: '000.00.77.H40',
      name: 'Sở Thử nghiệm Nhật ký',
    });
    const renamed = await run(
      'mutation($id: ID!) { updateAgency(id: $id, input: { name: "Sở Đổi tên" }) { id } }',
      { id: agency.id },
    );
    expect(
      JSON.parse(expectOne(renamed.entries, 'catalog.update', 'agency', agency.id).summary as string),
    ).toEqual({
      before: { name: 'Sở Thử nghiệm Nhật ký' },
      after: { name: 'Sở Đổi tên' },
    });
    const sector = await run('mutation($i: CreateSectorInput!) { createSector(input: $i) { id } }', {
      i: { code: 'NHAT-KY', name: 'Lĩnh vực nhật ký' },
    });
    expectOne(sector.entries, 'catalog.create', 'sector', sector.id);
    const service = await run('mutation($i: CreateServiceInput!) { createService(input: $i) { id } }', {
      i: {
        code: '9.777001',
        name: 'Thủ tục nhật ký',
        agencyId: agency.id,
        sectorId: sector.id,
        onlineLevel: 'FULL',
        processingDays: 3,
      },
    });
    expectOne(service.entries, 'catalog.create', 'procedure', service.id);
    const component = await run(
      'mutation($s: ID!) { createDocumentComponent(serviceId: $s, input: { name: "Tờ khai", acceptedTypes: ["pdf"], maxSizeMb: 1 }) { id } }',
      { s: service.id },
    );
    expectOne(component.entries, 'catalog.create', 'document_component', component.id);
    const field = await run(
      'mutation($s: ID!) { createFormField(serviceId: $s, input: { key: "ghiChu", label: "Ghi chú", type: TEXT }) { id } }',
      {
        s: service.id,
      },
    );
    expectOne(field.entries, 'catalog.create', 'form_field', field.id);
    const steps: [string, string, string][] = [
      [
        'mutation($id: ID!) { updateService(id: $id, input: { processingDays: 5 }) { id } }',
        'catalog.update',
        'procedure',
      ],
      [
        'mutation($id: ID!) { updateDocumentComponent(id: $id, input: { name: "Tờ khai (bản chính)" }) { id } }',
        'catalog.update',
        'document_component',
      ],
      [
        'mutation($id: ID!) { updateFormField(id: $id, input: { label: "Ghi chú thêm" }) { id } }',
        'catalog.update',
        'form_field',
      ],
      [
        'mutation($id: ID!) { updateSector(id: $id, input: { name: "Lĩnh vực đổi tên" }) { id } }',
        'catalog.update',
        'sector',
      ],
      ['mutation($id: ID!) { deactivateFormField(id: $id) { id } }', 'catalog.deactivate', 'form_field'],
      [
        'mutation($id: ID!) { deactivateDocumentComponent(id: $id) { id } }',
        'catalog.deactivate',
        'document_component',
      ],
      ['mutation($id: ID!) { deactivateService(id: $id) { id } }', 'catalog.deactivate', 'procedure'],
      ['mutation($id: ID!) { deactivateSector(id: $id) { id } }', 'catalog.deactivate', 'sector'],
      ['mutation($id: ID!) { deactivateAgency(id: $id) { id } }', 'catalog.deactivate', 'agency'],
    ];
    const ids: Record<string, string> = {
      procedure: service.id,
      document_component: component.id,
      form_field: field.id,
      sector: sector.id,
      agency: agency.id,
    };
    const template = await added(async () =>
      ok(
        await admin.upload(
          'mutation($c: ID!, $f: Upload!) { uploadComponentTemplate(componentId: $c, file: $f) { id } }',
          { c: component.id, f: null },
          [{ name: 'mau-to-khai.pdf', content: pdfBytes(), type: 'application/pdf', path: 'variables.f' }],
        ),
      ),
    );
    expect(
      JSON.parse(expectOne(template, 'catalog.update', 'document_component', component.id).summary as string),
    ).toEqual({
      after: { templateName: 'mau-to-khai.pdf', templateSize: pdfBytes().length },
    });
    const removed = await added(async () =>
      ok(
        await admin.gql('mutation($c: ID!) { removeComponentTemplate(componentId: $c) { id } }', {
          c: component.id,
        }),
      ),
    );
    expectOne(removed, 'catalog.update', 'document_component', component.id);
    for (const [query, action, type] of steps) {
      const done = await run(query, { id: ids[type] });
      expectOne(done.entries, action, type, ids[type]);
    }
  });

  it('every officer action on a dossier: one entry with the officer, the dossier and the statuses', async () => {
    const path: [OfficerAction, string][] = [
      ['receiveDossier', 'dossier.receive'],
      ['startProcessing', 'dossier.start_processing'],
      ['requestSupplement', 'dossier.request_supplement'],
    ];
    let dossier: { id: string; version: number } = await sentDossier(w);
    for (const [action, name] of path) {
      const entries = await added(async () => {
        dossier = Object.values(ok(await act(w.officer, action, dossier, w.proc)))[0];
      });
      const entry = expectOne(entries, name, 'dossier', dossier.id);
      expect(entry.actor_id).toBe(w.officerAccount.id);
    }
    const rejected = await added(() => act(w.officer, 'rejectDossier', dossier, w.proc));
    expectOne(rejected, 'dossier.reject', 'dossier', dossier.id);

    let second: { id: string; version: number } = await sentDossier(w);
    for (const action of ['receiveDossier', 'startProcessing'] as OfficerAction[]) {
      second = Object.values(ok(await act(w.officer, action, second, w.proc)))[0];
    }
    const completed = await added(() => act(w.officer, 'completeDossier', second, w.proc));
    const entry = expectOne(completed, 'dossier.complete', 'dossier', second.id);
    expect(JSON.parse(entry.summary as string)).toMatchObject({ from: 'IN_PROGRESS', to: 'COMPLETED' });
    // The citizen's own steps (submit) are the dossier's history, not the audit log.
    expect(await added(() => sentDossier(w))).toEqual([]);
  });

  it('auditLog: admins search it (filters, paging); nobody else reads it; no operation changes it', async () => {
    const page = await admin.gql<{
      auditLog: { totalCount: number; items: { action: string; targetType: string }[] };
    }>(AUDIT_LOG, { filter: { action: 'dossier.receive' }, pageSize: 1 });
    expect(page.data?.auditLog.totalCount).toBe(2);
    expect(page.data?.auditLog.items).toEqual([
      expect.objectContaining({ action: 'dossier.receive', targetType: 'dossier' }),
    ]);
    const byActor = await admin.gql<{ auditLog: { items: { actorId: string }[] } }>(AUDIT_LOG, {
      filter: { actorId: w.officerAccount.id, targetType: 'dossier' },
    });
    expect(byActor.data?.auditLog.items.length).toBeGreaterThanOrEqual(6);
    expect(byActor.data?.auditLog.items.every((i) => i.actorId === w.officerAccount.id)).toBe(true);
    const future = await admin.gql<{ auditLog: { totalCount: number } }>(AUDIT_LOG, {
      filter: { from: new Date(Date.now() + 3_600_000).toISOString() },
    });
    expect(future.data?.auditLog.totalCount).toBe(0);
    expect(codeOf(await admin.gql(AUDIT_LOG, { pageSize: 1000 }))).toBe('VALIDATION_FAILED');
    for (const client of [w.officer, w.owner]) expect(codeOf(await client.gql(AUDIT_LOG))).toBe('FORBIDDEN');
    expect(codeOf(await t.client().gql(AUDIT_LOG))).toBe('UNAUTHENTICATED');
    const mutations = await t
      .client()
      .gql<{ __schema: { mutationType: { fields: { name: string }[] } } }>(
        '{ __schema { mutationType { fields { name } } } }',
      );
    const names = mutations.data?.__schema.mutationType.fields.map((f) => f.name) ?? [];
    expect(names.length).toBeGreaterThan(10);
    expect(names.filter((n) => /audit/i.test(n))).toEqual([]);
  });
});
