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
import { EMAIL_TAKEN_MESSAGE, optionalText } from './account-directory.service';
import { AccountMailer } from './account-mailer';
import { accountMails } from './account-mails';
import { throwIfIssues } from './account-validation';
import type { UpdateProfileInput } from './dto/update-profile.input';
import { AccountEntity } from './entities/account.entity';

/** Hồ sơ cá nhân: a partial update; a new e-mail address waits for its verification link. */
@Injectable()
export class ProfileService {
  constructor(
    @InjectRepository(AccountEntity) private readonly accounts: Repository<AccountEntity>,
    private readonly mailer: AccountMailer,
  ) {}

  async updateProfile(user: AuthUser, input: UpdateProfileInput): Promise<AccountEntity> {
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
    if (newEmail) await this.mailer.sendVerification(account, newEmail, accountMails.verifyNewEmail);
    return account;
  }
}
