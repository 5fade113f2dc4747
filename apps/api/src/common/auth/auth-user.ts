import { Role } from '@dvc/shared/domain';
import type { Request } from 'express';

/** Who is calling: set on `request.user` by the account feature's session middleware. */
export interface AuthUser {
  id: string;
  role: Role;
  fullName: string;
  /** The officer's agency; null for citizens and admins. */
  agencyId: string | null;
  /** Id of the session row, so "end my other sessions" can keep this one. */
  sessionId: string;
}

export type AppRequest = Request & { user?: AuthUser; clientIp?: string };
