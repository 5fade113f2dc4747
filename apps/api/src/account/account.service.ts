import {
  EMAIL_VERIFICATION_TTL_SECONDS,
  ErrorCode,
  FieldIssues,
  REQUIRED_ISSUE,
  Gender,
  normalizeEmail,
  normalizePhone,
  normalizeText,
  normalizeUsername,
  PASSWORD_RESET_TTL_SECONDS,
  RESET_PASSWORD_PATH,
  Role,
  validateEmail,
  validateProfileUpdate,
  validateRegistration,
  VERIFY_EMAIL_PATH,
} from '@dvc/shared/domain';
import { Injectable, Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { InjectRepository } from '@nestjs/typeorm';
import { Not, Repository } from 'typeorm';
import type { AuthUser } from '../common/auth/auth-user';
import { DomainError } from '../common/errors/domain-error';
import { MailOutbox } from '../common/mail/mail-outbox.service';
import type { OutgoingMail } from '../common/mail/mail.service';
import { isUniqueViolation } from '../common/database/unique-violation';
import { RateLimitService } from '../common/rate-limit/rate-limit.service';
import { AppConfig } from '../config/app-config';
import { accountMails } from './account-mails';
import { ACCOUNT_LIMITS } from './account-rate-limits';
import { AccountTokensService } from './account-tokens.service';
import { assertPasswordPolicy, throwIfIssues } from './account-validation';
import { CaptchaService } from './captcha.service';
import type { RegisterInput } from './dto/register.input';
import type { UpdateProfileInput } from './dto/update-profile.input';
import { AccountTokenEntity, TokenPurpose } from './entities/account-token.entity';
import { AccountEntity } from './entities/account.entity';
import { PasswordHasher } from './password-hasher';
import { SessionService } from './session.service';

/** What the CLI, the demo seeder and tests give to create an account directly (no captcha, no mail). */
export interface NewAccount {
  username: string;
  email: string;
  password: string;
  fullName: string;
  role?: Role;
  agencyId?: string | null;
  citizenId?: string | null;
  dateOfBirth?: string | null;
  gender?: Gender | null;
  phone?: string | null;
  provinceCode?: string | null;
  verified?: boolean;
  demoPassword?: boolean;
}

const optional = (value: string | null | undefined): string | null =>
  value && value.trim() ? normalizeText(value) : null;

/**
 * Registration, e-mail verification, profile and passwords. Writes are single atomic statements
 * ordered so that a failure half-way leaves nothing a user cannot recover from (e.g. "resend the
 * verification mail"); unique indexes, not read-then-write checks, are what guarantees uniqueness.
 */
@Injectable()
export class AccountService {
  private readonly logger = new Logger(AccountService.name);

  constructor(
    @InjectRepository(AccountEntity) private readonly accounts: Repository<AccountEntity>,
    private readonly hasher: PasswordHasher,
    private readonly tokens: AccountTokensService,
    private readonly captcha: CaptchaService,
    private readonly outbox: MailOutbox,
    private readonly rateLimits: RateLimitService,
    private readonly sessions: SessionService,
    private readonly config: AppConfig,
  ) {}

  findById(id: string): Promise<AccountEntity | null> {
    return this.accounts.findOneBy({ id });
  }

  findByUsername(username: string): Promise<AccountEntity | null> {
    return this.accounts.findOneBy({ username: normalizeUsername(username) });
  }

  // ---- Registration and e-mail verification ----

  async register(input: RegisterInput, ip: string | undefined): Promise<AccountEntity> {
    await this.rateLimits.consumeAll([
      [ACCOUNT_LIMITS.registerPerIp, ip],
      [ACCOUNT_LIMITS.registerPerEmail, input.email ? normalizeEmail(input.email) : null],
    ]);
    const issues: FieldIssues = validateRegistration(input);
    if (!input.captchaAnswer?.trim()) {
      issues['captchaAnswer'] = REQUIRED_ISSUE;
    }
    throwIfIssues(issues);
    // The captcha is checked (and used up) before anything reveals whether a name is taken.
    await this.captcha.verify(input.captchaId, input.captchaAnswer);

    const values = {
      username: normalizeUsername(input.username),
      email: normalizeEmail(input.email),
      citizenId: input.citizenId.trim(),
    };
    await this.assertAvailable(values);
    const account = this.accounts.create({
      ...values,
      fullName: normalizeText(input.fullName),
      dateOfBirth: input.dateOfBirth.trim(),
      gender: input.gender,
      phone: normalizePhone(input.phone),
      provinceCode: optional(input.provinceCode),
      commune: optional(input.commune),
      street: optional(input.street),
      role: Role.CITIZEN,
      agencyId: null,
      pendingEmail: null,
      emailVerifiedAt: null,
      passwordHash: await this.hasher.hash(input.password),
      demoPassword: false,
      failedLoginCount: 0,
      createdAt: new Date(),
      updatedAt: new Date(),
    });
    await this.insertUnique(account);
    await this.sendVerification(account, account.email, accountMails.verifyEmail);
    return account;
  }

  async verifyEmail(token: string): Promise<AccountEntity> {
    const row = await this.tokens.consume(TokenPurpose.VERIFY_EMAIL, token);
    const account = await this.findById(row.accountId);
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
      await this.accounts.update(
        { id: account.id },
        { email: row.email, pendingEmail: null, emailVerifiedAt: now },
      );
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
    const account =
      (await this.accounts.findOneBy({ pendingEmail: address })) ??
      (await this.accounts.findOneBy({ email: address }));
    if (!account) return;
    if (account.pendingEmail === address) {
      await this.sendVerification(account, address, accountMails.verifyNewEmail);
    } else if (!account.emailVerifiedAt) {
      await this.sendVerification(account, address, accountMails.verifyEmail);
    }
  }

  // ---- Profile ----

  async updateProfile(user: AuthUser, input: UpdateProfileInput): Promise<AccountEntity> {
    const account = await this.findById(user.id);
    if (!account) throw new DomainError(ErrorCode.UNAUTHENTICATED);
    throwIfIssues(validateProfileUpdate(input));

    const changes: Partial<AccountEntity> = {};
    if (input.fullName !== undefined) changes.fullName = normalizeText(input.fullName as string);
    if (input.gender !== undefined) changes.gender = input.gender;
    if (input.dateOfBirth !== undefined) changes.dateOfBirth = (input.dateOfBirth as string).trim();
    if (input.phone !== undefined) changes.phone = normalizePhone(input.phone as string);
    if (input.provinceCode !== undefined) changes.provinceCode = optional(input.provinceCode);
    if (input.commune !== undefined) changes.commune = optional(input.commune);
    if (input.street !== undefined) changes.street = optional(input.street);

    let newEmail: string | null = null;
    if (input.email !== undefined) {
      const email = normalizeEmail(input.email as string);
      if (email === account.email) {
        changes.pendingEmail = null; // back to the current address: cancel a pending change
      } else if (email !== account.pendingEmail) {
        if (await this.accounts.existsBy({ email })) {
          throw new DomainError(ErrorCode.EMAIL_TAKEN, undefined, { fields: { email: EMAIL_TAKEN_MESSAGE } });
        }
        changes.pendingEmail = email;
        newEmail = email;
      }
    }
    if (Object.keys(changes).length > 0) {
      await this.accounts.update({ id: account.id }, changes);
      Object.assign(account, changes);
    }
    if (newEmail) await this.sendVerification(account, newEmail, accountMails.verifyNewEmail);
    return account;
  }

  // ---- Passwords ----

  async changePassword(user: AuthUser, currentPassword: string, newPassword: string): Promise<void> {
    await this.rateLimits.consume(ACCOUNT_LIMITS.changePasswordPerAccount, user.id);
    const account = await this.findById(user.id);
    if (!account) throw new DomainError(ErrorCode.UNAUTHENTICATED);
    if (!currentPassword || !(await this.hasher.verify(account.passwordHash, currentPassword))) {
      throw new DomainError(ErrorCode.WRONG_PASSWORD, undefined, {
        fields: { currentPassword: 'Mật khẩu hiện tại không đúng.' },
      });
    }
    assertPasswordPolicy(newPassword, account, 'newPassword');
    await this.setPassword(account, newPassword);
    await this.sessions.destroyOthers(account.id, user.sessionId);
    this.sendLater(accountMails.passwordChanged(account.email, account.fullName, vnNow()));
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
    this.sendLater(
      accountMails.resetPassword(address, account.fullName, this.link(RESET_PASSWORD_PATH, token)),
    );
  }

  async resetPassword(token: string, newPassword: string): Promise<void> {
    const row = await this.tokens.peek(TokenPurpose.RESET_PASSWORD, token);
    const account = await this.findById(row.accountId);
    // A link only works for the address it was mailed to: after an e-mail change, whoever still
    // reads the former mailbox must not be able to take the account over.
    if (!account || row.email !== account.email) throw new DomainError(ErrorCode.TOKEN_INVALID);
    // Checked before the token is used up, so a rejected password does not cost the link.
    assertPasswordPolicy(newPassword, account, 'newPassword');
    await this.tokens.consume(TokenPurpose.RESET_PASSWORD, token);
    await this.setPassword(account, newPassword, row);
    await this.sessions.destroyOthers(account.id, null);
  }

  // ---- Direct creation (CLI, demo seed, tests) ----

  /** Creates an account without captcha or e-mail; validates names, e-mail and the password policy. */
  async createAccount(data: NewAccount): Promise<AccountEntity> {
    const username = normalizeUsername(data.username);
    const email = normalizeEmail(data.email);
    const issues = validateRegistration({
      username,
      email,
      password: data.password,
      fullName: data.fullName,
    });
    throwIfIssues({
      username: issues.username,
      email: issues.email,
      password: issues.password,
      fullName: issues.fullName,
    });
    const citizenId = data.citizenId?.trim() || null;
    await this.assertAvailable({ username, email, citizenId });
    const account = this.accounts.create({
      username,
      email,
      citizenId,
      fullName: normalizeText(data.fullName),
      dateOfBirth: data.dateOfBirth ?? null,
      gender: data.gender ?? null,
      phone: data.phone ? normalizePhone(data.phone) : null,
      provinceCode: data.provinceCode ?? null,
      commune: null,
      street: null,
      role: data.role ?? Role.CITIZEN,
      agencyId: data.agencyId ?? null,
      pendingEmail: null,
      emailVerifiedAt: data.verified === false ? null : new Date(),
      passwordHash: await this.hasher.hash(data.password),
      demoPassword: data.demoPassword ?? false,
      failedLoginCount: 0,
      createdAt: new Date(),
      updatedAt: new Date(),
    });
    await this.insertUnique(account);
    return account;
  }

  countDemoPasswords(): Promise<number> {
    return this.accounts.countBy({ demoPassword: true });
  }

  /** Gives every demo account an unknown random password (kept, not deleted: dossiers refer to them). */
  async disableDemoPasswords(): Promise<number> {
    const demo = await this.accounts.findBy({ demoPassword: true });
    for (const account of demo) {
      await this.setPassword(account, randomBytes(24).toString('base64url'));
      await this.sessions.destroyOthers(account.id, null);
    }
    return demo.length;
  }

  // ---- Helpers ----

  private async setPassword(
    account: AccountEntity,
    password: string,
    reset?: AccountTokenEntity,
  ): Promise<void> {
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
    await this.accounts.update({ id: account.id }, changes);
    Object.assign(account, changes);
    // Reset links issued before this change (other than the one being used) stop working.
    await this.tokens.retire(account.id, TokenPurpose.RESET_PASSWORD);
  }

  private async sendVerification(
    account: AccountEntity,
    address: string,
    template: (to: string, fullName: string, link: string) => OutgoingMail,
  ): Promise<void> {
    const token = await this.tokens.issue(
      account.id,
      TokenPurpose.VERIFY_EMAIL,
      address,
      EMAIL_VERIFICATION_TTL_SECONDS,
    );
    // Queued: the outbox worker sends it after this request and retries while SMTP is down.
    try {
      await this.outbox.enqueue(
        null,
        template(address, account.fullName, this.link(VERIFY_EMAIL_PATH, token)),
      );
    } catch (error) {
      // The account stays; the user can ask for a new link.
      this.logger.error(`Could not queue the verification e-mail to ${address}: ${(error as Error).message}`);
    }
  }

  private sendLater(mail: OutgoingMail): void {
    this.outbox.enqueue(null, mail).catch((error: unknown) => {
      this.logger.error(`Could not queue "${mail.subject}" to ${mail.to}: ${(error as Error).message}`);
    });
  }

  private link(path: string, token: string): string {
    return `${this.config.env.PUBLIC_URL}${path}?token=${encodeURIComponent(token)}`;
  }

  /** USERNAME_TAKEN / EMAIL_TAKEN / CITIZEN_ID_TAKEN (the first that applies), naming every taken field. */
  private async assertAvailable(values: { username: string; email: string; citizenId: string | null }) {
    const taken: Record<string, string> = {};
    if (await this.accounts.existsBy({ username: values.username }))
      taken['username'] = USERNAME_TAKEN_MESSAGE;
    if (await this.accounts.existsBy({ email: values.email })) taken['email'] = EMAIL_TAKEN_MESSAGE;
    if (values.citizenId && (await this.accounts.existsBy({ citizenId: values.citizenId }))) {
      taken['citizenId'] = CITIZEN_ID_TAKEN_MESSAGE;
    }
    if (taken['username']) throw new DomainError(ErrorCode.USERNAME_TAKEN, undefined, { fields: taken });
    if (taken['email']) throw new DomainError(ErrorCode.EMAIL_TAKEN, undefined, { fields: taken });
    if (taken['citizenId']) throw new DomainError(ErrorCode.CITIZEN_ID_TAKEN, undefined, { fields: taken });
  }

  /** Inserts; a unique-index race with a concurrent registration is reported like the check above. */
  private async insertUnique(account: AccountEntity): Promise<void> {
    try {
      await this.accounts.insert(account);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      await this.assertAvailable(account);
      throw error;
    }
  }
}

const USERNAME_TAKEN_MESSAGE = 'Tên đăng nhập đã được sử dụng, vui lòng chọn tên khác.';
const EMAIL_TAKEN_MESSAGE = 'Địa chỉ e-mail đã được sử dụng cho tài khoản khác.';
const CITIZEN_ID_TAKEN_MESSAGE = 'Số CCCD này đã được dùng để đăng ký tài khoản.';

function vnNow(): string {
  return new Intl.DateTimeFormat('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(new Date());
}
