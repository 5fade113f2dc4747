import { DynamicModule, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { AccessGuard } from './common/auth/access.guard';
import { HttpErrorFilter } from './common/errors/http-exception.filter';
import { GraphQLDocumentGuard } from './common/graphql/document-guard.middleware';
import { graphqlOptions } from './common/graphql/graphql-options';
import { SubscriptionAuthenticator } from './common/graphql/subscription-auth';
import { MailWorkerModule } from './common/mail/mail-worker.module';
import { JobsModule } from './common/jobs/jobs.module';
import { AppConfig } from './config/app-config';
import { AccountModule } from './account/account.module';
import { FEATURE_MODULES, SEED_PROVIDERS } from './app-features';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { WebhookWorkerModule } from './integration/webhook-worker.module';
import { HealthModule } from './health/health.module';

/** The boot layer: wires configuration, database, GraphQL and the features. */
@Module({})
export class AppModule implements NestModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        ...FEATURE_MODULES,
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
              introspection: config.env.GRAPHQL_PLAYGROUND,
            }),
        }),
        // The server's own: health endpoints, background workers and scheduled jobs.
        HealthModule,
        MailWorkerModule,
        JobsModule,
        WebhookWorkerModule,
      ],
      providers: [
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: HttpErrorFilter },
        // Features add their seeders in app-features.ts.
        ...SEED_PROVIDERS,
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    // Before Apollo validates a document: refuses those whose validation alone would be too costly.
    consumer.apply(GraphQLDocumentGuard).forRoutes('graphql');
  }
}
