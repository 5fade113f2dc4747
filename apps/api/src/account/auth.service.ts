import { ErrorCode, normalizeEmail, normalizeUsername } from '@dvc/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, Repository } from 'typeorm';
import { AuditAction, AuditLog, AuditTarget } from '../audit/audit-log';
import { DomainError } from '../common/errors/domain-error';
import { delaySteps, mayTryAgain, RateLimitService } from '../common/rate-limit/rate-limit.service';
import { ACCOUNT_LIMITS, failedLoginDelaySeconds, UNKNOWN_NAME_LOGIN_STREAK } from './account-rate-limits';
import { AccountEntity } from './entities/account.entity';
import { PasswordHasher } from './password-hasher';

/**
 * Checks a username-or-e-mail and password (called by the passport-local strategy). Answers
 * INVALID_CREDENTIALS alike for an unknown name and a wrong password, spending the same argon2 time;
 * ACCOUNT_NOT_VERIFIED only once the password was right. After 5 failures in a row the account
 * must wait before the next try (30 s, doubling up to 15 min), whatever the password.
 *
 * Each attempt on an existing account is first claimed with one conditional UPDATE that counts it
 * as a failure only if the account is not waiting: concurrent requests cannot all read "4 failures"
 * and all go on to guess. A right password then clears the count. A name without an account goes
 * through the same steps (its streak in the rate-limit table), so the answers never tell them apart.
 */
@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(AccountEntity) private readonly accounts: Repository<AccountEntity>,
    private readonly hasher: PasswordHasher,
    private readonly rateLimits: RateLimitService,
  ) {}

  /**
   * Every success and every refused password (unknown name, wrong password, unverified) goes to the
   * audit log; a refusal for waiting or rate limits does not (a flood would only fill the log).
   * Login writes no transaction of its own: the entry is a statement of its own.
   */
  async authenticate(identifier: string, password: string, ip: string | undefined): Promise<AccountEntity> {
    try {
      const account = await this.check(identifier, password, ip);
      account.lastLoginAt = new Date();
      await this.accounts.update({ id: account.id }, { lastLoginAt: account.lastLoginAt });
      await AuditLog.record(this.accounts.manager, {
        action: AuditAction.LOGIN_SUCCEEDED,
        targetType: AuditTarget.ACCOUNT,
        targetId: account.id,
        actor: { id: account.id, name: account.fullName, role: account.role },
      });
      return account;
    } catch (error) {
      if (error instanceof DomainError && AUDITED_LOGIN_FAILURES.includes(error.code)) {
        await AuditLog.record(this.accounts.manager, {
          action: AuditAction.LOGIN_FAILED,
          targetType: AuditTarget.ACCOUNT,
          actor: null,
          summary: { identifier: identifier.slice(0, 100), reason: error.code },
        });
      }
      throw error;
    }
  }

  private async check(identifier: string, password: string, ip: string | undefined): Promise<AccountEntity> {
    const name = identifier.includes('@') ? normalizeEmail(identifier) : normalizeUsername(identifier);
    await this.rateLimits.consumeAll([
      [ACCOUNT_LIMITS.loginPerIp, ip],
      [ACCOUNT_LIMITS.loginPerAccount, name],
    ]);
    const account = await this.accounts.findOneBy(name.includes('@') ? { email: name } : { username: name });
    if (!account) {
      // The same steps as for an account: a wait after 5 failures, and one argon2 verification.
      await this.rateLimits.claimAttempt(UNKNOWN_NAME_LOGIN_STREAK, name);
      await this.hasher.verifyNothing(password);
      throw new DomainError(ErrorCode.INVALID_CREDENTIALS);
    }
    await this.claimAttempt(account.id);
    // Counted as a failure already: a wrong password has nothing more to record.
    if (!(await this.hasher.verify(account.passwordHash, password))) {
      throw new DomainError(ErrorCode.INVALID_CREDENTIALS);
    }
    const changes: Partial<AccountEntity> = { failedLoginCount: 0, lastFailedLoginAt: null };
    if (this.hasher.needsRehash(account.passwordHash))
      changes.passwordHash = await this.hasher.hash(password);
    await this.accounts.update({ id: account.id }, changes);
    Object.assign(account, changes);
    if (!account.emailVerifiedAt) throw new DomainError(ErrorCode.ACCOUNT_NOT_VERIFIED);
    // Deactivated by an admin (issue 14): told only once the password was right.
    if (account.deactivatedAt) throw new DomainError(ErrorCode.ACCOUNT_DISABLED);
    return account;
  }

  /**
   * Counts this attempt as a failure in the same statement that checks the account is not waiting
   * (TOO_MANY_ATTEMPTS with the wait otherwise).
   */
  private async claimAttempt(accountId: string): Promise<void> {
    const now = new Date();
    const query = this.accounts
      .createQueryBuilder()
      .update(AccountEntity)
      .set({ failedLoginCount: () => 'failed_login_count + 1', lastFailedLoginAt: now })
      .where('id = :id', { id: accountId });
    if (!this.rateLimits.disabled) {
      query.andWhere(
        new Brackets((w) =>
          mayTryAgain(
            w,
            { count: 'failed_login_count', time: 'last_failed_login_at' },
            DELAY_STEPS,
            (seconds) => new Date(now.getTime() - seconds * 1000),
            'a',
          ),
        ),
      );
    }
    const claimed = await query.execute();
    if (claimed.affected) return;
    const account = await this.accounts.findOneBy({ id: accountId });
    const last = account?.lastFailedLoginAt?.getTime() ?? now.getTime();
    const waitMs = last + failedLoginDelaySeconds(account?.failedLoginCount ?? 0) * 1000 - Date.now();
    throw DomainError.tooManyAttempts(Math.max(1, waitMs / 1000));
  }
}

const DELAY_STEPS = delaySteps(failedLoginDelaySeconds);
const AUDITED_LOGIN_FAILURES: ErrorCode[] = [
  ErrorCode.INVALID_CREDENTIALS,
  ErrorCode.ACCOUNT_NOT_VERIFIED,
  ErrorCode.ACCOUNT_DISABLED,
];
