import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Response } from 'express';
import type { AppRequest } from '../common/auth/auth-user';
import { resolveClientIp } from '../common/http/client-ip';
import { SessionService } from './session.service';

/**
 * Runs before every route (GraphQL and REST): turns the session cookie into `request.user`, or
 * clears a cookie whose session has ended. Access decisions are the AccessGuard's.
 */
@Injectable()
export class SessionMiddleware implements NestMiddleware {
  constructor(private readonly sessions: SessionService) {}

  async use(req: AppRequest, res: Response, next: NextFunction): Promise<void> {
    try {
      resolveClientIp(req);
      const token = this.sessions.tokenFrom(req);
      if (token) {
        const active = await this.sessions.resolve(token);
        if (active) {
          const { account, session } = active;
          req.user = {
            id: account.id,
            role: account.role,
            fullName: account.fullName,
            agencyId: account.agencyId,
            sessionId: session.id,
          };
        } else {
          this.sessions.clearCookie(res);
        }
      }
      next();
    } catch (error) {
      next(error);
    }
  }
}
