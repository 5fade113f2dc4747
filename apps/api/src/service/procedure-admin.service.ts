import { Injectable } from '@nestjs/common';
import { AuditTarget } from '../audit/audit-log';
import { auditedSave } from '../audit/audited-save';
import { EntityManager } from 'typeorm';
import { assertValid, DomainError } from '../common/errors/domain-error';
import { checkProcedure, InputChecker } from '@dvc/shared/domain';
import { assertChecked, codeTaken, withCodeGuard } from './catalog-validation';
import { CreateServiceInput, UpdateServiceInput } from './dto/procedure.input';
import { AgencyEntity } from './entities/agency.entity';
import { SectorEntity } from './entities/sector.entity';
import { ServiceProcedureEntity } from './entities/service-procedure.entity';
import { procedureSearchColumns } from './search-text';
import { TransactionRunner } from '../common/database/transaction-runner';

const TAKEN = 'Mã thủ tục đã được sử dụng.';

/** Administration of procedures (thủ tục hành chính). Each method owns its transaction. */
@Injectable()
export class ProcedureAdminService {
  constructor(private readonly tx: TransactionRunner) {}

  createService(input: CreateServiceInput): Promise<ServiceProcedureEntity> {
    return withCodeGuard(
      () =>
        this.tx.run(async (em) => {
          const check = new InputChecker();
          const { code, name, texts } = checkProcedure(check, input, true);
          assertChecked(check);
          await assertOwners(em, input.agencyId, input.sectorId);
          if (await em.existsBy(ServiceProcedureEntity, { code })) throw codeTaken(TAKEN);
          const procedure = em.create(ServiceProcedureEntity, {
            code,
            name,
            agencyId: input.agencyId,
            sectorId: input.sectorId,
            onlineLevel: input.onlineLevel,
            processingDays: input.processingDays,
            feeText: texts.feeText ?? '',
            feeAmount: input.feeAmount ?? null,
            legalBasis: texts.legalBasis ?? '',
            description: texts.description ?? '',
            resultDescription: texts.resultDescription ?? '',
            popularity: input.popularity ?? 0,
            active: true,
          });
          Object.assign(procedure, procedureSearchColumns(procedure as ServiceProcedureEntity));
          return auditedSave(em, AuditTarget.PROCEDURE, procedure, null);
        }),
      () => codeTaken(TAKEN),
    );
  }

  updateService(id: string, input: UpdateServiceInput): Promise<ServiceProcedureEntity> {
    return withCodeGuard(
      () =>
        this.tx.run(async (em) => {
          const procedure = await em.findOneBy(ServiceProcedureEntity, { id });
          if (!procedure) throw DomainError.notFound();
          const before = { ...procedure };
          const check = new InputChecker();
          const { code, name, texts } = checkProcedure(check, input, false);
          assertChecked(check);
          if (input.agencyId || input.sectorId) {
            await assertOwners(
              em,
              input.agencyId ?? procedure.agencyId,
              input.sectorId ?? procedure.sectorId,
            );
          }
          if (code !== undefined && code !== procedure.code) {
            if (await em.existsBy(ServiceProcedureEntity, { code })) throw codeTaken(TAKEN);
            procedure.code = code;
          }
          if (name !== undefined) procedure.name = name;
          if (input.agencyId) procedure.agencyId = input.agencyId;
          if (input.sectorId) procedure.sectorId = input.sectorId;
          if (input.onlineLevel) procedure.onlineLevel = input.onlineLevel;
          if (isSet(input.processingDays)) procedure.processingDays = input.processingDays;
          if (input.feeAmount !== undefined) procedure.feeAmount = input.feeAmount;
          if (isSet(input.popularity)) procedure.popularity = input.popularity;
          if (isSet(input.active)) procedure.active = input.active;
          for (const [key, value] of Object.entries(texts)) {
            if (value !== undefined) procedure[key as keyof typeof texts] = value;
          }
          Object.assign(procedure, procedureSearchColumns(procedure));
          return auditedSave(em, AuditTarget.PROCEDURE, procedure, before);
        }),
      () => codeTaken(TAKEN),
    );
  }

  /** Leaves the catalog; dossiers already filed keep pointing at it (CatalogReader includeInactive). */
  deactivateService(id: string): Promise<ServiceProcedureEntity> {
    return this.updateService(id, { active: false });
  }
}

function isSet<T>(value: T | null | undefined): value is T {
  return value !== undefined && value !== null;
}

/** A procedure needs an active agency and sector. */
async function assertOwners(em: EntityManager, agencyId: string, sectorId: string): Promise<void> {
  const agency = await em.findOneBy(AgencyEntity, { id: agencyId });
  const sector = await em.findOneBy(SectorEntity, { id: sectorId });
  assertValid({
    agencyId: agency?.active ? null : 'Cơ quan thực hiện không tồn tại hoặc đã ngừng hoạt động.',
    sectorId: sector?.active ? null : 'Lĩnh vực không tồn tại hoặc đã ngừng hoạt động.',
  });
}
