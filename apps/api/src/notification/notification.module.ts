import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountEntity } from '../account/entities/account.entity';
import { DossierEventHooks, DossierEventSink } from '../common/events/dossier-events';
import { MailModule } from '../common/mail/mail.module';
import { RateLimitModule } from '../common/rate-limit/rate-limit.module';
import { ServiceModule } from '../service/service.module';
import { NotificationEntity } from './entities/notification.entity';
import { NotificationSink } from './notification-sink.service';
import { NotificationResolver } from './notification.resolver';
import { NotificationService } from './notification.service';

/**
 * Notifications: in-app (the bell), by e-mail (through the outbox) and live (a GraphQL subscription).
 * Global because it provides DossierEventSink, which the dossier feature's DossierTransitions injects
 * without knowing this feature exists (dossier → common ← notification).
 */
@Global()
@Module({
  imports: [
    TypeOrmModule.forFeature([NotificationEntity, AccountEntity]),
    MailModule,
    RateLimitModule,
    ServiceModule,
  ],
  providers: [
    NotificationService,
    NotificationSink,
    NotificationResolver,
    // Notifications first, then the hooks other features register (webhooks), in one transaction.
    {
      provide: DossierEventSink,
      useFactory: (sink: NotificationSink, hooks: DossierEventHooks) => hooks.around(sink),
      inject: [NotificationSink, DossierEventHooks],
    },
  ],
  exports: [DossierEventSink, NotificationService],
})
export class NotificationModule {}
