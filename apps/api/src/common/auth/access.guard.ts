import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ErrorCode, Role } from '@dvc/shared/domain';
import { DomainError } from '../errors/domain-error';
import { IS_PUBLIC, ROLES } from './auth.decorators';
import { requestFrom } from './request-from-context';

/**
 * Global guard: every resolver and controller needs a session unless marked @Public(), and @Roles()
 * narrows it further. The access snapshot test reads the same metadata, so who-may-call-what is reviewed.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(ctx: ExecutionContext): boolean {
    const targets = [ctx.getHandler(), ctx.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const user = requestFrom(ctx).user;
    if (!user) throw new DomainError(ErrorCode.UNAUTHENTICATED);
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
    if (roles && !roles.includes(user.role)) throw new DomainError(ErrorCode.FORBIDDEN);
    return true;
  }
}
