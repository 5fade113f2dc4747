import {
  ErrorCode,
  normalizeEmail,
  normalizePhone,
  normalizeText,
  validateProfileUpdate,
} from '@dvc/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { AuthUser } from '../common/auth/auth-user';
import { DomainError } from '../common/errors/domain-error';
import { RateLimitService } from '../common/rate-limit/rate-limit.service';
import { optionalText } from './account-directory.service';
import { AccountMailer } from './account-mailer';
import { accountMails, vnNow } from './account-mails';
import { ACCOUNT_LIMITS } from './account-rate-limits';
import { throwIfIssues } from './account-validation';
import type { UpdateProfileInput } from './dto/update-profile.input';
import { AccountEntity } from './entities/account.entity';

/**
 * Hồ sơ cá nhân: a partial update; a new e-mail address waits for its verification link.
 * A new address is rate limited (per account, per IP, per address) and answered the same way whether
 * or not another account uses it: a taken address gets no link, its owner a notice instead, so the
 * answer never tells whether an address is registered.
 */
@Injectable()
export class ProfileService {
  constructor(
    @InjectRepository(AccountEntity) private readonly accounts: Repository<AccountEntity>,
    private readonly mailer: AccountMailer,
    private readonly rateLimits: RateLimitService,
  ) {}

  async updateProfile(
    user: AuthUser,
    input: UpdateProfileInput,
    ip: string | undefined,
  ): Promise<AccountEntity> {
    const account = await this.accounts.findOneBy({ id: user.id });
    if (!account) throw new DomainError(ErrorCode.UNAUTHENTICATED);
    throwIfIssues(validateProfileUpdate(input));

    const changes: Partial<AccountEntity> = {};
    if (input.fullName !== undefined) changes.fullName = normalizeText(input.fullName as string);
    if (input.gender !== undefined) changes.gender = input.gender;
    if (input.dateOfBirth !== undefined) changes.dateOfBirth = (input.dateOfBirth as string).trim();
    if (input.phone !== undefined) changes.phone = normalizePhone(input.phone as string);
    if (input.provinceCode !== undefined) changes.provinceCode = optionalText(input.provinceCode);
    if (input.commune !== undefined) changes.commune = optionalText(input.commune);
    if (input.street !== undefined) changes.street = optionalText(input.street);

    let newEmail: string | null = null;
    if (input.email !== undefined) {
      const email = normalizeEmail(input.email as string);
      if (email === account.email) {
        changes.pendingEmail = null; // back to the current address: cancel a pending change
      } else if (email !== account.pendingEmail) {
        await this.rateLimits.consumeAll([
          [ACCOUNT_LIMITS.emailChangePerAccount, account.id],
          [ACCOUNT_LIMITS.emailChangePerIp, ip],
          [ACCOUNT_LIMITS.emailChangePerAddress, email],
        ]);
        changes.pendingEmail = email;
        newEmail = email;
      }
    }
    if (Object.keys(changes).length > 0) {
      await this.accounts.update({ id: account.id }, changes);
      Object.assign(account, changes);
    }
    if (newEmail) await this.mailNewAddress(account, newEmail);
    return account;
  }

  /** The verification link, or (the address is another account's) a notice to its owner. */
  private async mailNewAddress(account: AccountEntity, address: string): Promise<void> {
    const owner = await this.accounts.findOneBy({ email: address });
    if (!owner) return this.mailer.sendVerification(account, address, accountMails.verifyNewEmail);
    await this.mailer.queue(accountMails.emailChangeAttempt(address, owner.fullName, vnNow()));
  }
}
