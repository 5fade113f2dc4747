import { dueDateAfterPause, dueDateOnReceipt, fromVnWallClock, pausedWorkingDays } from '@dvc/shared/domain';
import { IsNull, Not } from 'typeorm';
import { SupplementRequestEntity } from '../src/processing/entities/supplement-request.entity';
import { DossierEntity } from '../src/dossier/entities/dossier.entity';
import { pdfBytes } from './fixtures/files';
import { saveDossier, SUBMIT_DOSSIER } from './support/dossier-fixtures';
import {
  act,
  codeOf,
  createWorld,
  dataSource,
  DOSSIER_FULL,
  dossierIn,
  dossierOf,
  ProcessedDossier,
  PROCESSING_FIELDS,
  ProcessingWorld,
} from './support/processing';
import { createTestApp, TestApp } from './support/test-app';

/**
 * The due date (ngày hẹn trả) and its pause: set at reception in working days, stopped while the
 * citizen supplements, moved by the paused working days when they resubmit, which returns the
 * dossier to where it was. (Weekends and holidays themselves: dossier-due-date.spec.ts.)
 */
describe('supplement requests and the due-date clock', () => {
  let t: TestApp;
  let w: ProcessingWorld;
  beforeAll(async () => {
    t = await createTestApp({ SEED_ON_START: 'false', RATE_LIMIT_DISABLED: 'true' });
    w = await createWorld(t);
  });
  afterAll(() => t?.close());

  const read = async (id: string, client = w.owner) => dossierOf(await client.gql(DOSSIER_FULL, { id }));
  const resubmit = async (d: ProcessedDossier) =>
    dossierOf(
      await w.owner.gql(`mutation S($id: ID!) { submitDossier(id: $id) { ${PROCESSING_FIELDS} } }`, {
        id: d.id,
      }),
    );

  it('sets the due date at reception: processingDays working days from the next working day', async () => {
    const sent = await dossierIn(w, 'SUBMITTED');
    expect(sent.dueDate).toBeNull();
    const before = new Date();
    const received = dossierOf(await act(w.officer, 'receiveDossier', sent, w.proc));
    const after = new Date();
    const due = new Date(received.dueDate as string).getTime();
    // processingDays = 3; computed with the shared calendar at the moment of reception.
    expect(due).toBeGreaterThanOrEqual(dueDateOnReceipt(before, 3).getTime() - 1000);
    expect(due).toBeLessThanOrEqual(dueDateOnReceipt(after, 3).getTime());
    expect(due - after.getTime()).toBeGreaterThanOrEqual(3 * 86_400_000 - 60_000);
  });

  it('shows the citizen each comment with its label, lets them edit and resubmit to where it was', async () => {
    const inProgress = await dossierIn(w, 'IN_PROGRESS');
    const asked = dossierOf(
      await act(w.officer, 'requestSupplement', inProgress, w.proc, {
        note: 'Vui lòng bổ sung',
        items: [
          { componentId: w.proc.components[1].id, comment: 'Thiếu ảnh chân dung' },
          { fieldKey: 'childName', comment: 'Họ tên viết sai chính tả' },
        ],
      }),
    );
    expect(asked.status).toBe('SUPPLEMENT_REQUESTED');
    expect(asked.overdue).toBe(false);
    const seen = await read(asked.id);
    expect(seen.supplementRequest).toMatchObject({
      note: 'Vui lòng bổ sung',
      requestedBy: 'Trần Thị Bình',
      resolvedAt: null,
      items: [
        {
          componentId: w.proc.components[1].id,
          fieldKey: null,
          comment: 'Thiếu ảnh chân dung',
          label: 'Ảnh chân dung',
        },
        {
          componentId: null,
          fieldKey: 'childName',
          comment: 'Họ tên viết sai chính tả',
          label: 'Họ tên người được khai sinh',
        },
      ],
    });
    expect(seen.availableActions.sort()).toEqual(['EDIT', 'RESUBMIT']);

    const stale = await saveDossier(w.owner, {
      id: seen.id,
      serviceId: w.proc.procedure.id,
      expectedVersion: seen.version - 1,
    });
    expect(codeOf(stale)).toBe('STALE_DOSSIER');
    const edited = await saveDossier(
      w.owner,
      {
        id: seen.id,
        serviceId: w.proc.procedure.id,
        expectedVersion: seen.version,
        formData: { childName: 'Nguyễn Văn Bé Hai', birthDate: '2026-01-15' },
      },
      [
        {
          componentId: w.proc.components[1].id,
          name: 'anh.png',
          content: pdfBytes(),
          type: 'application/pdf',
        },
      ],
    );
    expect(codeOf(edited)).toBe('FILE_TYPE_NOT_ALLOWED');
    const fixed = await saveDossier(w.owner, {
      id: seen.id,
      serviceId: w.proc.procedure.id,
      expectedVersion: seen.version,
      formData: { childName: 'Nguyễn Văn Bé Hai', birthDate: '2026-01-15' },
    });
    expect(fixed.errors).toBeUndefined();

    const back = await resubmit(seen);
    expect(back.status).toBe('IN_PROGRESS');
    expect(back.history.slice(-1)[0]).toMatchObject({
      action: 'RESUBMIT',
      fromStatus: 'SUPPLEMENT_REQUESTED',
      toStatus: 'IN_PROGRESS',
      actorRole: 'CITIZEN',
    });
    expect(back.supplementRequest).toBeNull();
    const row = await dataSource(t)
      .getRepository(SupplementRequestEntity)
      .findOneByOrFail({ dossierId: back.id });
    expect(row.resolvedAt).not.toBeNull();
    // The officer goes on from where they were.
    expect(dossierOf(await act(w.officer, 'completeDossier', back, w.proc)).status).toBe('COMPLETED');
  });

  it('moves the due date by the working days paused (over a weekend and the Giỗ Tổ holiday)', async () => {
    const received = await dossierIn(w, 'RECEIVED');
    const asked = dossierOf(await act(w.officer, 'requestSupplement', received, w.proc));
    // As if the request was made on Friday 24/04/2026: Sat, Sun and Mon 27/04 (Giỗ Tổ, moved) are free.
    const requestedAt = fromVnWallClock(2026, 4, 24, 10, 0);
    const dueDate = fromVnWallClock(2026, 4, 29, 9, 0);
    await dataSource(t)
      .getRepository(SupplementRequestEntity)
      .update({ dossierId: asked.id }, { requestedAt });
    await dataSource(t).getRepository(DossierEntity).update({ id: asked.id }, { dueDate });
    const before = new Date();
    const back = await resubmit(asked);
    expect(back.status).toBe('RECEIVED');
    const expected = dueDateAfterPause(dueDate, requestedAt, before) as Date;
    expect(new Date(back.dueDate as string).toISOString()).toBe(expected.toISOString());
    // Sanity of the fixture: the days between are fewer than calendar days (weekends, the holiday).
    const calendarDays = Math.floor((before.getTime() - requestedAt.getTime()) / 86_400_000);
    expect(pausedWorkingDays(requestedAt, before)).toBeLessThan(calendarDays);
    expect(back.overdue).toBe(false);
  });

  it('keeps no due date when the supplement was asked before reception, and lets an unanswered request be rejected', async () => {
    const sent = await dossierIn(w, 'SUBMITTED');
    const asked = dossierOf(await act(w.officer, 'requestSupplement', sent, w.proc));
    const back = await resubmit(asked);
    expect([back.status, back.dueDate]).toEqual(['SUBMITTED', null]);

    const again = dossierOf(await act(w.officer, 'requestSupplement', back, w.proc));
    const rejected = dossierOf(
      await act(w.officer, 'rejectDossier', again, w.proc, { reason: 'Quá hạn bổ sung' }),
    );
    expect(rejected.status).toBe('REJECTED');
    const seen = await read(rejected.id);
    expect([seen.rejectionReason, seen.supplementRequest]).toEqual(['Quá hạn bổ sung', null]);
    // Both requests are closed: the answered one and the rejected one.
    const closed = await dataSource(t)
      .getRepository(SupplementRequestEntity)
      .countBy({ dossierId: rejected.id, resolvedAt: Not(IsNull()) });
    expect(closed).toBe(2);
    expect(codeOf(await w.owner.gql(SUBMIT_DOSSIER, { id: rejected.id }))).toBe('INVALID_TRANSITION');
  });
});
