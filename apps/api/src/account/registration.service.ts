import {
  ErrorCode,
  fieldIssue,
  FieldIssues,
  normalizeEmail,
  normalizePhone,
  normalizeText,
  normalizeUsername,
  PRIVACY_NOTICE_VERSION,
  REQUIRED_ISSUE,
  Role,
  validateEmail,
  validateRegistration,
} from '@dvc/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Not, Repository } from 'typeorm';
import { isUniqueViolation } from '../common/database/unique-violation';
import { AuditAction, AuditLog, AuditTarget } from '../audit/audit-log';
import { TransactionRunner } from '../common/database/transaction-runner';
import { DomainError } from '../common/errors/domain-error';
import { RateLimitService } from '../common/rate-limit/rate-limit.service';
import { AccountDirectory, EMAIL_TAKEN_MESSAGE, optionalText } from './account-directory.service';
import { AccountMailer } from './account-mailer';
import { accountMails } from './account-mails';
import { ACCOUNT_LIMITS } from './account-rate-limits';
import { AccountTokensService } from './account-tokens.service';
import { throwIfIssues } from './account-validation';
import { CaptchaService } from './captcha.service';
import type { RegisterInput } from './dto/register.input';
import { TokenPurpose } from './entities/account-token.entity';
import { AccountEntity } from './entities/account.entity';
import { PasswordHasher } from './password-hasher';

const CONSENT_ISSUE = fieldIssue('consentRequired');

/**
 * Registration with captcha, and e-mail verification (of a new account or of a changed address).
 * Writes are single atomic statements ordered so that a failure half-way leaves nothing a user
 * cannot recover from ("resend the verification mail"); unique indexes guarantee uniqueness.
 */
@Injectable()
export class RegistrationService {
  constructor(
    @InjectRepository(AccountEntity) private readonly accounts: Repository<AccountEntity>,
    private readonly directory: AccountDirectory,
    private readonly hasher: PasswordHasher,
    private readonly tokens: AccountTokensService,
    private readonly captcha: CaptchaService,
    private readonly mailer: AccountMailer,
    private readonly rateLimits: RateLimitService,
    private readonly tx: TransactionRunner,
  ) {}

  async register(input: RegisterInput, ip: string | undefined): Promise<AccountEntity> {
    await this.rateLimits.consumeAll([
      [ACCOUNT_LIMITS.registerPerIp, ip],
      [ACCOUNT_LIMITS.registerPerEmail, input.email ? normalizeEmail(input.email) : null],
    ]);
    const issues: FieldIssues = validateRegistration(input);
    if (!input.captchaAnswer?.trim()) issues['captchaAnswer'] = REQUIRED_ISSUE;
    throwIfIssues(issues);
    // Consent is its own answer (after the other fields, so those are fixed first), before the captcha is used up.
    if (input.privacyConsent !== true) {
      throw DomainError.withFields(ErrorCode.CONSENT_REQUIRED, { privacyConsent: CONSENT_ISSUE });
    }
    // The captcha is checked (and used up) before anything reveals whether a name is taken.
    await this.captcha.verify(input.captchaId, input.captchaAnswer);

    const values = {
      username: normalizeUsername(input.username),
      email: normalizeEmail(input.email),
      citizenId: input.citizenId.trim(),
    };
    await this.directory.assertAvailable(values);
    const account = this.accounts.create({
      ...values,
      fullName: normalizeText(input.fullName),
      dateOfBirth: input.dateOfBirth.trim(),
      gender: input.gender,
      phone: normalizePhone(input.phone),
      provinceCode: optionalText(input.provinceCode),
      commune: optionalText(input.commune),
      street: optionalText(input.street),
      role: Role.CITIZEN,
      agencyId: null,
      pendingEmail: null,
      emailVerifiedAt: null,
      passwordHash: await this.hasher.hash(input.password),
      demoPassword: false,
      failedLoginCount: 0,
      privacyNoticeVersion: PRIVACY_NOTICE_VERSION,
      privacyConsentAt: new Date(),
      createdAt: new Date(),
      updatedAt: new Date(),
    });
    await this.directory.insertUnique(account);
    await this.mailer.sendVerification(account, account.email, accountMails.verifyEmail);
    return account;
  }

  async verifyEmail(token: string): Promise<AccountEntity> {
    const row = await this.tokens.consume(TokenPurpose.VERIFY_EMAIL, token);
    const account = await this.directory.findById(row.accountId);
    if (!account) throw new DomainError(ErrorCode.TOKEN_INVALID);
    const now = new Date();
    if (row.email === account.email) {
      if (!account.emailVerifiedAt) {
        await this.accounts.update({ id: account.id }, { emailVerifiedAt: now });
        account.emailVerifiedAt = now;
      }
      return account;
    }
    // An e-mail change: only the latest requested address can be confirmed.
    if (account.pendingEmail !== row.email) throw new DomainError(ErrorCode.TOKEN_INVALID);
    if (await this.accounts.existsBy({ email: row.email, id: Not(account.id) })) {
      throw new DomainError(ErrorCode.EMAIL_TAKEN, undefined, { fields: { email: EMAIL_TAKEN_MESSAGE } });
    }
    try {
      await this.tx.run(async (em) => {
        await em.update(
          AccountEntity,
          { id: account.id },
          { email: row.email, pendingEmail: null, emailVerifiedAt: now },
        );
        // Confirmed by the link mailed to the new address: the account itself is the actor.
        await AuditLog.record(em, {
          action: AuditAction.EMAIL_CHANGED,
          targetType: AuditTarget.ACCOUNT,
          targetId: account.id,
          summary: { before: { email: account.email }, after: { email: row.email } },
          actor: { id: account.id, name: account.fullName, role: account.role },
        });
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new DomainError(ErrorCode.EMAIL_TAKEN);
      throw error;
    }
    // Reset links mailed to the former address must not outlive it.
    await this.tokens.retire(account.id, TokenPurpose.RESET_PASSWORD);
    return Object.assign(account, { email: row.email, pendingEmail: null, emailVerifiedAt: now });
  }

  /** Sends a new link to an unverified account or a pending new address; says nothing either way. */
  async resendVerification(email: string, ip: string | undefined): Promise<void> {
    const address = normalizeEmail(email ?? '');
    await this.rateLimits.consumeAll([
      [ACCOUNT_LIMITS.resendPerIp, ip],
      [ACCOUNT_LIMITS.resendPerEmail, address],
    ]);
    const bad = validateEmail(address);
    if (bad) throw DomainError.validation({ email: bad });
    // The address's owner first: an address another account merely asked for (updateProfile answers
    // alike for a taken address) must not bring its owner a link to give it away.
    const account =
      (await this.accounts.findOneBy({ email: address })) ??
      (await this.accounts.findOneBy({ pendingEmail: address }));
    if (!account) return;
    if (account.pendingEmail === address) {
      await this.mailer.sendVerification(account, address, accountMails.verifyNewEmail);
    } else if (!account.emailVerifiedAt) {
      await this.mailer.sendVerification(account, address, accountMails.verifyEmail);
    }
  }
}
