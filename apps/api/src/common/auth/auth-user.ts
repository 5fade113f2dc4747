import { ApiScope, Role } from '@dvc/shared/domain';
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

/**
 * An API client calling with `Authorization: Bearer <token>` (set by the integration feature's token
 * middleware). Such a request has no session: the AccessGuard opens only the operations its scopes
 * name (token-scopes.ts), whatever `user` says; `user` then describes the client to the services
 * (an OFFICER of the client's agency, an ADMIN for a whole-portal catalog:write client, else absent)
 * so that they apply the same rules as for a person.
 */
export interface ApiClientPrincipal {
  clientId: string;
  tokenId: string;
  name: string;
  agencyId: string | null;
  scopes: readonly ApiScope[];
}

export type AppRequest = Request & { user?: AuthUser; clientIp?: string; apiClient?: ApiClientPrincipal };
