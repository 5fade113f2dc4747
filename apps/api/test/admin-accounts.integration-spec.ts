import { Role } from '@dvc/shared/domain';
import { tokenIn, waitForMail } from './support/account-mail';
import { createAccount, loginAs, loginOverHttp, randomIp, TestAccount } from './support/accounts';
import { createProcedure } from './support/dossier-fixtures';
import { GqlClient } from './support/gql-client';
import { codeOf, dataSource } from './support/processing';
import { createTestApp, TestApp } from './support/test-app';

const FIELDS =
  'id username email fullName role agencyId agencyName active deactivatedAt lastLoginAt emailVerified createdAt';
const LIST = `query L($filter: AdminAccountFilter, $page: Int, $pageSize: Int) {
  adminAccounts(filter: $filter, page: $page, pageSize: $pageSize) { totalCount page pageSize items { ${FIELDS} } } }`;
const INVITE = `mutation I($input: InviteAccountInput!) { inviteAccount(input: $input) { ${FIELDS} } }`;
const ACCESS = `mutation A($id: ID!, $role: Role!, $agencyId: ID) { updateAccountAccess(id: $id, role: $role, agencyId: $agencyId) { ${FIELDS} } }`;
const DEACTIVATE = `mutation D($id: ID!) { deactivateAccount(id: $id) { ${FIELDS} } }`;
const REACTIVATE = `mutation R($id: ID!) { reactivateAccount(id: $id) { ${FIELDS} } }`;
const ME = '{ me { id role } }';

interface AdminAccount {
  id: string;
  username: string;
  role: string;
  agencyId: string | null;
  agencyName: string | null;
  active: boolean;
  lastLoginAt: string | null;
  emailVerified: boolean;
}

const ok = <T>(res: { data?: T | null; errors?: unknown }): T => {
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data;
};

/** Account administration: every mutation for each role, invitations, deactivation, the last admin. */
describe('admin: accounts', () => {
  let t: TestApp;
  let agencyId: string;
  let agencyName: string;
  let adminAccount: TestAccount;
  let admin: GqlClient;
  let officer: GqlClient;
  let citizen: GqlClient;

  beforeAll(async () => {
    t = await createTestApp({ SEED_ON_START: 'false', RATE_LIMIT_DISABLED: 'true', TRUST_PROXY: 'true' });
    const proc = await createProcedure(t);
    agencyId = proc.agency.id;
    agencyName = proc.agency.name;
    adminAccount = await createAccount(t, { role: Role.ADMIN, fullName: 'Quản Trị Một' });
    admin = await loginAs(t, adminAccount);
    officer = await loginAs(t, await createAccount(t, { role: Role.OFFICER, agencyId }));
    citizen = await loginAs(t, await createAccount(t));
  });
  afterAll(() => t?.close());

  const DUMMY = '00000000-0000-4000-8000-000000000000';
  const MUTATIONS: [string, string, Record<string, unknown>][] = [
    ['adminAccounts', LIST, {}],
    [
      'inviteAccount',
      INVITE,
      {
        input: {
          username: 'khach1',
          email: 'khach1@example.vn',
          fullName: 'Khách',
          role: 'OFFICER',
          agencyId: DUMMY,
        },
      },
    ],
    ['updateAccountAccess', ACCESS, { id: DUMMY, role: 'ADMIN' }],
    ['deactivateAccount', DEACTIVATE, { id: DUMMY }],
    ['reactivateAccount', REACTIVATE, { id: DUMMY }],
  ];
  it.each(MUTATIONS)(
    '%s: anonymous → UNAUTHENTICATED, citizen and officer → FORBIDDEN',
    async (_, query, variables) => {
      expect(codeOf(await t.client().gql(query, variables))).toBe('UNAUTHENTICATED');
      for (const client of [citizen, officer]) {
        const res = await client.gql(query, variables);
        expect(codeOf(res)).toBe('FORBIDDEN');
        expect(res.data).toBeNull();
      }
    },
  );

  it('invites an officer: one-time link through the outbox, password set from it, then the officer logs in', async () => {
    const res = await admin.gql<{ inviteAccount: AdminAccount }>(INVITE, {
      input: {
        username: 'canbo.moi',
        email: 'canbo.moi@example.vn',
        fullName: 'Lê Văn Mới',
        role: 'OFFICER',
        agencyId,
      },
    });
    const invited = ok(res).inviteAccount;
    expect(invited).toMatchObject({
      username: 'canbo.moi',
      role: 'OFFICER',
      agencyId,
      agencyName,
      active: true,
      emailVerified: false,
      lastLoginAt: null,
    });
    // The outbox worker may still be writing the file when it appears: read until it is whole.
    let mail = '';
    for (let i = 0; i < 50 && !mail.includes('token='); i++) {
      mail = await waitForMail(t, 'canbo.moi@example.vn');
      if (!mail.includes('token=')) await new Promise((r) => setTimeout(r, 50));
    }
    expect(mail).toContain('canbo.moi');
    const token = tokenIn(mail, '/dat-lai-mat-khau');
    const reset = 'Mat-khau-can-bo-2026!';
    ok(
      await t
        .client()
        .gql('mutation($t: String!, $n: String!) { resetPassword(token: $t, newPassword: $n) }', {
          t: token,
          n: reset,
        }),
    );
    // The link is single-use.
    const again = await t
      .client()
      .gql('mutation($t: String!, $n: String!) { resetPassword(token: $t, newPassword: $n) }', {
        t: token,
        n: reset,
      });
    expect(codeOf(again)).toBe('TOKEN_INVALID');
    const login = await loginOverHttp(t.client({ 'x-forwarded-for': randomIp() }), 'canbo.moi', reset);
    expect(login.data?.login.account.role).toBe('OFFICER');
    const listed = ok(
      await admin.gql<{ adminAccounts: { items: AdminAccount[] } }>(LIST, {
        filter: { search: 'canbo.moi' },
      }),
    );
    expect(listed.adminAccounts.items).toHaveLength(1);
    expect(listed.adminAccounts.items[0].emailVerified).toBe(true);
    expect(listed.adminAccounts.items[0].lastLoginAt).not.toBeNull();
    const audit = (await dataSource(t).query(
      "SELECT action FROM audit_log WHERE target_id = ? AND action LIKE 'admin.%'",
      [invited.id],
    )) as { action: string }[];
    expect(audit.map((a) => a.action)).toEqual(['admin.account_invite']);
  });

  it('validates invitations: staff roles only, an officer needs an active agency, names are unique', async () => {
    const citizenInvite = await admin.gql(INVITE, {
      input: { username: 'dan1', email: 'dan1@example.vn', fullName: 'Dân', role: 'CITIZEN' },
    });
    expect(codeOf(citizenInvite)).toBe('VALIDATION_FAILED');
    const noAgency = await admin.gql(INVITE, {
      input: { username: 'cb2', email: 'cb2@example.vn', fullName: 'Cán bộ', role: 'OFFICER' },
    });
    expect(codeOf(noAgency)).toBe('VALIDATION_FAILED');
    expect(noAgency.errors?.[0]?.extensions?.['fields']).toHaveProperty('agencyId');
    const taken = await admin.gql(INVITE, {
      input: { username: adminAccount.username, email: 'khac@example.vn', fullName: 'Trùng', role: 'ADMIN' },
    });
    expect(codeOf(taken)).toBe('USERNAME_TAKEN');
  });

  it('lists with role, agency, status; searches and pages', async () => {
    const officers = ok(
      await admin.gql<{ adminAccounts: { totalCount: number; items: AdminAccount[] } }>(LIST, {
        filter: { role: 'OFFICER', agencyId },
      }),
    );
    expect(officers.adminAccounts.totalCount).toBe(2);
    expect(
      officers.adminAccounts.items.every((a) => a.role === 'OFFICER' && a.agencyName === agencyName),
    ).toBe(true);
    const paged = ok(
      await admin.gql<{ adminAccounts: { totalCount: number; items: AdminAccount[]; pageSize: number } }>(
        LIST,
        { pageSize: 2, page: 2 },
      ),
    );
    expect(paged.adminAccounts.items).toHaveLength(2);
    expect(paged.adminAccounts.totalCount).toBe(4); // admin, officer, citizen, the invited officer
    expect(codeOf(await admin.gql(LIST, { pageSize: 500 }))).toBe('VALIDATION_FAILED');
  });

  it('changes role and agency (sessions end), and refuses to demote or deactivate the last active admin', async () => {
    expect(codeOf(await admin.gql(ACCESS, { id: adminAccount.id, role: 'OFFICER', agencyId }))).toBe(
      'LAST_ADMIN',
    );
    expect(codeOf(await admin.gql(DEACTIVATE, { id: adminAccount.id }))).toBe('LAST_ADMIN');
    const second = await createAccount(t, { role: Role.OFFICER, agencyId });
    const secondClient = await loginAs(t, second);
    const promoted = ok(
      await admin.gql<{ updateAccountAccess: AdminAccount }>(ACCESS, { id: second.id, role: 'ADMIN' }),
    ).updateAccountAccess;
    expect(promoted).toMatchObject({ role: 'ADMIN', agencyId: null });
    // The promoted account's sessions ended: it logs in again to use its new rights.
    expect(ok(await secondClient.gql<{ me: unknown }>(ME)).me).toBeNull();
    const secondAdmin = await loginAs(t, second);
    // Now two admins: one may be demoted, and then the other is the last one again.
    ok(await secondAdmin.gql(ACCESS, { id: adminAccount.id, role: 'OFFICER', agencyId }));
    expect(codeOf(await secondAdmin.gql(DEACTIVATE, { id: second.id }))).toBe('LAST_ADMIN');
    ok(await secondAdmin.gql(ACCESS, { id: adminAccount.id, role: 'ADMIN' }));
    admin = await loginAs(t, adminAccount);
    const citizenAccount = await createAccount(t);
    expect(codeOf(await admin.gql(ACCESS, { id: citizenAccount.id, role: 'OFFICER', agencyId }))).toBe(
      'VALIDATION_FAILED',
    );
    expect(codeOf(await admin.gql(ACCESS, { id: DUMMY, role: 'ADMIN' }))).toBe('NOT_FOUND');
  });

  it('deactivates (every session ends at once, login refused) and reactivates', async () => {
    const target = await createAccount(t, { role: Role.OFFICER, agencyId });
    const sessions = [await loginAs(t, target), await loginAs(t, target)];
    const off = ok(
      await admin.gql<{ deactivateAccount: AdminAccount }>(DEACTIVATE, { id: target.id }),
    ).deactivateAccount;
    expect(off.active).toBe(false);
    for (const s of sessions) expect(ok(await s.gql<{ me: unknown }>(ME)).me).toBeNull();
    const refused = await loginOverHttp(
      t.client({ 'x-forwarded-for': randomIp() }),
      target.username,
      target.password,
    );
    expect(codeOf(refused)).toBe('ACCOUNT_DISABLED');
    const inactive = ok(
      await admin.gql<{ adminAccounts: { items: AdminAccount[] } }>(LIST, { filter: { active: false } }),
    );
    expect(inactive.adminAccounts.items.map((a) => a.id)).toContain(target.id);
    const on = ok(
      await admin.gql<{ reactivateAccount: AdminAccount }>(REACTIVATE, { id: target.id }),
    ).reactivateAccount;
    expect(on.active).toBe(true);
    expect(
      (await loginOverHttp(t.client({ 'x-forwarded-for': randomIp() }), target.username, target.password))
        .errors,
    ).toBeUndefined();
    const audit = (await dataSource(t).query(
      "SELECT action FROM audit_log WHERE target_id = ? AND action LIKE 'admin.%' ORDER BY at",
      [target.id],
    )) as { action: string }[];
    expect(audit.map((a) => a.action)).toEqual(['admin.account_deactivate', 'admin.account_reactivate']);
  });
});
