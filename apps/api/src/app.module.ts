import { DynamicModule, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { AccountModule } from './account/account.module';
import { DemoAccountsSeeder } from './account/demo-accounts.seeder';
import { AccessGuard } from './common/auth/access.guard';
import { HttpErrorFilter } from './common/errors/http-exception.filter';
import { GraphQLDocumentGuard } from './common/graphql/document-guard.middleware';
import { graphqlOptions } from './common/graphql/graphql-options';
import { SubscriptionAuthenticator } from './common/graphql/subscription-auth';
import { EventsModule } from './common/events/events.module';
import { MailWorkerModule } from './common/mail/mail-worker.module';
import { JobsModule } from './common/jobs/jobs.module';
import { NotificationModule } from './notification/notification.module';
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
import { WebhookWorkerModule } from './integration/webhook-worker.module';
import { ProcessingModule } from './processing/processing.module';
import { HealthModule } from './health/health.module';
import { ServiceModule } from './service/service.module';

/** The boot layer: wires configuration, database, GraphQL and the features. */
@Module({})
export class AppModule implements NestModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        EventsModule,
        // Async: subscriptions authenticate with the account feature's sessions (common/ cannot import it).
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [AccountModule],
          inject: [SubscriptionAuthenticator, AppConfig],
          useFactory: (subscriptionAuth: SubscriptionAuthenticator, config: AppConfig) =>
            graphqlOptions({
              subscriptionAuth,
              publicUrl: config.env.PUBLIC_URL,
              sessionCheckMs: config.env.LIVE_SESSION_CHECK_MS,
            }),
        }),
        HealthModule,
        StorageModule,
        AccountModule,
        ServiceModule,
        DossierModule,
        ProcessingModule,
        NotificationModule,
        MailWorkerModule,
        JobsModule,
        IntegrationModule,
        WebhookWorkerModule,
        StatisticsModule,
        AuditModule,
        AdminModule,
      ],
      providers: [
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: HttpErrorFilter },
        // Features add their seeders here, in dependency order.
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

  configure(consumer: MiddlewareConsumer): void {
    // Before Apollo validates a document: refuses those whose validation alone would be too costly.
    consumer.apply(GraphQLDocumentGuard).forRoutes('graphql');
  }
}
