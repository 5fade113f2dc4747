import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { FormFieldDefinition, toFormFieldDefinition } from '@dvc/shared/domain';
import { In, Repository } from 'typeorm';
import { AgencyEntity } from './entities/agency.entity';
import { DocumentComponentEntity } from './entities/document-component.entity';
import { FormFieldEntity } from './entities/form-field.entity';
import { SectorEntity } from './entities/sector.entity';
import { ServiceProcedureEntity } from './entities/service-procedure.entity';
import { groupBy, inOrder } from '../common/database/batch-order';
import { CatalogCache } from './catalog-cache.service';

export interface ReadOptions {
  /**
   * Also return deactivated rows. A deactivated procedure leaves the catalog, but dossiers created
   * before keep showing (and processing) it, so the dossier feature reads with includeInactive.
   */
  includeInactive?: boolean;
}

/**
 * Read-only access to the catalog for other features (the dossier feature imports ServiceModule and
 * injects this), for the catalog's own resolvers and for its DataLoaders. Every batch method answers in the order of
 * the ids it was given, with one query, whatever the number of ids.
 */
@Injectable()
export class CatalogReader {
  constructor(
    @InjectRepository(AgencyEntity) private readonly agencies: Repository<AgencyEntity>,
    @InjectRepository(SectorEntity) private readonly sectors: Repository<SectorEntity>,
    @InjectRepository(ServiceProcedureEntity) private readonly procedures: Repository<ServiceProcedureEntity>,
    @InjectRepository(DocumentComponentEntity)
    private readonly components: Repository<DocumentComponentEntity>,
    @InjectRepository(FormFieldEntity) private readonly fields: Repository<FormFieldEntity>,
    private readonly cache: CatalogCache,
  ) {}

  /**
   * One procedure (active unless includeInactive), through the CatalogCache: the public `service`
   * query and the dossier feature read the same entry (also the procedure DataLoader's). The entity
   * is shared between requests: read it, never change it.
   */
  async getProcedure(id: string, options: ReadOptions = {}): Promise<ServiceProcedureEntity | null> {
    const procedure = await this.cache.get(`procedure:${id}`, () => this.procedures.findOneBy({ id }));
    if (!procedure || (!procedure.active && !options.includeInactive)) return null;
    return procedure;
  }

  /** Procedures by id, inactive ones included (a dossier keeps its procedure). */
  async getProceduresByIds(ids: readonly string[]): Promise<(ServiceProcedureEntity | null)[]> {
    if (ids.length === 0) return [];
    return inOrder(ids, await this.procedures.findBy({ id: In([...new Set(ids)]) }));
  }

  /** The procedure's document components in display order (active ones unless includeInactive). */
  async getComponents(procedureId: string, options: ReadOptions = {}): Promise<DocumentComponentEntity[]> {
    return (await this.getComponentsByProcedureIds([procedureId], options))[0];
  }

  async getComponentsByProcedureIds(
    procedureIds: readonly string[],
    options: ReadOptions = {},
  ): Promise<DocumentComponentEntity[][]> {
    if (procedureIds.length === 0) return [];
    const rows = await this.components.find({
      where: {
        procedureId: In([...new Set(procedureIds)]),
        ...(options.includeInactive ? {} : { active: true }),
      },
      order: { position: 'ASC', createdAt: 'ASC' },
    });
    return groupBy(procedureIds, rows, (r) => r.procedureId);
  }

  /** One component by id, whatever its state (dossier files point at components). */
  async getComponent(id: string): Promise<DocumentComponentEntity | null> {
    return this.components.findOneBy({ id });
  }

  async getComponentsByIds(ids: readonly string[]): Promise<(DocumentComponentEntity | null)[]> {
    if (ids.length === 0) return [];
    return inOrder(ids, await this.components.findBy({ id: In([...new Set(ids)]) }));
  }

  /** The procedure's intake form fields, ordered (active ones unless includeInactive). */
  async getFormFields(procedureId: string, options: ReadOptions = {}): Promise<FormFieldEntity[]> {
    return (await this.getFormFieldsByProcedureIds([procedureId], options))[0];
  }

  async getFormFieldsByProcedureIds(
    procedureIds: readonly string[],
    options: ReadOptions = {},
  ): Promise<FormFieldEntity[][]> {
    if (procedureIds.length === 0) return [];
    const rows = await this.fields.find({
      where: {
        procedureId: In([...new Set(procedureIds)]),
        ...(options.includeInactive ? {} : { active: true }),
      },
      order: { position: 'ASC', createdAt: 'ASC' },
    });
    return groupBy(procedureIds, rows, (r) => r.procedureId);
  }

  /** The active intake form as the shared definitions `validateForm` (libs/shared/domain) takes. */
  async getFormDefinition(procedureId: string): Promise<FormFieldDefinition[]> {
    return (await this.getFormFields(procedureId)).map(toFormFieldDefinition);
  }

  async getAgency(id: string): Promise<AgencyEntity | null> {
    return this.agencies.findOneBy({ id });
  }

  async getAgenciesByIds(ids: readonly string[]): Promise<(AgencyEntity | null)[]> {
    if (ids.length === 0) return [];
    return inOrder(ids, await this.agencies.findBy({ id: In([...new Set(ids)]) }));
  }

  async getSector(id: string): Promise<SectorEntity | null> {
    return this.sectors.findOneBy({ id });
  }

  async getSectorsByIds(ids: readonly string[]): Promise<(SectorEntity | null)[]> {
    if (ids.length === 0) return [];
    return inOrder(ids, await this.sectors.findBy({ id: In([...new Set(ids)]) }));
  }
}
