import { Injectable } from '@nestjs/common';
import cookieParser from 'cookie-parser';
import type { Request, Response } from 'express';
import type { IncomingMessage } from 'node:http';
import type { AppRequest, AuthUser } from '../common/auth/auth-user';
import { SubscriptionAuthenticator } from '../common/graphql/subscription-auth';
import { SessionService } from './session.service';

const parseCookies = cookieParser();

/**
 * GraphQL subscriptions authenticate with the same session cookie as HTTP requests: the cookie of the
 * WebSocket upgrade request is parsed the way the HTTP middleware parses it, and the session resolved
 * without extending its idle time.
 */
@Injectable()
export class WsSessionAuthenticator extends SubscriptionAuthenticator {
  constructor(private readonly sessions: SessionService) {
    super();
  }

  async authenticate(request: IncomingMessage): Promise<AuthUser | null> {
    const req = request as AppRequest & { cookies?: Record<string, string> };
    if (!req.cookies) parseCookies(req as Request, {} as Response, () => undefined);
    const active = await this.sessions.resolve(this.sessions.tokenFrom(req), { touch: false });
    if (!active) return null;
    const { account, session } = active;
    return {
      id: account.id,
      role: account.role,
      fullName: account.fullName,
      agencyId: account.agencyId,
      sessionId: session.id,
    };
  }
}
