import { ApiScope, ERROR_MESSAGES, ErrorCode, Role } from '@dvc/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { NextFunction, Response } from 'express';
import { Repository } from 'typeorm';
import type { AppRequest } from '../common/auth/auth-user';
import { DomainError } from '../common/errors/domain-error';
import { resolveClientIp } from '../common/http/client-ip';
import { RateLimitService } from '../common/rate-limit/rate-limit.service';
import { AppConfig } from '../config/app-config';
import { ApiClientEntity } from './entities/api-client.entity';
import { ApiTokenEntity } from './entities/api-token.entity';
import { IntegrationSecrets } from './integration-secrets';

/**
 * `Authorization: Bearer <token>` → `request.apiClient` (and the client described as `request.user`
 * for the services), before the session cookie is read (a token request never uses a cookie) and
 * before any body is parsed. A header that is not a usable token is refused here with 401, so that
 * nothing downstream (CSRF prevention included) ever sees an Authorization header that is not a
 * valid token. Each request is counted on its token and rate-limited per client.
 */
@Injectable()
export class ApiTokenMiddleware {
  constructor(
    @InjectRepository(ApiTokenEntity) private readonly tokens: Repository<ApiTokenEntity>,
    @InjectRepository(ApiClientEntity) private readonly clients: Repository<ApiClientEntity>,
    private readonly secrets: IntegrationSecrets,
    private readonly rateLimits: RateLimitService,
    private readonly config: AppConfig,
  ) {}

  async use(req: AppRequest, res: Response, next: NextFunction): Promise<void> {
    const header = req.headers.authorization;
    if (header === undefined) return next();
    try {
      const bearer = /^Bearer ([A-Za-z0-9_-]{10,200})$/.exec(header.trim());
      const found = bearer ? await this.resolve(bearer[1]) : null;
      if (!found)
        return refuse(
          res,
          401,
          ErrorCode.UNAUTHENTICATED,
          'Mã truy cập API không hợp lệ, đã hết hạn hoặc đã bị thu hồi.',
        );
      const { token, client } = found;
      await this.tokens
        .createQueryBuilder()
        .update(ApiTokenEntity)
        .set({ requestCount: () => 'request_count + 1', lastUsedAt: new Date() })
        .where('id = :id', { id: token.id })
        .execute();
      await this.rateLimits.consume(
        { name: 'api-client', limit: this.config.env.API_CLIENT_RATE_LIMIT, windowSeconds: 60 },
        client.id,
      );
      resolveClientIp(req);
      req.apiClient = {
        clientId: client.id,
        tokenId: token.id,
        name: client.name,
        agencyId: client.agencyId,
        scopes: client.scopes,
      };
      // How the services see the client: an officer of its agency (dossier rules), an administrator
      // for a whole-portal catalog:write client, and otherwise nobody (the public catalog view).
      const role = client.agencyId
        ? Role.OFFICER
        : client.scopes.includes(ApiScope.CATALOG_WRITE)
          ? Role.ADMIN
          : null;
      if (role) {
        req.user = {
          id: client.id,
          role,
          fullName: client.name,
          agencyId: client.agencyId,
          sessionId: `api-token:${token.id}`,
        };
      }
      next();
    } catch (error) {
      if (error instanceof DomainError && error.code === ErrorCode.TOO_MANY_ATTEMPTS) {
        res.setHeader('Retry-After', String(error.details['retryAfterSeconds'] ?? 60));
        return refuse(res, 429, error.code, error.message, error.details);
      }
      next(error);
    }
  }

  /** The token's row and its client, if the token is usable right now (checked on every request). */
  async resolve(secret: string): Promise<{ token: ApiTokenEntity; client: ApiClientEntity } | null> {
    const token = await this.tokens.findOneBy({ tokenHash: this.secrets.hashToken(secret) });
    if (!token || token.revokedAt || (token.expiresAt && token.expiresAt.getTime() <= Date.now()))
      return null;
    const client = await this.clients.findOneBy({ id: token.clientId });
    return client?.active ? { token, client } : null;
  }
}

function refuse(
  res: Response,
  status: number,
  code: ErrorCode,
  message = ERROR_MESSAGES[code].vi,
  details: Record<string, unknown> = {},
): void {
  if (status === 401) res.setHeader('WWW-Authenticate', 'Bearer');
  res.status(status).json({ errors: [{ message, extensions: { ...details, code } }], data: null });
}
