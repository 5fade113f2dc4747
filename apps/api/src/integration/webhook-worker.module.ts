import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { WebhookAttemptEntity, WebhookDeliveryEntity } from './entities/webhook-delivery.entity';
import { WebhookEntity } from './entities/webhook.entity';
import { IntegrationModule } from './integration.module';
import { WebhookWorker } from './webhook.worker';

/** The webhook sender: only the server (AppModule) runs it; commands only queue deliveries. */
@Module({
  imports: [
    IntegrationModule,
    TypeOrmModule.forFeature([WebhookDeliveryEntity, WebhookAttemptEntity, WebhookEntity]),
  ],
  providers: [WebhookWorker],
  exports: [WebhookWorker],
})
export class WebhookWorkerModule {}
