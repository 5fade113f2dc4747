import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { RequestLoaders } from '../common/graphql/request-loaders';
import { CatalogCache } from './catalog-cache.service';
import { CatalogReader } from './catalog-reader.service';
import { AgencyEntity } from './entities/agency.entity';
import { DocumentComponentEntity } from './entities/document-component.entity';
import { FormFieldEntity } from './entities/form-field.entity';
import { SectorEntity } from './entities/sector.entity';
import { ServiceProcedureEntity } from './entities/service-procedure.entity';

/**
 * The catalog's per-request DataLoaders, kept in the GraphQL context (`ctx.loaders`): any number of
 * procedures on a page costs one query per relation. Other features (dossiers) use them too:
 * `catalogLoaders.procedure(ctx.loaders).load(dossier.procedureId)`. Each batch goes through the
 * CatalogCache: a page whose catalog rows are cached costs no query at all.
 */
@Injectable()
export class CatalogLoaders {
  constructor(
    private readonly reader: CatalogReader,
    private readonly cache: CatalogCache,
  ) {}

  /** Procedures by id, inactive ones included. */
  procedure(loaders: RequestLoaders): DataLoader<string, ServiceProcedureEntity | null> {
    return loaders.get(
      'catalog.procedure',
      () =>
        new DataLoader((ids) =>
          this.cache.many('procedure', ids, (missing) => this.reader.getProceduresByIds(missing)),
        ),
    );
  }

  agency(loaders: RequestLoaders): DataLoader<string, AgencyEntity | null> {
    return loaders.get(
      'catalog.agency',
      () =>
        new DataLoader((ids) =>
          this.cache.many('agency', ids, (missing) => this.reader.getAgenciesByIds(missing)),
        ),
    );
  }

  sector(loaders: RequestLoaders): DataLoader<string, SectorEntity | null> {
    return loaders.get(
      'catalog.sector',
      () =>
        new DataLoader((ids) =>
          this.cache.many('sector', ids, (missing) => this.reader.getSectorsByIds(missing)),
        ),
    );
  }

  /**
   * Active components of a procedure, in order; with `includeInactive` (the catalog console, admins
   * only) the retired ones too, read past the cache, which holds what the public sees.
   */
  components(
    loaders: RequestLoaders,
    includeInactive = false,
  ): DataLoader<string, DocumentComponentEntity[]> {
    if (includeInactive)
      return loaders.get(
        'catalog.components.all',
        () =>
          new DataLoader((ids) => this.reader.getComponentsByProcedureIds(ids, { includeInactive: true })),
      );
    return loaders.get(
      'catalog.components',
      () =>
        new DataLoader((ids) =>
          this.cache.many('components', ids, (missing) => this.reader.getComponentsByProcedureIds(missing)),
        ),
    );
  }

  /** Components by their own id, inactive ones included (dossier files point at them). */
  component(loaders: RequestLoaders): DataLoader<string, DocumentComponentEntity | null> {
    return loaders.get(
      'catalog.component',
      () =>
        new DataLoader((ids) =>
          this.cache.many('component', ids, (missing) => this.reader.getComponentsByIds(missing)),
        ),
    );
  }

  /** Active intake form fields of a procedure, in order; `includeInactive` as for components. */
  formFields(loaders: RequestLoaders, includeInactive = false): DataLoader<string, FormFieldEntity[]> {
    if (includeInactive)
      return loaders.get(
        'catalog.formFields.all',
        () =>
          new DataLoader((ids) => this.reader.getFormFieldsByProcedureIds(ids, { includeInactive: true })),
      );
    return loaders.get(
      'catalog.formFields',
      () =>
        new DataLoader((ids) =>
          this.cache.many('formFields', ids, (missing) => this.reader.getFormFieldsByProcedureIds(missing)),
        ),
    );
  }
}
