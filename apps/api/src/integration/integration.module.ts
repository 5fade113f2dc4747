import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RateLimitModule } from '../common/rate-limit/rate-limit.module';
import { ApiClientsService } from './api-clients.service';
import { ApiTokenMiddleware } from './api-token.middleware';
import { DemoIntegrationSeeder } from './demo-integration.seeder';
import { ApiClientEntity } from './entities/api-client.entity';
import { ApiTokenEntity } from './entities/api-token.entity';
import { IntegrationAuditEntity } from './entities/integration-audit.entity';
import { WebhookAttemptEntity, WebhookDeliveryEntity } from './entities/webhook-delivery.entity';
import { WebhookEntity } from './entities/webhook.entity';
import { IntegrationAuditPlugin } from './integration-audit.plugin';
import { IntegrationSecrets } from './integration-secrets';
import { IntegrationResolver } from './integration.resolver';
import { WebhookEventsListener } from './webhook-events.listener';
import { WebhookQueue } from './webhook-queue.service';
import { WebhooksService } from './webhooks.service';

export const INTEGRATION_ENTITIES = [
  ApiClientEntity,
  ApiTokenEntity,
  WebhookEntity,
  WebhookDeliveryEntity,
  WebhookAttemptEntity,
  IntegrationAuditEntity,
];

/**
 * Integrators: API clients with scoped bearer tokens (resolved by ApiTokenMiddleware, judged by the
 * AccessGuard's scope map), the audit of their changes, and webhooks on dossier and catalog events
 * queued in the transaction of the change. The sender is WebhookWorkerModule (server only).
 */
@Module({
  imports: [TypeOrmModule.forFeature(INTEGRATION_ENTITIES), RateLimitModule],
  providers: [
    IntegrationSecrets,
    ApiClientsService,
    ApiTokenMiddleware,
    WebhookQueue,
    WebhooksService,
    WebhookEventsListener,
    IntegrationResolver,
    DemoIntegrationSeeder,
    IntegrationAuditPlugin,
  ],
  exports: [ApiTokenMiddleware, WebhookQueue, IntegrationSecrets, DemoIntegrationSeeder],
})
export class IntegrationModule {}
