import { Role } from '@dvc/shared/domain';
import { createAccount, loginAs, TestAccount } from './support/accounts';
import {
  COMPLETE_FORM,
  createDraft,
  createProcedure,
  DossierData,
  SUBMIT_DOSSIER,
  TestProcedure,
} from './support/dossier-fixtures';
import { pdfBytes } from './fixtures/files';
import { GqlClient } from './support/gql-client';
import { readPdfText } from './support/pdf-text';
import { createTestApp, TestApp } from './support/test-app';

/**
 * The procedure's declaration (tờ khai) is the intake form itself: Tải tờ khai đã điền draws it from
 * the dossier, readable by exactly those who may read the dossier's files, and a declaration that
 * needs no signature needs no attached file to submit.
 */
describe('dossiers: declarations filled in from the intake form', () => {
  let t: TestApp;
  let proc: TestProcedure;
  let owner: TestAccount;
  let citizen: GqlClient;
  let intruder: GqlClient;

  const declarationUrl = (dossierId: string, componentId = proc.components[0].id) =>
    `/files/declarations/${dossierId}/${componentId}`;
  const submit = (id: string, client = citizen) =>
    client.gql<{ submitDossier: DossierData }>(SUBMIT_DOSSIER, { id });

  beforeAll(async () => {
    t = await createTestApp({ SEED_ON_START: 'false' });
    proc = await createProcedure(t, {
      components: [
        { name: 'Tờ khai đăng ký khai sinh theo mẫu', required: true, isDeclaration: true },
        { name: 'Giấy chứng sinh', required: true, acceptedTypes: ['pdf'] },
        { name: 'Văn bản ủy quyền', required: false, acceptedTypes: ['pdf'] },
      ],
    });
    owner = await createAccount(t, { fullName: 'Phạm Thị Hồng Nhung' });
    citizen = await loginAs(t, owner);
    intruder = await loginAs(t, await createAccount(t));
  });
  afterAll(() => t?.close());

  it('submits without a file on the declaration the form fills in', async () => {
    const draft = await createDraft(citizen, proc, { formData: COMPLETE_FORM });
    const incomplete = await submit(draft.id);
    expect(incomplete.errors?.[0].extensions?.code).toBe('DOSSIER_INCOMPLETE');
    expect(incomplete.errors?.[0].extensions?.['missingComponents']).toEqual([proc.components[1].id]);

    const withProof = await createDraft(citizen, proc, { formData: COMPLETE_FORM }, [
      { componentId: proc.components[1].id, name: 'giay-chung-sinh.pdf', content: pdfBytes() },
    ]);
    const sent = await submit(withProof.id);
    expect(sent.errors).toBeUndefined();
    expect(sent.data?.submitDossier.status).toBe('SUBMITTED');
  });

  it('still asks for the signed declaration when the procedure requires a signature', async () => {
    const signed = await createProcedure(t, {
      components: [
        {
          name: 'Tờ khai đăng ký kết hôn theo mẫu',
          required: true,
          isDeclaration: true,
          requiresSignature: true,
        },
      ],
    });
    const draft = await createDraft(citizen, signed, { formData: COMPLETE_FORM });
    const res = await submit(draft.id);
    expect(res.errors?.[0].extensions?.['missingComponents']).toEqual([signed.components[0].id]);
  });

  describe('Tải tờ khai đã điền', () => {
    let draft: DossierData;
    let sent: DossierData;

    beforeAll(async () => {
      draft = await createDraft(citizen, proc, { formData: COMPLETE_FORM });
      const proof = [{ componentId: proc.components[1].id, name: 'gcs.pdf', content: pdfBytes() }];
      sent = (await submit((await createDraft(citizen, proc, { formData: COMPLETE_FORM }, proof)).id)).data!
        .submitDossier;
    });

    it('gives the owner the declaration filled in with the form and applicant', async () => {
      const res = await citizen.fetch(declarationUrl(draft.id));
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      expect(res.headers.get('cache-control')).toBe('private, no-store');
      expect(res.headers.get('content-disposition')).toContain(
        encodeURIComponent('Tờ khai đăng ký khai sinh - ban-nhap.pdf'),
      );
      const pdf = readPdfText(Buffer.from(await res.arrayBuffer()));
      expect(pdf.runs).toContain('TỜ KHAI ĐĂNG KÝ KHAI SINH');
      expect(pdf.runs).toContain(proc.agency.name);
      // Answers are printed in bold after their labels; the applicant signs under the commitment.
      expect(pdf.runs).toEqual(
        expect.arrayContaining([
          'Họ tên người được khai sinh: ',
          COMPLETE_FORM.childName,
          '15/01/2026',
          'Phạm Thị Hồng Nhung',
          owner.citizenId,
        ]),
      );
      expect(pdf.text).toContain('không cần in, ký và đính kèm');

      const sentPdf = readPdfText(
        Buffer.from(await (await citizen.fetch(declarationUrl(sent.id))).arrayBuffer()),
      );
      expect(sentPdf.text).toContain(`hồ sơ ${sent.code}`);
    });

    it('is NOT_FOUND for another citizen, and asks an anonymous caller to log in', async () => {
      const other = await intruder.fetch(declarationUrl(sent.id));
      expect(other.status).toBe(404);
      expect(await other.json()).toMatchObject({ code: 'NOT_FOUND' });
      expect((await t.client().fetch(declarationUrl(sent.id))).status).toBe(401);
    });

    it('officers: those of the receiving agency once sent; others never', async () => {
      const own = await loginAs(t, await createAccount(t, { role: Role.OFFICER, agencyId: proc.agency.id }));
      const elsewhere = await loginAs(
        t,
        await createAccount(t, { role: Role.OFFICER, agencyId: (await createProcedure(t)).agency.id }),
      );
      expect((await own.fetch(declarationUrl(sent.id))).status).toBe(200);
      expect((await own.fetch(declarationUrl(draft.id))).status).toBe(404);
      expect((await elsewhere.fetch(declarationUrl(sent.id))).status).toBe(404);
    });

    it('only for the declaration component of the dossier’s own procedure', async () => {
      const other = await createProcedure(t, {
        components: [{ name: 'Tờ khai khác', required: true, isDeclaration: true }],
      });
      for (const componentId of [proc.components[1].id, other.components[0].id, 'not-a-uuid']) {
        expect((await citizen.fetch(declarationUrl(draft.id, componentId))).status).toBe(404);
      }
      expect((await citizen.fetch(`/files/declarations/not-a-uuid/${proc.components[0].id}`)).status).toBe(
        404,
      );
    });

    it('is rate-limited per account: each download draws a PDF', async () => {
      const reader = await loginAs(t, owner);
      const statuses: number[] = [];
      for (let i = 0; i < 21; i++) statuses.push((await reader.fetch(declarationUrl(draft.id))).status);
      const limited = statuses.filter((s) => s === 429).length;
      // The earlier tests already used some of this account's 20 a minute: the last one is refused.
      expect(statuses.at(-1)).toBe(429);
      expect(limited).toBeGreaterThan(0);
      expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(20);
    });
  });
});
