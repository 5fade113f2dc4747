import { ExecutionContext } from '@nestjs/common';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import type { AppRequest } from './auth-user';

/** The HTTP request behind a GraphQL resolver or a REST handler. */
export function requestFrom(ctx: ExecutionContext): AppRequest {
  if (ctx.getType<GqlContextType>() === 'graphql') {
    return GqlExecutionContext.create(ctx).getContext<{ req: AppRequest }>().req;
  }
  return ctx.switchToHttp().getRequest<AppRequest>();
}
