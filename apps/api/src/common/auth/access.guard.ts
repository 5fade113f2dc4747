import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import { ErrorCode, Role } from '@dvc/shared/domain';
import type { GraphQLResolveInfo } from 'graphql';
import { DomainError } from '../errors/domain-error';
import { IS_PUBLIC, ROLES } from './auth.decorators';
import { requestFrom } from './request-from-context';
import { tokenMayCall } from './token-scopes';

/**
 * Global guard: every resolver and controller needs a session unless marked @Public(), and @Roles()
 * narrows it further. The access snapshot test reads the same metadata, so who-may-call-what is reviewed.
 * A request made with an API token is judged by its scopes alone (token-scopes.ts): it has no role.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(ctx: ExecutionContext): boolean {
    const request = requestFrom(ctx);
    if (request.apiClient) {
      if (!tokenMayCall(operationOf(ctx), request.apiClient.scopes))
        throw new DomainError(ErrorCode.FORBIDDEN);
      return true;
    }
    const targets = [ctx.getHandler(), ctx.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const user = request.user;
    if (!user) throw new DomainError(ErrorCode.UNAUTHENTICATED);
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
    if (roles && !roles.includes(user.role)) throw new DomainError(ErrorCode.FORBIDDEN);
    return true;
  }
}

/** "Query services", "Mutation receiveDossier", "REST GET /files/:id": the access snapshot's keys. */
export function operationOf(ctx: ExecutionContext): string {
  if (ctx.getType<GqlContextType>() === 'graphql') {
    const info = GqlExecutionContext.create(ctx).getInfo<GraphQLResolveInfo>();
    return `${info.parentType.name} ${info.fieldName}`;
  }
  const req = ctx.switchToHttp().getRequest<{ method: string; route?: { path?: string } }>();
  return `REST ${req.method} ${req.route?.path ?? '?'}`;
}
