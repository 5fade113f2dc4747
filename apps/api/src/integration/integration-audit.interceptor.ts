import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { Observable, tap } from 'rxjs';
import { Repository } from 'typeorm';
import { operationOf } from '../common/auth/access.guard';
import { requestFrom } from '../common/auth/request-from-context';
import { DomainError } from '../common/errors/domain-error';
import { IntegrationAuditEntity } from './entities/integration-audit.entity';

/**
 * An append-only row for every changing operation (GraphQL mutation, REST write) made with an API
 * token, with its outcome; reads are only counted on the token. Written after the operation, outside
 * its transaction: an audit row for a change that was refused or rolled back says so.
 */
@Injectable()
export class IntegrationAuditInterceptor implements NestInterceptor {
  constructor(
    @InjectRepository(IntegrationAuditEntity) private readonly audit: Repository<IntegrationAuditEntity>,
  ) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = requestFrom(ctx);
    const client = req.apiClient;
    const operation = operationOf(ctx);
    if (!client || !(operation.startsWith('Mutation ') || /^REST (POST|PUT|PATCH|DELETE) /.test(operation))) {
      return next.handle();
    }
    const record = (outcome: string) =>
      this.audit.insert({
        id: randomUUID(),
        clientId: client.clientId,
        tokenId: client.tokenId,
        operation: operation.slice(0, 100),
        outcome: outcome.slice(0, 40),
        ip: req.clientIp ?? null,
        createdAt: new Date(),
      });
    return next.handle().pipe(
      tap({
        next: () => void record('OK'),
        error: (error: unknown) => void record(error instanceof DomainError ? error.code : 'ERROR'),
      }),
    );
  }
}
