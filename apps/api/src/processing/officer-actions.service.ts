import { Injectable } from '@nestjs/common';
import { DossierAction, dueDateOnReceipt } from '@dvc/shared/domain';
import { randomUUID } from 'node:crypto';
import type { AuthUser } from '../common/auth/auth-user';
import { TransactionRunner } from '../common/database/transaction-runner';
import { DomainError } from '../common/errors/domain-error';
import { DossierTransitions } from '../dossier/dossier-transitions.service';
import { DossierEntity } from '../dossier/entities/dossier.entity';
import { CatalogReader } from '../service/catalog-reader.service';
import { SupplementItemInput } from './dto/supplement-item.input';
import { SupplementItem, SupplementRequestEntity } from './entities/supplement-request.entity';
import { cleanNote, OfficerDossiers } from './officer-dossiers.service';
import { COMMENT_MAX_LENGTH, MAX_SUPPLEMENT_ITEMS, PROCESSING_LIMITS } from './processing-limits';

const LIMIT = PROCESSING_LIMITS.officerActionPerAccount;

/** receiveDossier, startProcessing, requestSupplement, rejectDossier (completeDossier: results). */
@Injectable()
export class OfficerActionsService {
  constructor(
    private readonly officer: OfficerDossiers,
    private readonly transitions: DossierTransitions,
    private readonly catalog: CatalogReader,
    private readonly tx: TransactionRunner,
  ) {}

  /** SUBMITTED → RECEIVED; sets the due date from the procedure's processing time. */
  async receive(
    user: AuthUser,
    id: string,
    expectedVersion: number,
    note?: string | null,
  ): Promise<DossierEntity> {
    const prepared = await this.officer.prepare(user, id, expectedVersion, DossierAction.RECEIVE, {
      note,
      limit: LIMIT,
    });
    const { dossier } = prepared;
    const procedure = await this.catalog.getProcedure(dossier.serviceId, { includeInactive: true });
    if (!procedure) throw new Error(`Procedure ${dossier.serviceId} of dossier ${dossier.id} is missing`);
    return this.tx.run((em) => {
      const at = new Date();
      return this.transitions.apply(em, dossier, DossierAction.RECEIVE, prepared.actor, {
        at,
        note: prepared.note,
        patch: { dueDate: dueDateOnReceipt(at, procedure.processingDays) },
      });
    });
  }

  /** RECEIVED → IN_PROGRESS. */
  async start(
    user: AuthUser,
    id: string,
    expectedVersion: number,
    note?: string | null,
  ): Promise<DossierEntity> {
    const prepared = await this.officer.prepare(user, id, expectedVersion, DossierAction.START_PROCESSING, {
      note,
      limit: LIMIT,
    });
    return this.tx.run((em) =>
      this.transitions.apply(em, prepared.dossier, DossierAction.START_PROCESSING, prepared.actor, {
        note: prepared.note,
      }),
    );
  }

  /**
   * SUBMITTED, RECEIVED or IN_PROGRESS → SUPPLEMENT_REQUESTED. The request row remembers the status
   * and the time, which is where the resubmission resumes and how long the clock stood still.
   */
  async requestSupplement(
    user: AuthUser,
    id: string,
    expectedVersion: number,
    note: string | null | undefined,
    items: SupplementItemInput[],
  ): Promise<DossierEntity> {
    const prepared = await this.officer.prepare(user, id, expectedVersion, DossierAction.REQUEST_SUPPLEMENT, {
      note,
      limit: LIMIT,
    });
    const clean = await this.checkItems(prepared.dossier.serviceId, items);
    const previousStatus = prepared.dossier.status;
    return this.tx.run(async (em) => {
      const at = new Date();
      const dossier = await this.transitions.apply(
        em,
        prepared.dossier,
        DossierAction.REQUEST_SUPPLEMENT,
        prepared.actor,
        { at, note: prepared.note },
      );
      await em.insert(SupplementRequestEntity, {
        id: randomUUID(),
        dossierId: dossier.id,
        note: prepared.note,
        items: clean,
        previousStatus,
        requestedAt: at,
        requestedById: user.id,
        requestedBy: prepared.actor.name,
        resolvedAt: null,
      });
      return dossier;
    });
  }

  /** Any status the agency holds (SUPPLEMENT_REQUESTED too) → REJECTED, with the reason the citizen reads. */
  async reject(user: AuthUser, id: string, expectedVersion: number, reason: string): Promise<DossierEntity> {
    const text = cleanNote(reason, 'reason', { required: 'Vui lòng nhập lý do từ chối.' });
    const prepared = await this.officer.prepare(user, id, expectedVersion, DossierAction.REJECT, {
      limit: LIMIT,
    });
    return this.tx.run((em) =>
      this.transitions.apply(em, prepared.dossier, DossierAction.REJECT, prepared.actor, { note: text }),
    );
  }

  /** Each item names a component or a field of the dossier's procedure, with a comment. */
  private async checkItems(procedureId: string, items: SupplementItemInput[]): Promise<SupplementItem[]> {
    if (!items?.length) {
      throw DomainError.validation({ items: 'Vui lòng nêu ít nhất một nội dung cần bổ sung.' });
    }
    if (items.length > MAX_SUPPLEMENT_ITEMS) {
      throw DomainError.validation({ items: `Tối đa ${MAX_SUPPLEMENT_ITEMS} nội dung cần bổ sung.` });
    }
    const components = new Set(
      (await this.catalog.getComponents(procedureId, { includeInactive: true })).map((c) => c.id),
    );
    const fields = new Set((await this.catalog.getFormDefinition(procedureId)).map((f) => f.key));
    const errors: Record<string, string> = {};
    const clean = items.map((item, i) => {
      const componentId = item.componentId?.trim() || null;
      const fieldKey = item.fieldKey?.trim() || null;
      const comment = item.comment?.trim() ?? '';
      if (!componentId && !fieldKey) errors[`items.${i}`] = 'Chọn thành phần hồ sơ hoặc trường cần bổ sung.';
      else if (componentId && !components.has(componentId))
        errors[`items.${i}.componentId`] = 'Thành phần hồ sơ không thuộc thủ tục này.';
      else if (fieldKey && !fields.has(fieldKey))
        errors[`items.${i}.fieldKey`] = 'Trường không thuộc form của thủ tục này.';
      if (!comment) errors[`items.${i}.comment`] = 'Vui lòng nhập nội dung cần bổ sung.';
      else if (comment.length > COMMENT_MAX_LENGTH)
        errors[`items.${i}.comment`] = `Nội dung tối đa ${COMMENT_MAX_LENGTH} ký tự.`;
      return { componentId, fieldKey, comment };
    });
    if (Object.keys(errors).length) throw DomainError.validation(errors);
    return clean;
  }
}
