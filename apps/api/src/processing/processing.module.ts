import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountEntity } from '../account/entities/account.entity';
import { RateLimitModule } from '../common/rate-limit/rate-limit.module';
import { DossierModule } from '../dossier/dossier.module';
import { DossierFileEntity } from '../dossier/entities/dossier-file.entity';
import { DossierEntity } from '../dossier/entities/dossier.entity';
import { ServiceModule } from '../service/service.module';
import { ServiceProcedureEntity } from '../service/entities/service-procedure.entity';
import { DemoProcessingSeeder } from './demo-processing.seeder';
import { DossierRatingResolver } from './dossier-rating.resolver';
import { DossierRatingService } from './dossier-rating.service';
import { DossierResultsService } from './dossier-results.service';
import { DossierRatingEntity } from './entities/dossier-rating.entity';
import { DossierResultEntity } from './entities/dossier-result.entity';
import { SupplementRequestEntity } from './entities/supplement-request.entity';
import { OfficerActionsResolver } from './officer-actions.resolver';
import { OfficerActionsService } from './officer-actions.service';
import { OfficerDossiers } from './officer-dossiers.service';
import { OfficerQueueResolver } from './officer-queue.resolver';
import { OfficerQueueCounts } from './officer-queue-counts';
import { OfficerQueueService } from './officer-queue.service';
import { ProcessingFieldsResolver } from './processing-fields.resolver';
import { ProcessingLoaders } from './processing.loaders';

/**
 * The back office (issue 9): the officer's queue and actions on dossiers of their agency, results
 * with files, supplement requests, the citizen's rating, and the fields they add to Dossier. Status
 * changes go through the dossier feature's DossierTransitions; uploads through its DossierUploads.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      DossierEntity,
      DossierFileEntity,
      SupplementRequestEntity,
      DossierResultEntity,
      DossierRatingEntity,
      AccountEntity,
      ServiceProcedureEntity,
    ]),
    DossierModule,
    ServiceModule,
    RateLimitModule,
  ],
  providers: [
    OfficerDossiers,
    OfficerQueueService,
    OfficerQueueCounts,
    OfficerActionsService,
    DossierResultsService,
    DossierRatingService,
    ProcessingLoaders,
    OfficerQueueResolver,
    OfficerActionsResolver,
    DossierRatingResolver,
    ProcessingFieldsResolver,
    DemoProcessingSeeder,
  ],
  exports: [DemoProcessingSeeder],
})
export class ProcessingModule {}
