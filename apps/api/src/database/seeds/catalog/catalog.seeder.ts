import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { AgencyEntity } from '../../../service/entities/agency.entity';
import {
  copyRequirements,
  DocumentComponentEntity,
} from '../../../service/entities/document-component.entity';
import { FormFieldEntity } from '../../../service/entities/form-field.entity';
import { SectorEntity } from '../../../service/entities/sector.entity';
import { ServiceProcedureEntity } from '../../../service/entities/service-procedure.entity';
import { procedureSearchColumns } from '../../../service/search-text';
import { Seeder } from '../seeder';
import { AgencySeed, CATALOG_SEED, CatalogSeed, ProcedureSeed } from './catalog-seed-data';
import { TransactionRunner } from '../../../common/database/transaction-runner';

export interface CatalogSeedResult {
  agencies: number;
  sectors: number;
  procedures: number;
  components: number;
  formFields: number;
  searchRepaired: number;
}

/**
 * Loads the catalog data files (agencies.json, sectors.json, procedures.json) into the database.
 * Rows are matched by code: missing ones are inserted (a procedure with its components and form),
 * existing ones are left exactly as they are, so an administrator's edits survive a re-seed and a
 * second run changes nothing. The only thing it repairs is derived data: stale search columns.
 */
@Injectable()
export class CatalogSeeder implements Seeder {
  readonly name = 'catalog';
  private readonly logger = new Logger(CatalogSeeder.name);

  constructor(private readonly tx: TransactionRunner) {}

  async seed(): Promise<void> {
    const result = await this.load(CATALOG_SEED);
    const inserted = result.agencies + result.sectors + result.procedures;
    if (inserted > 0 || result.searchRepaired > 0) {
      this.logger.log(
        `Catalog: +${result.agencies} agencies, +${result.sectors} sectors, +${result.procedures} procedures ` +
          `(+${result.components} components, +${result.formFields} form fields), ${result.searchRepaired} search rows repaired`,
      );
    }
  }

  /** Inserts what is missing from `data`, in one transaction. */
  load(data: CatalogSeed): Promise<CatalogSeedResult> {
    return this.tx.run(async (em) => {
      const result: CatalogSeedResult = {
        agencies: 0,
        sectors: 0,
        procedures: 0,
        components: 0,
        formFields: 0,
        searchRepaired: 0,
      };
      const agencyIds = await this.seedAgencies(em, data.agencies, result);
      const sectorIds = await this.seedSectors(em, data, result);
      await this.seedProcedures(em, data.procedures, agencyIds, sectorIds, result);
      return result;
    });
  }

  private async seedAgencies(
    em: EntityManager,
    seeds: readonly AgencySeed[],
    result: CatalogSeedResult,
  ): Promise<Map<string, string>> {
    const repo = em.getRepository(AgencyEntity);
    const existing = await repo.find({ select: { id: true, code: true } });
    const ids = new Map(existing.map((a) => [a.code, a.id]));
    const fresh = seeds.filter((s) => !ids.has(s.code));
    for (const s of fresh) ids.set(s.code, randomUUID());
    // Parents may come after their children in the file, so every id is known before inserting.
    const rows = fresh.map((s) => {
      const parentId = s.parentCode === null ? null : ids.get(s.parentCode);
      if (parentId === undefined)
        throw new Error(`Catalog seed: agency ${s.code} has unknown parent ${s.parentCode}`);
      return repo.create({
        id: ids.get(s.code),
        code: s.code,
        name: s.name,
        level: s.level,
        parentId,
        provinceCode: s.provinceCode,
        active: true,
      });
    });
    // Parents first, so the foreign key holds at every insert.
    const order = new Map(rows.map((r) => [r.id, r]));
    const sorted: AgencyEntity[] = [];
    const visit = (row: AgencyEntity) => {
      if (sorted.includes(row)) return;
      const parent = row.parentId ? order.get(row.parentId) : undefined;
      if (parent) visit(parent);
      sorted.push(row);
    };
    rows.forEach(visit);
    for (const row of sorted) await repo.insert(row);
    result.agencies = sorted.length;
    return ids;
  }

  private async seedSectors(
    em: EntityManager,
    data: CatalogSeed,
    result: CatalogSeedResult,
  ): Promise<Map<string, string>> {
    const repo = em.getRepository(SectorEntity);
    const existing = await repo.find({ select: { id: true, code: true } });
    const ids = new Map(existing.map((s) => [s.code, s.id]));
    // Ids are taken before inserting: TypeORM may rewrite generated columns on the objects it inserts.
    const rows = data.sectors
      .filter((s) => !ids.has(s.code))
      .map((s) => ({ id: randomUUID(), code: s.code, name: s.name, active: true }));
    for (const row of rows) ids.set(row.code, row.id);
    if (rows.length > 0) await repo.insert(rows.map((row) => repo.create(row)));
    result.sectors = rows.length;
    return ids;
  }

  private async seedProcedures(
    em: EntityManager,
    seeds: readonly ProcedureSeed[],
    agencyIds: Map<string, string>,
    sectorIds: Map<string, string>,
    result: CatalogSeedResult,
  ): Promise<void> {
    const repo = em.getRepository(ServiceProcedureEntity);
    const existing = await repo.find({
      select: {
        id: true,
        code: true,
        name: true,
        description: true,
        resultDescription: true,
        searchName: true,
        searchText: true,
      },
    });
    for (const row of existing) {
      const columns = procedureSearchColumns(row);
      if (columns.searchName !== row.searchName || columns.searchText !== row.searchText) {
        await repo.update({ id: row.id }, columns);
        result.searchRepaired++;
      }
    }
    const known = new Set(existing.map((p) => p.code));
    const procedures: ServiceProcedureEntity[] = [];
    const components: DocumentComponentEntity[] = [];
    const fields: FormFieldEntity[] = [];
    for (const s of seeds.filter((p) => !known.has(p.code))) {
      const agencyId = agencyIds.get(s.agencyCode);
      const sectorId = sectorIds.get(s.sectorCode);
      if (!agencyId || !sectorId) {
        throw new Error(`Catalog seed: procedure ${s.code} refers to unknown agency or sector`);
      }
      const procedure = repo.create({
        id: randomUUID(),
        code: s.code,
        name: s.name,
        agencyId,
        sectorId,
        onlineLevel: s.onlineLevel,
        processingDays: s.processingDays,
        feeText: s.feeText,
        feeAmount: s.feeAmount,
        legalBasis: s.legalBasis,
        description: s.description,
        resultDescription: s.resultDescription,
        popularity: s.popularity,
        active: true,
        ...procedureSearchColumns(s),
      });
      procedures.push(procedure);
      s.components.forEach((c, i) =>
        components.push(
          em.getRepository(DocumentComponentEntity).create({
            id: randomUUID(),
            procedureId: procedure.id,
            position: i + 1,
            ...copyRequirements(c),
            templateKey: null,
            templateName: null,
            templateMimeType: null,
            templateSize: null,
            templateGenerated: c.template ?? false,
            templateFingerprint: null,
            isDeclaration: c.isDeclaration ?? false,
            requiresSignature: c.requiresSignature ?? false,
            active: true,
          }),
        ),
      );
      s.formFields.forEach((f, i) =>
        fields.push(
          em.getRepository(FormFieldEntity).create({
            id: randomUUID(),
            procedureId: procedure.id,
            position: i + 1,
            key: f.key,
            label: f.label,
            help: f.help ?? null,
            type: f.type,
            required: f.required,
            options: f.options ? f.options.map((o) => ({ value: o.value, label: o.label })) : null,
            minLength: f.minLength ?? null,
            maxLength: f.maxLength ?? null,
            min: f.min ?? null,
            max: f.max ?? null,
            pattern: f.pattern ?? null,
            active: true,
          }),
        ),
      );
    }
    // Batches keep a first start quick without hitting statement-size limits.
    for (const [entity, rows] of [
      [ServiceProcedureEntity, procedures],
      [DocumentComponentEntity, components],
      [FormFieldEntity, fields],
    ] as const) {
      for (let i = 0; i < rows.length; i += 100) {
        await em.getRepository(entity).insert(rows.slice(i, i + 100) as never[]);
      }
    }
    result.procedures = procedures.length;
    result.components = components.length;
    result.formFields = fields.length;
  }
}
