import {
  ErrorCode,
  normalizeEmail,
  PASSWORD_RESET_TTL_SECONDS,
  RESET_PASSWORD_PATH,
  validateEmail,
} from '@dvc/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { AuthUser } from '../common/auth/auth-user';
import { AuditAction, AuditLog, AuditTarget } from '../audit/audit-log';
import { TransactionRunner } from '../common/database/transaction-runner';
import { DomainError } from '../common/errors/domain-error';
import { RateLimitService } from '../common/rate-limit/rate-limit.service';
import { AccountMailer } from './account-mailer';
import { accountMails, vnNow } from './account-mails';
import { ACCOUNT_LIMITS } from './account-rate-limits';
import { AccountTokensService } from './account-tokens.service';
import { assertPasswordPolicy } from './account-validation';
import { AccountTokenEntity, TokenPurpose } from './entities/account-token.entity';
import { AccountEntity } from './entities/account.entity';
import { PasswordHasher } from './password-hasher';
import { SessionService } from './session.service';

/** Passwords: change (signed in), reset by a mailed link, and the one way a password is stored. */
@Injectable()
export class AccountPasswords {
  constructor(
    @InjectRepository(AccountEntity) private readonly accounts: Repository<AccountEntity>,
    private readonly hasher: PasswordHasher,
    private readonly tokens: AccountTokensService,
    private readonly mailer: AccountMailer,
    private readonly rateLimits: RateLimitService,
    private readonly sessions: SessionService,
    private readonly tx: TransactionRunner,
  ) {}

  async changePassword(user: AuthUser, currentPassword: string, newPassword: string): Promise<void> {
    await this.rateLimits.consume(ACCOUNT_LIMITS.changePasswordPerAccount, user.id);
    const account = await this.accounts.findOneBy({ id: user.id });
    if (!account) throw new DomainError(ErrorCode.UNAUTHENTICATED);
    if (!currentPassword || !(await this.hasher.verify(account.passwordHash, currentPassword))) {
      throw new DomainError(ErrorCode.WRONG_PASSWORD, undefined, {
        fields: { currentPassword: 'Mật khẩu hiện tại không đúng.' },
      });
    }
    assertPasswordPolicy(newPassword, account, 'newPassword');
    await this.setPassword(account, newPassword);
    await this.sessions.destroyOthers(account.id, user.sessionId);
    this.mailer.sendLater(accountMails.passwordChanged(account.email, account.fullName, vnNow()));
  }

  /** Always answers the same way; a link goes out only when the address belongs to an account. */
  async requestPasswordReset(email: string, ip: string | undefined): Promise<void> {
    const address = normalizeEmail(email ?? '');
    await this.rateLimits.consumeAll([
      [ACCOUNT_LIMITS.resetPerIp, ip],
      [ACCOUNT_LIMITS.resetPerEmail, address],
    ]);
    const bad = validateEmail(address);
    if (bad) throw DomainError.validation({ email: bad });
    const account = await this.accounts.findOneBy({ email: address });
    if (!account) return;
    const token = await this.tokens.issue(
      account.id,
      TokenPurpose.RESET_PASSWORD,
      address,
      PASSWORD_RESET_TTL_SECONDS,
    );
    // Not awaited: the answer must not take longer when the account exists.
    this.mailer.sendLater(
      accountMails.resetPassword(address, account.fullName, this.mailer.link(RESET_PASSWORD_PATH, token)),
    );
  }

  async resetPassword(token: string, newPassword: string): Promise<void> {
    const row = await this.tokens.peek(TokenPurpose.RESET_PASSWORD, token);
    const account = await this.accounts.findOneBy({ id: row.accountId });
    // A link only works for the address it was mailed to: after an e-mail change, whoever still
    // reads the former mailbox must not be able to take the account over.
    if (!account || row.email !== account.email) throw new DomainError(ErrorCode.TOKEN_INVALID);
    // Checked before the token is used up, so a rejected password does not cost the link.
    assertPasswordPolicy(newPassword, account, 'newPassword');
    await this.tokens.consume(TokenPurpose.RESET_PASSWORD, token);
    await this.setPassword(account, newPassword, row);
    await this.sessions.destroyOthers(account.id, null);
  }

  /** Stores a new password; `reset` is the link being used, which also proves the address. */
  async setPassword(account: AccountEntity, password: string, reset?: AccountTokenEntity): Promise<void> {
    const now = new Date();
    const changes: Partial<AccountEntity> = {
      passwordHash: await this.hasher.hash(password),
      passwordChangedAt: now,
      demoPassword: false,
      failedLoginCount: 0,
      lastFailedLoginAt: null,
    };
    // A reset link that reached the account's address proves it, as a verification link would.
    if (reset && reset.email === account.email && !account.emailVerifiedAt) changes.emailVerifiedAt = now;
    await this.tx.run(async (em) => {
      await em.update(AccountEntity, { id: account.id }, changes);
      // A reset is made by whoever holds the link: the account itself is the actor.
      await AuditLog.record(em, {
        action: reset ? AuditAction.PASSWORD_RESET : AuditAction.PASSWORD_CHANGED,
        targetType: AuditTarget.ACCOUNT,
        targetId: account.id,
        ...(reset ? { actor: { id: account.id, name: account.fullName, role: account.role } } : {}),
      });
    });
    Object.assign(account, changes);
    // Reset links issued before this change (other than the one being used) stop working.
    await this.tokens.retire(account.id, TokenPurpose.RESET_PASSWORD);
  }
}
