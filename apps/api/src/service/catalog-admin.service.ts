import { Injectable } from '@nestjs/common';
import { AuditTarget } from '../audit/audit-log';
import { auditedSave } from '../audit/audited-save';
import {
  AgencyLevel,
  checkAgency,
  checkSector,
  ErrorCode,
  findProvince,
  InputChecker,
} from '@dvc/shared/domain';
import { EntityManager } from 'typeorm';
import { DomainError } from '../common/errors/domain-error';
import { FieldProblem } from '../common/errors/domain-error';
import { assertChecked, codeTaken, withCodeGuard } from './catalog-validation';
import { CreateAgencyInput, UpdateAgencyInput } from './dto/agency.input';
import { CreateSectorInput, UpdateSectorInput } from './dto/sector.input';
import { AgencyEntity } from './entities/agency.entity';
import { SectorEntity } from './entities/sector.entity';
import { ServiceProcedureEntity } from './entities/service-procedure.entity';
import { TransactionRunner } from '../common/database/transaction-runner';

const LEVEL_RANK: Record<AgencyLevel, number> = { MINISTRY: 0, PROVINCE: 1, COMMUNE: 2 };

/** Administration of agencies and sectors. Each method owns its transaction. */
@Injectable()
export class CatalogAdminService {
  constructor(private readonly tx: TransactionRunner) {}

  createAgency(input: CreateAgencyInput): Promise<AgencyEntity> {
    return withCodeGuard(
      () =>
        this.tx.run(async (em) => {
          const check = new InputChecker();
          const { code, name } = checkAgency(check, input, true);
          assertChecked(check);
          const agency = em.create(AgencyEntity, {
            code,
            name,
            level: input.level,
            parentId: input.parentId ?? null,
            provinceCode: input.provinceCode?.trim() || null,
            active: true,
          });
          await this.checkAgencyPlacement(em, agency);
          await this.assertAgencyCodeFree(em, agency.code);
          return auditedSave(em, AuditTarget.AGENCY, agency, null);
        }),
      () => codeTaken('Mã cơ quan đã được sử dụng.'),
    );
  }

  updateAgency(id: string, input: UpdateAgencyInput): Promise<AgencyEntity> {
    return withCodeGuard(
      () =>
        this.tx.run(async (em) => {
          const agency = await em.findOneBy(AgencyEntity, { id });
          if (!agency) throw DomainError.notFound();
          const before = { ...agency };
          const check = new InputChecker();
          const { code, name } = checkAgency(check, input, false);
          assertChecked(check);
          if (code !== undefined && code !== agency.code) {
            await this.assertAgencyCodeFree(em, code);
            agency.code = code;
          }
          if (name !== undefined) agency.name = name;
          if (input.level) agency.level = input.level;
          if (input.parentId !== undefined) agency.parentId = input.parentId;
          if (input.provinceCode !== undefined) agency.provinceCode = input.provinceCode?.trim() || null;
          await this.checkAgencyPlacement(em, agency);
          if (input.active === false && agency.active)
            await this.assertNoActiveProcedures(em, 'agencyId', id);
          if (input.active !== undefined && input.active !== null) agency.active = input.active;
          return auditedSave(em, AuditTarget.AGENCY, agency, before);
        }),
      () => codeTaken('Mã cơ quan đã được sử dụng.'),
    );
  }

  deactivateAgency(id: string): Promise<AgencyEntity> {
    return this.updateAgency(id, { active: false });
  }

  createSector(input: CreateSectorInput): Promise<SectorEntity> {
    return withCodeGuard(
      () =>
        this.tx.run(async (em) => {
          const check = new InputChecker();
          const { code, name } = checkSector(check, input, true);
          assertChecked(check);
          if (await em.existsBy(SectorEntity, { code })) throw codeTaken('Mã lĩnh vực đã được sử dụng.');
          return auditedSave(
            em,
            AuditTarget.SECTOR,
            em.create(SectorEntity, { code, name, active: true }),
            null,
          );
        }),
      () => codeTaken('Mã lĩnh vực đã được sử dụng.'),
    );
  }

  updateSector(id: string, input: UpdateSectorInput): Promise<SectorEntity> {
    return withCodeGuard(
      () =>
        this.tx.run(async (em) => {
          const sector = await em.findOneBy(SectorEntity, { id });
          if (!sector) throw DomainError.notFound();
          const before = { ...sector };
          const check = new InputChecker();
          const { code, name } = checkSector(check, input, false);
          assertChecked(check);
          if (code !== undefined && code !== sector.code) {
            if (await em.existsBy(SectorEntity, { code })) throw codeTaken('Mã lĩnh vực đã được sử dụng.');
            sector.code = code;
          }
          if (name !== undefined) sector.name = name;
          if (input.active === false && sector.active)
            await this.assertNoActiveProcedures(em, 'sectorId', id);
          if (input.active !== undefined && input.active !== null) sector.active = input.active;
          return auditedSave(em, AuditTarget.SECTOR, sector, before);
        }),
      () => codeTaken('Mã lĩnh vực đã được sử dụng.'),
    );
  }

  deactivateSector(id: string): Promise<SectorEntity> {
    return this.updateSector(id, { active: false });
  }

  private async assertAgencyCodeFree(em: EntityManager, code: string): Promise<void> {
    if (await em.existsBy(AgencyEntity, { code })) throw codeTaken('Mã cơ quan đã được sử dụng.');
  }

  /**
   * Two-level local government: a ministry has no province and no parent; a local agency sits in
   * one of the 34 current provinces, under an agency of the same or a higher level, never itself.
   */
  private async checkAgencyPlacement(em: EntityManager, agency: AgencyEntity): Promise<void> {
    const problems: Record<string, FieldProblem> = {};
    const check = { fail: (field: string, message: string) => (problems[field] ??= message) };
    if (agency.level === AgencyLevel.MINISTRY) {
      if (agency.provinceCode) check.fail('provinceCode', 'Bộ, ngành không thuộc tỉnh/thành phố nào.');
      if (agency.parentId) check.fail('parentId', 'Bộ, ngành không có cơ quan cấp trên.');
    } else if (!agency.provinceCode || !findProvince(agency.provinceCode)) {
      check.fail('provinceCode', 'Vui lòng chọn một tỉnh/thành phố hiện hành (34 đơn vị từ 01/7/2025).');
    }
    if (agency.parentId) {
      const parent = await em.findOneBy(AgencyEntity, { id: agency.parentId });
      if (!parent || parent.id === agency.id) check.fail('parentId', 'Cơ quan cấp trên không hợp lệ.');
      else if (LEVEL_RANK[parent.level] > LEVEL_RANK[agency.level]) {
        check.fail('parentId', 'Cơ quan cấp trên phải cùng cấp hoặc cấp cao hơn.');
      } else if (await this.isAncestorChainCyclic(em, agency.id, parent)) {
        check.fail('parentId', 'Cơ quan cấp trên không được là đơn vị trực thuộc của chính cơ quan này.');
      }
    }
    if (Object.keys(problems).length > 0) throw DomainError.validation(problems);
  }

  /** Same-level parents are allowed (a sở under the provincial UBND), so a cycle must be looked for. */
  private async isAncestorChainCyclic(em: EntityManager, id: string, parent: AgencyEntity): Promise<boolean> {
    const seen = new Set<string>();
    let current: AgencyEntity | null = parent;
    while (current) {
      if (current.id === id || seen.has(current.id)) return true;
      seen.add(current.id);
      current = current.parentId ? await em.findOneBy(AgencyEntity, { id: current.parentId }) : null;
    }
    return false;
  }

  private async assertNoActiveProcedures(
    em: EntityManager,
    column: 'agencyId' | 'sectorId',
    id: string,
  ): Promise<void> {
    const count = await em.countBy(ServiceProcedureEntity, { [column]: id, active: true });
    if (count > 0) {
      const owner = column === 'agencyId' ? 'Cơ quan' : 'Lĩnh vực';
      throw new DomainError(
        ErrorCode.BAD_REQUEST,
        `${owner} còn ${count} thủ tục đang tiếp nhận hồ sơ; hãy ngừng hoặc chuyển các thủ tục đó trước.`,
        { activeProcedures: count },
      );
    }
  }
}
