import { FormFieldType, Role } from '@dvc/shared/domain';
import { pdfBytes } from './fixtures/files';
import { createAccount, loginAs, randomIp, TestAccount } from './support/accounts';
import {
  COMPLETE_FORM,
  countRows,
  createProcedure,
  DOSSIER_QUERY,
  DossierData,
  MY_DOSSIERS,
  saveDossier,
  SUBMIT_DOSSIER,
  TestProcedure,
} from './support/dossier-fixtures';
import { GqlClient } from './support/gql-client';
import { createTestApp, TestApp } from './support/test-app';

jest.setTimeout(30_000);

const FULL_LOOKUP = `query Lookup($code: String!, $citizenId: String!) {
  lookupDossier(code: $code, citizenId: $citizenId) {
    code serviceName status submittedAt dueDate
    history { id action fromStatus toStatus note actorName actorRole agencyName createdAt }
  }
}`;

/** Who can see a dossier and what the public lookup gives away (issue 5: "No IDOR", Tra cứu hồ sơ). */
describe('security: dossiers', () => {
  let t: TestApp;
  let proc: TestProcedure;
  let owner: TestAccount;
  let citizen: GqlClient;
  let sent: DossierData;

  beforeAll(async () => {
    t = await createTestApp({ SEED_ON_START: 'false', TRUST_PROXY: 'true' });
    proc = await createProcedure(t);
    owner = await createAccount(t, { fullName: 'Trương Thị Riêng Tư' });
    citizen = await loginAs(t, owner);
    const draft = await saveDossier(citizen, { serviceId: proc.procedure.id, formData: COMPLETE_FORM }, [
      { componentId: proc.components[0].id, name: 'to-khai.pdf', content: pdfBytes() },
    ]);
    const res = await citizen.gql<{ submitDossier: DossierData }>(SUBMIT_DOSSIER, {
      id: draft.data!.saveDossier.id,
    });
    sent = res.data!.submitDossier;
  });
  afterAll(() => t?.close());

  it('the public lookup answers status and history without the applicant’s personal data', async () => {
    const res = await t
      .client({ 'x-forwarded-for': randomIp() })
      .gql<{ lookupDossier: { history: { actorName: string; actorRole: string }[] } }>(FULL_LOOKUP, {
        code: sent.code,
        citizenId: owner.citizenId,
      });
    expect(res.errors).toBeUndefined();
    const text = JSON.stringify(res.data);
    for (const personal of [
      owner.fullName,
      owner.email,
      owner.username,
      owner.citizenId,
      sent.applicant.phone!,
    ]) {
      expect(text).not.toContain(personal);
    }
    expect(res.data?.lookupDossier.history).toEqual([
      expect.objectContaining({ action: 'SUBMIT', actorRole: 'CITIZEN', actorName: 'Người nộp hồ sơ' }),
    ]);
    // The owner still sees their own name in the dossier's history.
    const own = await citizen.gql<{ dossier: DossierData }>(DOSSIER_QUERY, { id: sent.id });
    expect(own.data?.dossier.history[0].actorName).toBe(owner.fullName);
  });

  it('administrators are not dossier readers: NOT_FOUND for the dossier and its files', async () => {
    const admin = await loginAs(t, await createAccount(t, { role: Role.ADMIN }));
    expect((await admin.gql(DOSSIER_QUERY, { id: sent.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await admin.fetch(sent.files[0].downloadUrl)).status).toBe(404);
    const list = await admin.gql<{ myDossiers: { totalCount: number } }>(MY_DOSSIERS, {});
    expect(list.data?.myDossiers.totalCount).toBe(0);
    const save = await saveDossier(admin, { id: sent.id, serviceId: proc.procedure.id, expectedVersion: 1 });
    expect(save.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('an officer of the receiving agency reads but cannot change the citizen’s dossier', async () => {
    const officer = await loginAs(
      t,
      await createAccount(t, { role: Role.OFFICER, agencyId: proc.agency.id }),
    );
    expect((await officer.gql(DOSSIER_QUERY, { id: sent.id })).errors).toBeUndefined();
    const save = await saveDossier(officer, {
      id: sent.id,
      serviceId: proc.procedure.id,
      expectedVersion: sent.version,
      formData: { childName: 'Cán bộ sửa' },
    });
    expect(save.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const again = await citizen.gql<{ dossier: DossierData }>(DOSSIER_QUERY, { id: sent.id });
    expect(again.data?.dossier.formData).toEqual(COMPLETE_FORM);
  });

  it('refuses form data larger than the database can store, on every database, changing nothing', async () => {
    const keys = ['noiDung1', 'noiDung2', 'noiDung3', 'noiDung4', 'noiDung5'];
    const big = await createProcedure(t, {
      fields: keys.map((key) => ({ key, label: key, type: FormFieldType.TEXTAREA, required: false })),
    });
    // Each value is within the field's 4000 characters, but emoji take 4 bytes each in UTF-8.
    const formData = Object.fromEntries(keys.map((k) => [k, '😀'.repeat(4000)]));
    const before = await countRows(t, 'dossiers');
    const res = await saveDossier(citizen, { serviceId: big.procedure.id, formData });
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { formData: expect.any(String) },
    });
    expect(await countRows(t, 'dossiers')).toBe(before);
    const fits = await saveDossier(citizen, {
      serviceId: big.procedure.id,
      formData: { noiDung1: '😀'.repeat(4000), noiDung2: 'Nội dung '.repeat(400) },
    });
    expect(fits.errors).toBeUndefined();
  });
});
