import { tokenIn, waitForMail } from './support/account-mail';
import { createAccount, loginAs, loginOverHttp, randomIp } from './support/accounts';
import { createTestApp, TestApp } from './support/test-app';

const UPDATE = `mutation($input: UpdateProfileInput!) {
  updateProfile(input: $input) {
    id fullName gender dateOfBirth phone provinceCode provinceName commune street email pendingEmail emailVerified
  }
}`;
const ME = '{ me { id fullName email pendingEmail emailVerified citizenId username } }';

type Profile = Record<string, unknown>;

jest.setTimeout(30_000);

describe('accounts: updateProfile', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ SEED_ON_START: 'false', TRUST_PROXY: 'true' });
  });
  afterAll(() => t?.close());

  it('edits name, gender, date of birth, phone and the two-level address', async () => {
    const account = await createAccount(t);
    const c = await loginAs(t, account);
    const res = await c.gql<{ updateProfile: Profile }>(UPDATE, {
      input: {
        fullName: '  Lê   Thị   Hoa ',
        gender: 'OTHER',
        dateOfBirth: '1975-04-30',
        phone: '+84 912 345 678',
        provinceCode: '48',
        commune: 'Phường Hải Châu',
        street: '1 Bạch Đằng',
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.updateProfile).toMatchObject({
      fullName: 'Lê Thị Hoa',
      gender: 'OTHER',
      dateOfBirth: '1975-04-30',
      phone: '0912345678',
      provinceCode: '48',
      provinceName: 'Thành phố Đà Nẵng',
      commune: 'Phường Hải Châu',
      street: '1 Bạch Đằng',
    });
    // Only the fields sent change; null clears an address field.
    const cleared = await c.gql<{ updateProfile: Profile }>(UPDATE, {
      input: { street: null, provinceCode: null },
    });
    expect(cleared.data?.updateProfile).toMatchObject({
      fullName: 'Lê Thị Hoa',
      street: null,
      provinceCode: null,
      commune: 'Phường Hải Châu',
    });
  });

  it('names every bad field, and refuses to clear a required one', async () => {
    const c = await loginAs(t, await createAccount(t));
    const res = await c.gql(UPDATE, {
      input: {
        fullName: null,
        phone: '123',
        dateOfBirth: '31/12/1990',
        provinceCode: '99',
        street: 'x'.repeat(300),
      },
    });
    expect(res.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    expect(Object.keys(res.errors![0].extensions!.fields!).sort()).toEqual(
      ['dateOfBirth', 'fullName', 'phone', 'provinceCode', 'street'].sort(),
    );
  });

  it('changes the e-mail only after the new address is verified', async () => {
    const account = await createAccount(t);
    const c = await loginAs(t, account);
    const res = await c.gql<{ updateProfile: Profile }>(UPDATE, {
      input: { email: 'Dia.Chi.Moi@Example.VN' },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.updateProfile).toMatchObject({
      email: account.email,
      pendingEmail: 'dia.chi.moi@example.vn',
      emailVerified: true,
    });
    const mail = await waitForMail(t, 'dia.chi.moi@example.vn');
    expect(mail).toContain('địa chỉ mới chỉ có hiệu lực sau khi xác thực');
    // Until then the old address still logs in.
    expect(
      (await loginOverHttp(t.client({ 'x-forwarded-for': randomIp() }), account.email, account.password))
        .errors,
    ).toBeUndefined();

    const verified = await t.client().gql('mutation($t: String!) { verifyEmail(token: $t) }', {
      t: tokenIn(mail, '/xac-thuc-email'),
    });
    expect(verified.errors).toBeUndefined();
    const me = await c.gql<{ me: Profile }>(ME);
    expect(me.data?.me).toMatchObject({
      email: 'dia.chi.moi@example.vn',
      pendingEmail: null,
      emailVerified: true,
    });
    const login = await loginOverHttp(
      t.client({ 'x-forwarded-for': randomIp() }),
      'dia.chi.moi@example.vn',
      account.password,
    );
    expect(login.errors).toBeUndefined();
  });

  it('answers for a taken address as for a free one (no EMAIL_TAKEN), and refuses a superseded link', async () => {
    const other = await createAccount(t);
    const account = await createAccount(t);
    const c = await loginAs(t, account);
    const taken = await c.gql<{ updateProfile: Profile }>(UPDATE, { input: { email: other.email } });
    expect(taken.errors).toBeUndefined();
    expect(taken.data?.updateProfile).toMatchObject({ email: account.email, pendingEmail: other.email });
    // Its owner is told instead; no link goes to the address (account-email-change suite, over SMTP).
    expect(await waitForMail(t, other.email)).toContain('đã yêu cầu đổi địa chỉ e-mail');

    await c.gql(UPDATE, { input: { email: 'lan-mot@example.vn' } });
    const firstLink = tokenIn(await waitForMail(t, 'lan-mot@example.vn'), '/xac-thuc-email');
    await c.gql(UPDATE, { input: { email: 'lan-hai@example.vn' } });
    const stale = await t.client().gql('mutation($t: String!) { verifyEmail(token: $t) }', { t: firstLink });
    expect(stale.errors?.[0].extensions?.code).toBe('TOKEN_INVALID');
    // Going back to the current address cancels the pending change.
    const back = await c.gql<{ updateProfile: Profile }>(UPDATE, { input: { email: account.email } });
    expect(back.data?.updateProfile).toMatchObject({ email: account.email, pendingEmail: null });
  });

  it('cannot change the username, the CCCD or the role (not in the input type)', async () => {
    const c = await loginAs(t, await createAccount(t));
    for (const field of ['username: "x"', 'citizenId: "001099999999"', 'role: ADMIN']) {
      const res = await c.gql(`mutation { updateProfile(input: { ${field} }) { id } }`);
      expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    }
  });

  it('needs a session', async () => {
    const res = await t.client().gql(UPDATE, { input: { fullName: 'Ai Đó' } });
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
