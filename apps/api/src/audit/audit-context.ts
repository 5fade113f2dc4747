import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { AuthUser } from '../common/auth/auth-user';
import { resolveClientIp } from '../common/http/client-ip';

/**
 * The request an audit entry is written for, kept in the request's async context so that services
 * deep below a resolver can name the actor and their address without every signature carrying them.
 * The request object itself is kept: the session middleware sets `req.user` after this one runs.
 */
const requests = new AsyncLocalStorage<Request>();

@Injectable()
export class AuditContextMiddleware implements NestMiddleware {
  use(req: Request, _res: Response, next: NextFunction): void {
    requests.run(req, next);
  }
}

export interface RequestActor {
  user: AuthUser | null;
  ip: string | null;
}

/** The caller of the current request (nothing outside a request: seeders, jobs, the CLI). */
export function currentRequestActor(): RequestActor {
  const req = requests.getStore() as (Request & { user?: AuthUser; clientIp?: string }) | undefined;
  if (!req) return { user: null, ip: null };
  return { user: req.user ?? null, ip: resolveClientIp(req)?.slice(0, 45) ?? null };
}
