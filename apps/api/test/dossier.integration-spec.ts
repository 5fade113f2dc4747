import { DossierAction, dossierCodeDay, Role } from '@dvc/shared/domain';
import { getDataSourceToken } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { TransactionRunner } from '../src/common/database/transaction-runner';
import { DossierTransitions } from '../src/dossier/dossier-transitions.service';
import { DossierEntity } from '../src/dossier/entities/dossier.entity';
import { pdfBytes } from './fixtures/files';
import { createAccount, loginAs } from './support/accounts';
import {
  CitizenWorld,
  createCitizenWorld,
  createProcedure,
  DELETE_DOSSIER,
  DOSSIER_QUERY,
  DossierData,
  saveDossier,
} from './support/dossier-fixtures';
import { createTestApp, TestApp } from './support/test-app';

describe('dossiers: save, submit, delete, list, track', () => {
  let t: TestApp;
  let w: CitizenWorld;

  beforeAll(async () => {
    t = await createTestApp({ SEED_ON_START: 'false', TRUST_PROXY: 'true' });
    w = await createCitizenWorld(t);
  });
  afterAll(() => t?.close());

  describe('saveDossier', () => {
    it('creates a draft prefilled from the profile and accepts an incomplete form', async () => {
      const d = await w.create(w.citizen, { formData: { childName: '  Bé An  ' } });
      expect(d).toMatchObject({ status: 'DRAFT', code: null, version: 1, submittedAt: null, result: null });
      expect(d.applicant).toMatchObject({ fullName: 'Nguyễn Văn Chủ', citizenId: w.owner.citizenId });
      expect(d.applicant.phone).toMatch(/^0\d{9}$/);
      expect(d.formData).toEqual({ childName: 'Bé An' });
      expect(d.history).toEqual([]);
      expect(d.files).toEqual([]);
      expect(d.service.id).toBe(w.proc.procedure.id);
      expect(d.agency?.code).toBe(w.proc.agency.code);
      expect([...d.availableActions].sort()).toEqual(['DELETE', 'EDIT', 'SUBMIT']);
    });

    it('validates only what is filled in, with the shared field validation', async () => {
      const res = await saveDossier(w.citizen, {
        serviceId: w.proc.procedure.id,
        formData: { birthDate: '31/02/2026' },
        applicant: { fullName: 'An', citizenId: '123', phone: '0912345678' },
      });
      expect(res.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
      expect(Object.keys(res.errors?.[0].extensions?.fields ?? {}).sort()).toEqual([
        'applicant.citizenId',
        'formData.birthDate',
      ]);
      expect(res.errors?.[0].extensions?.fields?.['applicant.citizenId']).toMatch(/CCCD/);
    });

    it('refuses markup in the applicant name, as the profile does, in the language asked for', async () => {
      const input = {
        serviceId: w.proc.procedure.id,
        applicant: { fullName: '<svg/onload=alert(1)>', phone: '024 3825 3536' },
      };
      const res = await saveDossier(w.citizen, input);
      expect(res.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
      // A landline is a fine contact number for a dossier; only the name is refused.
      expect(res.errors?.[0].extensions?.fields).toEqual({
        'applicant.fullName': expect.stringMatching(/chỉ gồm chữ cái/),
      });
      const english = await saveDossier(w.citizen, input, [], { 'accept-language': 'en' });
      expect(english.errors?.[0].extensions?.fields).toEqual({
        'applicant.fullName': "The full name may contain only letters, spaces and . ' -",
      });
    });

    it('answers NOT_FOUND for an unknown service and SERVICE_INACTIVE for a closed one', async () => {
      const unknown = await saveDossier(w.citizen, { serviceId: randomUUID() });
      expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const closed = await createProcedure(t, { active: false });
      const res = await saveDossier(w.citizen, { serviceId: closed.procedure.id });
      expect(res.errors?.[0].extensions?.code).toBe('SERVICE_INACTIVE');
    });

    it('refuses a component of another procedure', async () => {
      const other = await createProcedure(t);
      const res = await saveDossier(w.citizen, {
        serviceId: w.proc.procedure.id,
        components: [{ componentId: other.components[0].id, removeFileIds: [] }],
      });
      expect(res.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    });

    it('updates with the expected version and answers STALE_DOSSIER to an old one, changing nothing', async () => {
      const d = await w.create(w.citizen, { formData: { childName: 'Một' } });
      const first = await saveDossier(w.citizen, {
        id: d.id,
        serviceId: w.proc.procedure.id,
        expectedVersion: 1,
        formData: { childName: 'Hai' },
      });
      expect(first.data?.saveDossier).toMatchObject({ version: 2, formData: { childName: 'Hai' } });
      // A second tab still holding version 1:
      const stale = await saveDossier(w.citizen, {
        id: d.id,
        serviceId: w.proc.procedure.id,
        expectedVersion: 1,
        formData: { childName: 'Ba' },
      });
      expect(stale.errors?.[0].extensions?.code).toBe('STALE_DOSSIER');
      const now = await w.citizen.gql<{ dossier: DossierData }>(DOSSIER_QUERY, { id: d.id });
      expect(now.data?.dossier).toMatchObject({ version: 2, formData: { childName: 'Hai' } });

      const missing = await saveDossier(w.citizen, { id: d.id, serviceId: w.proc.procedure.id });
      expect(missing.errors?.[0].extensions?.fields).toHaveProperty('expectedVersion');
      const otherService = await saveDossier(w.citizen, {
        id: d.id,
        serviceId: (await createProcedure(t)).procedure.id,
        expectedVersion: 2,
      });
      expect(otherService.errors?.[0].extensions?.fields).toHaveProperty('serviceId');
    });

    it('keeps the applicant and form when an update leaves them out', async () => {
      const d = await w.create(w.citizen, {
        formData: { childName: 'Giữ' },
        applicant: { fullName: 'Người Khác', citizenId: '001099000111', phone: '0988 777 666' },
      });
      expect(d.applicant).toMatchObject({ fullName: 'Người Khác', phone: '0988777666', email: null });
      const res = await saveDossier(w.citizen, {
        id: d.id,
        serviceId: w.proc.procedure.id,
        expectedVersion: 1,
      });
      expect(res.data?.saveDossier).toMatchObject({
        version: 2,
        formData: { childName: 'Giữ' },
        applicant: { fullName: 'Người Khác' },
      });
    });

    it('is for citizens: anonymous callers are UNAUTHENTICATED, officers FORBIDDEN', async () => {
      const anonymous = await saveDossier(t.client(), { serviceId: w.proc.procedure.id });
      expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      const officer = await loginAs(
        t,
        await createAccount(t, { role: Role.OFFICER, agencyId: w.proc.agency.id }),
      );
      const res = await saveDossier(officer, { serviceId: w.proc.procedure.id });
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('submitDossier', () => {
    it('answers DOSSIER_INCOMPLETE with the missing field keys and component ids, changing nothing', async () => {
      const d = await w.create(w.citizen, { formData: { childName: 'Thiếu' } });
      const res = await w.submit(d.id);
      const ext = res.errors?.[0].extensions;
      expect(ext?.code).toBe('DOSSIER_INCOMPLETE');
      expect(ext?.['missingFields']).toEqual(['birthDate']);
      expect(ext?.['missingComponents']).toEqual([w.proc.components[0].id]);
      expect(ext?.['missingApplicantFields']).toEqual([]);
      expect(ext?.fields).toHaveProperty(['formData.birthDate']);
      const after = await w.citizen.gql<{ dossier: DossierData }>(DOSSIER_QUERY, { id: d.id });
      expect(after.data?.dossier).toMatchObject({ status: 'DRAFT', code: null, version: 1, history: [] });
    });

    it('assigns the code, sets SUBMITTED and appends one step', async () => {
      const d = await w.completeDraft();
      const res = await w.submit(d.id);
      expect(res.errors).toBeUndefined();
      const sent = res.data!.submitDossier;
      const day = dossierCodeDay(new Date());
      expect(sent.code).toMatch(new RegExp(`^${w.proc.agency.code.replace(/\./g, '\\.')}-${day}-\\d{4}$`));
      expect(sent).toMatchObject({ status: 'SUBMITTED', version: d.version + 1, availableActions: [] });
      expect(sent.submittedAt).toBeTruthy();
      expect(sent.history).toEqual([
        {
          action: 'SUBMIT',
          fromStatus: 'DRAFT',
          toStatus: 'SUBMITTED',
          actorName: 'Nguyễn Văn Chủ',
          actorRole: 'CITIZEN',
          agencyName: null,
          id: expect.any(String),
          note: null,
          createdAt: expect.any(String),
        },
      ]);
    });

    it('allows only the state machine’s transitions: INVALID_TRANSITION otherwise, with nothing changed', async () => {
      const d = await w.completeDraft();
      const sent = (await w.submit(d.id)).data!.submitDossier;
      expect((await w.submit(d.id)).errors?.[0].extensions?.code).toBe('INVALID_TRANSITION');
      const edit = await saveDossier(w.citizen, {
        id: d.id,
        serviceId: w.proc.procedure.id,
        expectedVersion: sent.version,
        formData: { childName: 'Sửa sau khi gửi' },
      });
      expect(edit.errors?.[0].extensions?.code).toBe('INVALID_TRANSITION');
      const del = await w.citizen.gql(DELETE_DOSSIER, { id: d.id });
      expect(del.errors?.[0].extensions?.code).toBe('INVALID_TRANSITION');
      const after = await w.citizen.gql<{ dossier: DossierData }>(DOSSIER_QUERY, { id: d.id });
      expect(after.data?.dossier).toMatchObject({
        status: 'SUBMITTED',
        version: sent.version,
        code: sent.code,
      });
      expect(after.data?.dossier.history).toHaveLength(1);
    });

    it('after a supplement request: edit and resubmit, keeping the code', async () => {
      const d = await w.completeDraft();
      const sent = (await w.submit(d.id)).data!.submitDossier;
      // The officer side (next issue) will do this through its own mutation.
      const officer = await createAccount(t, {
        role: Role.OFFICER,
        agencyId: w.proc.agency.id,
        fullName: 'Cán Bộ Một',
      });
      const transitions = t.app.get(DossierTransitions);
      const actor = await transitions.actorOf({
        id: officer.id,
        role: Role.OFFICER,
        fullName: officer.fullName,
        agencyId: w.proc.agency.id,
        sessionId: 'x',
      });
      await t.app.get(TransactionRunner).run(async (em) => {
        const row = await em.findOneByOrFail(DossierEntity, { id: d.id });
        await transitions.apply(em, row, DossierAction.REQUEST_SUPPLEMENT, actor, {
          note: 'Bổ sung tờ khai',
        });
      });
      const edited = await saveDossier(
        w.citizen,
        { id: d.id, serviceId: w.proc.procedure.id, expectedVersion: sent.version + 1 },
        [{ componentId: w.proc.components[0].id, name: 'bo-sung.pdf', content: pdfBytes() }],
      );
      expect(edited.errors).toBeUndefined();
      expect(edited.data?.saveDossier.files).toHaveLength(2);
      const again = await w.submit(d.id);
      expect(again.errors).toBeUndefined();
      expect(again.data?.submitDossier.code).toBe(sent.code);
      expect(again.data?.submitDossier.history.map((s) => [s.action, s.fromStatus, s.toStatus])).toEqual([
        ['SUBMIT', 'DRAFT', 'SUBMITTED'],
        ['REQUEST_SUPPLEMENT', 'SUBMITTED', 'SUPPLEMENT_REQUESTED'],
        ['RESUBMIT', 'SUPPLEMENT_REQUESTED', 'SUBMITTED'],
      ]);
      expect(again.data?.submitDossier.history[1]).toMatchObject({
        actorName: 'Cán Bộ Một',
        actorRole: 'OFFICER',
        agencyName: w.proc.agency.name,
      });
    });

    it('gives unique, consecutive codes to concurrent submissions', async () => {
      const fresh = await createProcedure(t);
      const drafts = [];
      for (let i = 0; i < 8; i++) drafts.push(await w.completeDraft(w.citizen, fresh));
      const results = await Promise.all(drafts.map((d) => w.submit(d.id)));
      expect(results.map((r) => r.errors)).toEqual(drafts.map(() => undefined));
      const codes = results.map((r) => r.data!.submitDossier.code!);
      expect(new Set(codes).size).toBe(8);
      expect(codes.map((c) => Number(c.slice(-4))).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    });

    it('lets only one of two simultaneous submits of the same dossier through', async () => {
      const d = await w.completeDraft();
      const results = await Promise.all([w.submit(d.id), w.submit(d.id)]);
      const ok = results.filter((r) => !r.errors);
      expect(ok).toHaveLength(1);
      const failed = results.find((r) => r.errors)!;
      expect(['INVALID_TRANSITION', 'STALE_DOSSIER']).toContain(failed.errors?.[0].extensions?.code);
      const after = await w.citizen.gql<{ dossier: DossierData }>(DOSSIER_QUERY, { id: d.id });
      expect(after.data?.dossier.history).toHaveLength(1);
    });
  });

  describe('deleteDossier', () => {
    it('deletes a draft with its rows', async () => {
      const d = await w.completeDraft();
      const res = await w.citizen.gql<{ deleteDossier: boolean }>(DELETE_DOSSIER, { id: d.id });
      expect(res.data?.deleteDossier).toBe(true);
      const gone = await w.citizen.gql(DOSSIER_QUERY, { id: d.id });
      expect(gone.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const ds = t.app.get<DataSource>(getDataSourceToken());
      const files: unknown[] = await ds.query('SELECT id FROM dossier_files WHERE dossier_id = ?', [d.id]);
      expect(files).toEqual([]);
    });
  });
});
