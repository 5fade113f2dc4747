import { Injectable } from '@nestjs/common';
import {
  DossierAction,
  DossierStatus,
  dueDateAfterPause,
  ErrorCode,
  InvalidTransitionError,
  Role,
  transition,
  TransitionContext,
} from '@dvc/shared/domain';
import { randomUUID } from 'node:crypto';
import { EntityManager, IsNull } from 'typeorm';
import type { AuthUser } from '../common/auth/auth-user';
import { DomainError } from '../common/errors/domain-error';
// The entity only (no module import): the supplement request is the clock pause this service ends.
import { SupplementRequestEntity } from '../processing/entities/supplement-request.entity';
import { DossierEventSink } from '../common/events/dossier-events';
import { CatalogReader } from '../service/catalog-reader.service';
import { AuditLog, AuditTarget } from '../audit/audit-log';
import { trackTransition } from '../statistics/dossier-statistics-rows';
import { takeFormSnapshot } from '../admin/dossier-form-snapshots';
import { DossierEntity } from './entities/dossier.entity';
import { ProcessingStepEntity } from './entities/processing-step.entity';

/** Changes made together with a status change (code at first submission, due date at receipt…). */
export type DossierPatch = Partial<
  Pick<DossierEntity, 'code' | 'submittedAt' | 'dueDate' | 'searchText' | 'agencyId'>
>;

/** The state machine's answer as the API's error. */
export function checkTransition(
  status: DossierStatus,
  action: DossierAction,
  context?: TransitionContext,
): DossierStatus {
  try {
    return transition(status, action, context);
  } catch (error) {
    if (error instanceof InvalidTransitionError) {
      throw new DomainError(ErrorCode.INVALID_TRANSITION, undefined, { status, action });
    }
    throw error;
  }
}

/**
 * The only way a dossier changes status: the shared state machine decides, the row is updated only
 * if nobody changed it meanwhile (version), and exactly one processing step is appended.
 * Citizen (submit) and officer (processing/) operations call it inside their transaction.
 *
 * Leaving SUPPLEMENT_REQUESTED closes the open supplement request; a resubmission also resumes the
 * status the request was made from and moves the due date by the working days the clock was paused.
 */
@Injectable()
export class DossierTransitions {
  constructor(
    private readonly catalog: CatalogReader,
    private readonly events: DossierEventSink,
  ) {}

  /** Resolved before the transaction: the actor as the history shows them. */
  async actorOf(user: AuthUser): Promise<StepActor> {
    const agency =
      user.role === Role.OFFICER && user.agencyId ? await this.catalog.getAgency(user.agencyId) : null;
    return {
      id: user.id,
      name: user.fullName,
      role: user.role,
      agencyId: agency?.id ?? null,
      agencyName: agency?.name ?? null,
    };
  }

  async apply(
    em: EntityManager,
    dossier: DossierEntity,
    action: DossierAction,
    actor: StepActor,
    options: { note?: string | null; patch?: DossierPatch; at?: Date } = {},
  ): Promise<DossierEntity> {
    const from = dossier.status;
    const at = options.at ?? new Date();
    const pause =
      from === DossierStatus.SUPPLEMENT_REQUESTED
        ? await em.findOneBy(SupplementRequestEntity, { dossierId: dossier.id, resolvedAt: IsNull() })
        : null;
    const to = checkTransition(from, action, { resumeTo: pause?.previousStatus });
    const patch: DossierPatch = { ...options.patch };
    if (pause && action === DossierAction.RESUBMIT) {
      patch.dueDate = dueDateAfterPause(dossier.dueDate, pause.requestedAt, at);
    }
    const changes = { ...patch, status: to, updatedAt: at };
    const updated = await em
      .createQueryBuilder()
      .update(DossierEntity)
      .set({ ...changes, version: () => 'version + 1' })
      .where('id = :id AND version = :version AND status = :from', {
        id: dossier.id,
        version: dossier.version,
        from,
      })
      .execute();
    if (!updated.affected) throw new DomainError(ErrorCode.STALE_DOSSIER);
    if (pause) await em.update(SupplementRequestEntity, { id: pause.id }, { resolvedAt: at });
    const last = await em
      .createQueryBuilder(ProcessingStepEntity, 's')
      .select('MAX(s.position)', 'max')
      .where('s.dossier_id = :id', { id: dossier.id })
      .getRawOne<{ max: number | string | null }>();
    await em.insert(ProcessingStepEntity, {
      id: randomUUID(),
      dossierId: dossier.id,
      position: Number(last?.max ?? 0) + 1,
      action,
      fromStatus: from,
      toStatus: to,
      note: options.note?.trim() || null,
      actorId: actor.id,
      actorName: actor.name,
      actorRole: actor.role,
      agencyId: actor.agencyId,
      agencyName: actor.agencyName,
      createdAt: at,
    });
    Object.assign(dossier, changes, { version: dossier.version + 1 });
    // Administration (issue 14): the dossier's statistics row (status, outcome), and an audit
    // entry for every action that is not the citizen's own (submit, resubmit, withdraw).
    await trackTransition((sql, params) => em.query(sql, params), dossier, to, at);
    // The form and components the dossier was filled against, kept from its first submission.
    if (from === DossierStatus.DRAFT) await takeFormSnapshot(em, this.catalog, dossier, at);
    if (actor.role !== Role.CITIZEN) {
      await AuditLog.record(em, {
        action: `dossier.${action.toLowerCase()}`,
        targetType: AuditTarget.DOSSIER,
        targetId: dossier.id,
        summary: { code: dossier.code, from, to },
        actor: { id: actor.id, name: actor.name, role: actor.role },
        at,
      });
    }
    // Notifications and queued e-mail, in this transaction (they roll back with the change).
    await this.events.statusChanged(em, dossier, {
      from,
      to,
      action,
      at,
      note: options.note?.trim() || null,
    });
    return dossier;
  }
}

export interface StepActor {
  id: string;
  name: string;
  role: Role;
  agencyId: string | null;
  agencyName: string | null;
}
