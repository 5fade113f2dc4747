import { DossierStatus, Role } from '@dvc/shared/domain';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { DossierEntity } from '../../src/dossier/entities/dossier.entity';
import { ProcessingStepEntity } from '../../src/dossier/entities/processing-step.entity';
import { DossierRatingEntity } from '../../src/processing/entities/dossier-rating.entity';
import { DossierResultEntity } from '../../src/processing/entities/dossier-result.entity';
import { SupplementRequestEntity } from '../../src/processing/entities/supplement-request.entity';

/** Times in UTC; Vietnam is UTC+7, so 03:00Z is 10:00 in Hà Nội. March 2026 has no holiday. */
const at = (day: string, hour = 3) => new Date(`2026-${day}T${String(hour).padStart(2, '0')}:00:00Z`);

export interface FixtureDossier {
  procedureId: string;
  agencyId: string;
  status: DossierStatus;
  /** null: a draft. */
  submittedAt: Date | null;
  receivedAt?: Date;
  dueDate?: Date;
  finishedAt?: Date;
  supplement?: { requestedAt: Date; resolvedAt: Date | null };
  rating?: number;
}

/**
 * The hand-computed fixture, period [2026-03-01, 2026-04-01). Working days count from the day after
 * reception to the finishing day, minus the paused days (after the request's day up to the
 * resubmission's day).
 *   A1: D1 on time, 2 days (03-03, 03-04)       D2 late, 5 days (03-04..03-06, 03-09, 03-10)
 *       D3 on time, 4 − 2 paused = 2 days, rated 4   D4 rejected   D5 in progress
 *       D6 waiting for a supplement (open request)   D7 sent in February: outside   D8 draft: outside
 *   A2: D9 on time, 2 days (03-05, 03-06), rated 5
 *   B1: D10 late, 2 days (03-06, 03-09), rated 2      D11 sent (in progress)
 */
export function fixtureDossiers(ids: {
  a1: string;
  a2: string;
  b1: string;
  agencyA: string;
  agencyB: string;
}) {
  const a1 = { procedureId: ids.a1, agencyId: ids.agencyA };
  const a2 = { procedureId: ids.a2, agencyId: ids.agencyA };
  const b1 = { procedureId: ids.b1, agencyId: ids.agencyB };
  const completed = DossierStatus.COMPLETED;
  const list: FixtureDossier[] = [
    {
      ...a1,
      status: completed,
      submittedAt: at('03-02', 2),
      receivedAt: at('03-02'),
      dueDate: at('03-05'),
      finishedAt: at('03-04', 8),
    },
    {
      ...a1,
      status: completed,
      submittedAt: at('03-02', 4),
      receivedAt: at('03-03'),
      dueDate: at('03-06'),
      finishedAt: at('03-10', 4),
    },
    {
      ...a1,
      status: completed,
      submittedAt: at('03-09', 1),
      receivedAt: at('03-09'),
      dueDate: at('03-16'),
      finishedAt: at('03-13'),
      supplement: { requestedAt: at('03-10'), resolvedAt: at('03-12') },
      rating: 4,
    },
    {
      ...a1,
      status: DossierStatus.REJECTED,
      submittedAt: at('03-16', 1),
      receivedAt: at('03-16'),
      finishedAt: at('03-17'),
    },
    {
      ...a1,
      status: DossierStatus.IN_PROGRESS,
      submittedAt: at('03-20', 1),
      receivedAt: at('03-20'),
      dueDate: at('03-25'),
    },
    {
      ...a1,
      status: DossierStatus.SUPPLEMENT_REQUESTED,
      submittedAt: at('03-25', 1),
      receivedAt: at('03-25'),
      dueDate: at('03-30'),
      supplement: { requestedAt: at('03-26'), resolvedAt: null },
    },
    {
      ...a1,
      status: completed,
      submittedAt: at('02-20'),
      receivedAt: at('02-20'),
      dueDate: at('02-26'),
      finishedAt: at('02-24'),
    },
    { ...a1, status: DossierStatus.DRAFT, submittedAt: null },
    {
      ...a2,
      status: completed,
      submittedAt: at('03-04', 1),
      receivedAt: at('03-04'),
      dueDate: at('03-06'),
      finishedAt: at('03-06', 2),
      rating: 5,
    },
    {
      ...b1,
      status: completed,
      submittedAt: at('03-05', 1),
      receivedAt: at('03-05'),
      dueDate: at('03-09'),
      finishedAt: at('03-09', 5),
      rating: 2,
    },
    { ...b1, status: DossierStatus.SUBMITTED, submittedAt: new Date('2026-03-31T23:59:00Z') },
  ];
  return list;
}

export const FIXTURE_PERIOD = { from: '2026-03-01T00:00:00.000Z', to: '2026-04-01T00:00:00.000Z' };

/** Writes the fixture straight into the tables (with the history an officer would have left). */
export async function insertFixture(ds: DataSource, ownerId: string, list: FixtureDossier[]): Promise<void> {
  for (const d of list) {
    const id = randomUUID();
    const step = (position: number, action: string, from: string, to: string, when: Date) => ({
      id: randomUUID(),
      dossierId: id,
      position,
      action,
      fromStatus: from,
      toStatus: to,
      note: null,
      actorId: ownerId,
      actorName: 'Cán bộ thử',
      actorRole: Role.OFFICER,
      agencyId: d.agencyId,
      agencyName: null,
      createdAt: when,
    });
    await ds.getRepository(DossierEntity).insert({
      id,
      code: d.submittedAt ? `TK-${id.slice(0, 8)}` : null,
      ownerId,
      serviceId: d.procedureId,
      agencyId: d.agencyId,
      status: d.status,
      applicant: {} as never,
      formData: {} as never,
      searchText: '',
      version: 1,
      createdAt: d.submittedAt ?? new Date('2026-03-10T00:00:00Z'),
      updatedAt: d.finishedAt ?? d.submittedAt ?? new Date('2026-03-10T00:00:00Z'),
      submittedAt: d.submittedAt,
      dueDate: d.dueDate ?? null,
    });
    const steps = [];
    if (d.submittedAt) steps.push(step(1, 'SUBMIT', 'DRAFT', 'SUBMITTED', d.submittedAt));
    if (d.receivedAt) steps.push(step(2, 'RECEIVE', 'SUBMITTED', 'RECEIVED', d.receivedAt));
    if (d.finishedAt) {
      const action = d.status === DossierStatus.COMPLETED ? 'COMPLETE' : 'REJECT';
      steps.push(step(steps.length + 1, action, 'IN_PROGRESS', d.status, d.finishedAt));
    }
    if (steps.length) await ds.getRepository(ProcessingStepEntity).insert(steps as never);
    if (d.supplement) {
      await ds.getRepository(SupplementRequestEntity).insert({
        id: randomUUID(),
        dossierId: id,
        note: null,
        items: [] as never,
        previousStatus: DossierStatus.IN_PROGRESS,
        requestedAt: d.supplement.requestedAt,
        requestedById: ownerId,
        requestedBy: 'Cán bộ thử',
        resolvedAt: d.supplement.resolvedAt,
      });
    }
    if (d.status === DossierStatus.COMPLETED && d.finishedAt) {
      await ds.getRepository(DossierResultEntity).insert({
        dossierId: id,
        note: null,
        officerId: ownerId,
        officerName: 'Cán bộ thử',
        agencyId: d.agencyId,
        issuedAt: d.finishedAt,
      });
    }
    if (d.rating) {
      await ds.getRepository(DossierRatingEntity).insert({
        dossierId: id,
        ownerId,
        agencyId: d.agencyId,
        score: d.rating,
        comment: null,
        ratedAt: d.finishedAt as Date,
      });
    }
  }
}
