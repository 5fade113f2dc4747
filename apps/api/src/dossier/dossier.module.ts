import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountModule } from '../account/account.module';
import { RateLimitModule } from '../common/rate-limit/rate-limit.module';
import { ServiceModule } from '../service/service.module';
import { DossierAccess } from './dossier-access.service';
import { DossierCodeService } from './dossier-code.service';
import { DossierDeclarationController } from './dossier-declaration.controller';
import { DossierFieldsResolver, DossierFileResolver } from './dossier-fields.resolver';
import { DossierFilesController } from './dossier-files.controller';
import { DossierSubmitDeleteService } from './dossier-submit-delete.service';
import { DossierLookupResolver } from './dossier-lookup.resolver';
import { DossierQueryService } from './dossier-query.service';
import { DossierSaveService } from './dossier-save.service';
import { DossierSummaryResolver } from './dossier-summary.resolver';
import { DossierTransitions } from './dossier-transitions.service';
import { DossierUploads } from './dossier-uploads';
import { DossierLoaders } from './dossier.loaders';
import { DossierResolver } from './dossier.resolver';
import { DossierCodeCounterEntity } from './entities/dossier-code-counter.entity';
import { DossierFileEntity } from './entities/dossier-file.entity';
import { DossierEntity } from './entities/dossier.entity';
import { ProcessingStepEntity } from './entities/processing-step.entity';

/**
 * Dossiers (hồ sơ): create, edit with uploads, submit, delete, list, track. Reads the catalog
 * (ServiceModule) and the applicant's profile; status changes go through the shared state machine
 * (DossierTransitions), which the officer side reuses.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      DossierEntity,
      DossierFileEntity,
      ProcessingStepEntity,
      DossierCodeCounterEntity,
    ]),
    AccountModule,
    ServiceModule,
    RateLimitModule,
  ],
  controllers: [DossierFilesController, DossierDeclarationController],
  providers: [
    DossierAccess,
    DossierCodeService,
    DossierTransitions,
    DossierUploads,
    DossierSaveService,
    DossierSubmitDeleteService,
    DossierQueryService,
    DossierLoaders,
    DossierResolver,
    DossierFieldsResolver,
    DossierFileResolver,
    DossierLookupResolver,
    DossierSummaryResolver,
  ],
  exports: [DossierAccess, DossierTransitions, DossierLoaders, DossierUploads, DossierCodeService],
})
export class DossierModule {}
