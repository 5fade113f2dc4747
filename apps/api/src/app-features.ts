import type { Provider, Type } from '@nestjs/common';
import { AccountModule } from './account/account.module';
import { DemoAccountsSeeder } from './account/demo-accounts.seeder';
import { AdminModule } from './admin/admin.module';
import { AuditModule } from './audit/audit.module';
import { EventsModule } from './common/events/events.module';
import { StorageModule } from './common/storage/storage.module';
import { CatalogSeeder } from './database/seeds/catalog/catalog.seeder';
import { SeedService } from './database/seeds/seed.service';
import { Seeder, SEEDERS } from './database/seeds/seeder';
import { DossierModule } from './dossier/dossier.module';
import { DemoIntegrationSeeder } from './integration/demo-integration.seeder';
import { IntegrationModule } from './integration/integration.module';
import { NotificationModule } from './notification/notification.module';
import { DemoProcessingSeeder } from './processing/demo-processing.seeder';
import { ProcessingModule } from './processing/processing.module';
import { PrivacyModule } from './privacy/privacy.module';
import { ServiceModule } from './service/service.module';
import { DemoStatisticsSeeder } from './statistics/demo-statistics.seeder';
import { StatisticsModule } from './statistics/statistics.module';

/**
 * The features, listed once for both entry points: the server (AppModule) and the maintenance
 * commands (CliModule, cli.ts). A new feature or seeder is added here; the server adds only what
 * needs HTTP or runs in the background (GraphQL, health, workers, scheduled jobs).
 */
export const FEATURE_MODULES: Type[] = [
  // Status changes made anywhere (commands too) notify and queue mail; the server's worker sends it.
  EventsModule,
  StorageModule,
  AccountModule,
  ServiceModule,
  DossierModule,
  ProcessingModule,
  NotificationModule,
  IntegrationModule,
  StatisticsModule,
  // Status changes and account commands write audit entries.
  AuditModule,
  // Accounts administration and the form snapshot taken at a first submission.
  AdminModule,
  // The citizen's personal data: export and account deletion (issue 12).
  PrivacyModule,
];

/**
 * The seeders in dependency order: the demo officer joins an agency of the catalog, so accounts come
 * after it; the demo dossiers need both. Each class comes from a feature module above.
 */
const SEEDER_CLASSES: Type<Seeder>[] = [
  CatalogSeeder,
  DemoAccountsSeeder,
  DemoProcessingSeeder,
  DemoIntegrationSeeder,
  DemoStatisticsSeeder,
];

/** The SEEDERS list and the SeedService that runs it (`db:seed`, and at start-up with SEED_ON_START). */
export const SEED_PROVIDERS: Provider[] = [
  // The catalog seeder belongs to no feature module (database/seeds/catalog).
  CatalogSeeder,
  { provide: SEEDERS, useFactory: (...seeders: Seeder[]) => seeders, inject: SEEDER_CLASSES },
  SeedService,
];
