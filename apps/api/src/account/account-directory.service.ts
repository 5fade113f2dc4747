import { ErrorCode, normalizeText, normalizeUsername } from '@dvc/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { isUniqueViolation } from '../common/database/unique-violation';
import { DomainError } from '../common/errors/domain-error';
import { AccountEntity } from './entities/account.entity';

export const USERNAME_TAKEN_MESSAGE = 'Tên đăng nhập đã được sử dụng, vui lòng chọn tên khác.';
export const EMAIL_TAKEN_MESSAGE = 'Địa chỉ e-mail đã được sử dụng cho tài khoản khác.';
const CITIZEN_ID_TAKEN_MESSAGE = 'Số CCCD này đã được dùng để đăng ký tài khoản.';

/** An optional profile text as stored: normalised, or null when left empty. */
export const optionalText = (value: string | null | undefined): string | null =>
  value && value.trim() ? normalizeText(value) : null;

/** What another feature may read of a person's profile (a dossier prefills its applicant with it). */
export type AccountProfile = Pick<
  AccountEntity,
  | 'id'
  | 'fullName'
  | 'citizenId'
  | 'dateOfBirth'
  | 'gender'
  | 'phone'
  | 'email'
  | 'provinceCode'
  | 'commune'
  | 'street'
>;

/**
 * Who has an account: look-ups, and the uniqueness of usernames, e-mails and CCCDs. The account
 * feature's exported reader, so other features never query AccountEntity for a profile themselves.
 */
@Injectable()
export class AccountDirectory {
  constructor(@InjectRepository(AccountEntity) private readonly accounts: Repository<AccountEntity>) {}

  findById(id: string): Promise<AccountEntity | null> {
    return this.accounts.findOneBy({ id });
  }

  findByUsername(username: string): Promise<AccountEntity | null> {
    return this.accounts.findOneBy({ username: normalizeUsername(username) });
  }

  profile(id: string): Promise<AccountProfile | null> {
    return this.accounts.findOneBy({ id });
  }

  /** USERNAME_TAKEN / EMAIL_TAKEN / CITIZEN_ID_TAKEN (the first that applies), naming every taken field. */
  async assertAvailable(values: {
    username: string;
    email: string;
    citizenId: string | null;
  }): Promise<void> {
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
  async insertUnique(account: AccountEntity): Promise<void> {
    try {
      await this.accounts.insert(account);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      await this.assertAvailable(account);
      throw error;
    }
  }
}
