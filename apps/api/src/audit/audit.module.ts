import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RateLimitModule } from '../common/rate-limit/rate-limit.module';
import { AuditContextMiddleware } from './audit-context';
import { AuditQueryService } from './audit-query.service';
import { AuditResolver } from './audit.resolver';
import { AuditEntryEntity } from './entities/audit-entry.entity';

/**
 * The audit log (issue 14). Features write entries with the static `AuditLog.record(em, entry)` in
 * their own transaction; this module gives entries their request (actor, address) and the admin's
 * read-only search.
 */
@Module({
  // The entity is registered here for every feature that writes entries (autoLoadEntities).
  imports: [TypeOrmModule.forFeature([AuditEntryEntity]), RateLimitModule],
  providers: [AuditQueryService, AuditResolver],
})
export class AuditModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    // Every audited change is a GraphQL mutation (sign-in included).
    consumer.apply(AuditContextMiddleware).forRoutes('graphql');
  }
}
