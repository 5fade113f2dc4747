import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RateLimitModule } from '../common/rate-limit/rate-limit.module';
import { AgencyResolver } from './agency.resolver';
import { CatalogAdminResolver } from './catalog-admin.resolver';
import { CatalogAdminListService } from './catalog-admin-list.service';
import { CatalogAdminListsResolver } from './catalog-admin-lists.resolver';
import { CatalogAdminService } from './catalog-admin.service';
import { CatalogCache } from './catalog-cache.service';
import { CatalogReader } from './catalog-reader.service';
import { CatalogResponseCache } from './catalog-response-cache.middleware';
import { CatalogLoaders } from './catalog.loaders';
import { CatalogService } from './catalog.service';
import { ComponentTemplateService } from './component-template.service';
import { DocumentComponentResolver } from './document-component.resolver';
import { AgencyEntity } from './entities/agency.entity';
import { DocumentComponentEntity } from './entities/document-component.entity';
import { FormFieldEntity } from './entities/form-field.entity';
import { FormFieldOrderService } from './form-field-order.service';
import { GeneratedTemplates } from './generated-template.service';
import { SectorEntity } from './entities/sector.entity';
import { ServiceProcedureEntity } from './entities/service-procedure.entity';
import { ProcedureAdminService } from './procedure-admin.service';
import { ProcedurePartsService } from './procedure-parts.service';
import { ProcedureResolver } from './procedure.resolver';
import { SectorResolver } from './sector.resolver';
import { TemplateController } from './template.controller';

/**
 * The catalog of public services: agencies, sectors, procedures with their document components and
 * intake forms. Other features read it through CatalogReader / CatalogLoaders; the catalog never
 * knows who applies.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      AgencyEntity,
      SectorEntity,
      ServiceProcedureEntity,
      DocumentComponentEntity,
      FormFieldEntity,
    ]),
    RateLimitModule,
  ],
  controllers: [TemplateController],
  providers: [
    CatalogCache,
    CatalogReader,
    CatalogLoaders,
    CatalogService,
    CatalogAdminService,
    ProcedureAdminService,
    ProcedurePartsService,
    ComponentTemplateService,
    GeneratedTemplates,
    ProcedureResolver,
    AgencyResolver,
    SectorResolver,
    DocumentComponentResolver,
    CatalogAdminResolver,
    CatalogAdminListService,
    FormFieldOrderService,
    CatalogAdminListsResolver,
  ],
  exports: [CatalogReader, CatalogLoaders],
})
export class ServiceModule implements NestModule {
  /** Anonymous catalog reads answered from memory before Apollo (catalog-response-cache.middleware.ts). */
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(CatalogResponseCache).forRoutes('graphql');
  }
}
