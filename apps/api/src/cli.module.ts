import { DynamicModule, Module } from '@nestjs/common';
import { AccountModule } from './account/account.module';
import { DemoAccountsSeeder } from './account/demo-accounts.seeder';
import { AppConfig } from './config/app-config';
import { StorageModule } from './common/storage/storage.module';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { SeedService } from './database/seeds/seed.service';
import { CatalogSeeder } from './database/seeds/catalog/catalog.seeder';
import { SEEDERS } from './database/seeds/seeder';
import { DossierModule } from './dossier/dossier.module';
import { DemoProcessingSeeder } from './processing/demo-processing.seeder';
import { DemoStatisticsSeeder } from './statistics/demo-statistics.seeder';
import { StatisticsModule } from './statistics/statistics.module';
import { AuditModule } from './audit/audit.module';
import { AdminModule } from './admin/admin.module';
import { DemoIntegrationSeeder } from './integration/demo-integration.seeder';
import { IntegrationModule } from './integration/integration.module';
import { ProcessingModule } from './processing/processing.module';
import { EventsModule } from './common/events/events.module';
import { NotificationModule } from './notification/notification.module';
import { ServiceModule } from './service/service.module';

/** The API without HTTP or GraphQL, for maintenance commands (cli.ts). Keep SEEDERS in step with AppModule. */
@Module({})
export class CliModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CliModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        StorageModule,
        AccountModule,
        ServiceModule,
        DossierModule,
        ProcessingModule,
        // Status changes made by commands notify and queue mail; the server's worker sends it.
        EventsModule,
        NotificationModule,
        IntegrationModule,
        StatisticsModule,
        // Status changes and account commands write audit entries.
        AuditModule,
        // The form snapshot taken at a first submission (its entity).
        AdminModule,
      ],
      providers: [
        CatalogSeeder,
        {
          provide: SEEDERS,
          // The demo officer joins an agency of the catalog, so accounts come after it; the demo
          // dossiers need both.
          useFactory: (
            catalog: CatalogSeeder,
            accounts: DemoAccountsSeeder,
            processing: DemoProcessingSeeder,
            integration: DemoIntegrationSeeder,
            statistics: DemoStatisticsSeeder,
          ) => [catalog, accounts, processing, integration, statistics],
          inject: [
            CatalogSeeder,
            DemoAccountsSeeder,
            DemoProcessingSeeder,
            DemoIntegrationSeeder,
            DemoStatisticsSeeder,
          ],
        },
        SeedService,
      ],
    };
  }
}
