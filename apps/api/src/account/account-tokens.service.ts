import { ErrorCode } from '@dvc/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { DomainError } from '../common/errors/domain-error';
import { AccountSecrets } from './account-secrets';
import { AccountTokenEntity, TokenPurpose } from './entities/account-token.entity';

/** Single-use, expiring tokens for e-mailed links. The link carries the token; the row, its HMAC. */
@Injectable()
export class AccountTokensService {
  constructor(
    @InjectRepository(AccountTokenEntity) private readonly tokens: Repository<AccountTokenEntity>,
    private readonly secrets: AccountSecrets,
  ) {}

  /** Issues a new token and retires the account's earlier unused ones of the same purpose. */
  async issue(accountId: string, purpose: TokenPurpose, email: string, ttlSeconds: number): Promise<string> {
    const now = new Date();
    await this.retire(accountId, purpose);
    const token = this.secrets.newToken();
    await this.tokens.insert(
      this.tokens.create({
        accountId,
        purpose,
        email,
        tokenHash: this.secrets.hash(purpose, token),
        expiresAt: new Date(now.getTime() + ttlSeconds * 1000),
        createdAt: now,
      }),
    );
    return token;
  }

  /** Retires every unused token of the account with this purpose (e.g. reset links after a password change). */
  async retire(accountId: string, purpose: TokenPurpose): Promise<void> {
    await this.tokens.update({ accountId, purpose, usedAt: IsNull() }, { usedAt: new Date() });
  }

  /** The token if it could be used now (TOKEN_INVALID / TOKEN_EXPIRED otherwise), without using it. */
  async peek(purpose: TokenPurpose, token: string | null | undefined): Promise<AccountTokenEntity> {
    if (!token || token.length > 100) throw new DomainError(ErrorCode.TOKEN_INVALID);
    const row = await this.tokens.findOneBy({ tokenHash: this.secrets.hash(purpose, token), purpose });
    if (!row || row.usedAt) throw new DomainError(ErrorCode.TOKEN_INVALID);
    if (row.expiresAt.getTime() <= Date.now()) throw new DomainError(ErrorCode.TOKEN_EXPIRED);
    return row;
  }

  /**
   * Marks the token used and returns it: TOKEN_INVALID when unknown or already used, TOKEN_EXPIRED
   * when too old. The conditional update makes "single use" hold even for two clicks at once.
   */
  async consume(purpose: TokenPurpose, token: string | null | undefined): Promise<AccountTokenEntity> {
    const row = await this.peek(purpose, token);
    const usedAt = new Date();
    const result = await this.tokens.update({ id: row.id, usedAt: IsNull() }, { usedAt });
    if (!result.affected) throw new DomainError(ErrorCode.TOKEN_INVALID);
    return Object.assign(row, { usedAt });
  }
}
