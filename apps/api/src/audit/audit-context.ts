import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { AuthUser } from '../common/auth/auth-user';
import { plainAddress } from '../common/http/client-ip';

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
  // req.ip honours TRUST_PROXY (a hop count), as the session middleware's clientIp does.
  const address = req.clientIp ?? req.ip ?? req.socket?.remoteAddress;
  return { user: req.user ?? null, ip: address ? plainAddress(address).slice(0, 45) : null };
}
