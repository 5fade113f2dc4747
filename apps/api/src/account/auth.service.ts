import { ErrorCode, normalizeEmail, normalizeUsername } from '@dvc/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { DomainError } from '../common/errors/domain-error';
import { RateLimitService } from '../common/rate-limit/rate-limit.service';
import { ACCOUNT_LIMITS, failedLoginDelaySeconds } from './account-rate-limits';
import { AccountEntity } from './entities/account.entity';
import { PasswordHasher } from './password-hasher';

/**
 * Checks a username-or-e-mail and password (called by the passport-local strategy). Answers
 * INVALID_CREDENTIALS alike for an unknown name and a wrong password, spending the same argon2 time;
 * ACCOUNT_NOT_VERIFIED only once the password was right. After 5 failures in a row the account
 * must wait before the next try (30 s, doubling up to 15 min), whatever the password.
 */
@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(AccountEntity) private readonly accounts: Repository<AccountEntity>,
    private readonly hasher: PasswordHasher,
    private readonly rateLimits: RateLimitService,
  ) {}

  async authenticate(identifier: string, password: string, ip: string | undefined): Promise<AccountEntity> {
    const name = identifier.includes('@') ? normalizeEmail(identifier) : normalizeUsername(identifier);
    await this.rateLimits.consumeAll([
      [ACCOUNT_LIMITS.loginPerIp, ip],
      [ACCOUNT_LIMITS.loginPerAccount, name],
    ]);
    const account = await this.accounts.findOneBy(name.includes('@') ? { email: name } : { username: name });
    if (!account) {
      await this.hasher.verifyNothing(password);
      throw new DomainError(ErrorCode.INVALID_CREDENTIALS);
    }
    this.assertNotDelayed(account);
    if (!(await this.hasher.verify(account.passwordHash, password))) {
      await this.accounts
        .createQueryBuilder()
        .update(AccountEntity)
        .set({ failedLoginCount: () => 'failed_login_count + 1', lastFailedLoginAt: new Date() })
        .where('id = :id', { id: account.id })
        .execute();
      throw new DomainError(ErrorCode.INVALID_CREDENTIALS);
    }
    if (!account.emailVerifiedAt) throw new DomainError(ErrorCode.ACCOUNT_NOT_VERIFIED);
    const changes: Partial<AccountEntity> = {};
    if (account.failedLoginCount > 0)
      Object.assign(changes, { failedLoginCount: 0, lastFailedLoginAt: null });
    if (this.hasher.needsRehash(account.passwordHash))
      changes.passwordHash = await this.hasher.hash(password);
    if (Object.keys(changes).length > 0) {
      await this.accounts.update({ id: account.id }, changes);
      Object.assign(account, changes);
    }
    return account;
  }

  private assertNotDelayed(account: AccountEntity): void {
    if (this.rateLimits.disabled || !account.lastFailedLoginAt) return;
    const delay = failedLoginDelaySeconds(account.failedLoginCount);
    const waitMs = account.lastFailedLoginAt.getTime() + delay * 1000 - Date.now();
    if (delay > 0 && waitMs > 0) throw DomainError.tooManyAttempts(waitMs / 1000);
  }
}
