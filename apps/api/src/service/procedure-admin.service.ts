import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainError } from '../common/errors/domain-error';
import { codeTaken, InputChecker, PROCEDURE_CODE, withCodeGuard } from './catalog-validation';
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
          const code = check.code('code', 'mã thủ tục', input.code, PROCEDURE_CODE, '1.001193');
          const name = check.text('name', 'tên thủ tục', input.name, { max: 500, min: 3 });
          checkNumbers(check, input);
          const texts = checkTexts(check, input);
          check.assert();
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
          return em.save(procedure);
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
          const check = new InputChecker();
          const code = check.code('code', 'mã thủ tục', input.code, PROCEDURE_CODE, '1.001193');
          const name = check.text('name', 'tên thủ tục', input.name, { max: 500, min: 3, required: false });
          checkNumbers(check, input);
          const texts = checkTexts(check, input);
          check.assert();
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
          return em.save(procedure);
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

type NumberInput = Pick<UpdateServiceInput, 'processingDays' | 'feeAmount' | 'popularity'>;
type TextInput = Pick<UpdateServiceInput, 'feeText' | 'legalBasis' | 'description' | 'resultDescription'>;

function checkNumbers(check: InputChecker, input: NumberInput): void {
  check.int('processingDays', 'thời hạn giải quyết', input.processingDays, 0, 365);
  check.int('feeAmount', 'lệ phí', input.feeAmount, 0, 2_000_000_000);
  check.int('popularity', 'mức độ sử dụng', input.popularity, 0, 2_000_000_000);
}

function checkTexts(check: InputChecker, input: TextInput): TextInput {
  return {
    feeText: check.optionalText('feeText', 'phí, lệ phí', input.feeText, 500),
    legalBasis: check.optionalText('legalBasis', 'căn cứ pháp lý', input.legalBasis, 10_000),
    description: check.optionalText('description', 'mô tả', input.description, 10_000),
    resultDescription: check.optionalText('resultDescription', 'kết quả', input.resultDescription, 2_000),
  };
}

/** A procedure needs an active agency and sector. */
async function assertOwners(em: EntityManager, agencyId: string, sectorId: string): Promise<void> {
  const check = new InputChecker();
  const agency = await em.findOneBy(AgencyEntity, { id: agencyId });
  if (!agency?.active) check.fail('agencyId', 'Cơ quan thực hiện không tồn tại hoặc đã ngừng hoạt động.');
  const sector = await em.findOneBy(SectorEntity, { id: sectorId });
  if (!sector?.active) check.fail('sectorId', 'Lĩnh vực không tồn tại hoặc đã ngừng hoạt động.');
  check.assert();
}
