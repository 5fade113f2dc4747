import {
  Gender,
  normalizeEmail,
  normalizePhone,
  normalizeText,
  normalizeUsername,
  Role,
  validateRegistration,
} from '@dvc/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { Repository } from 'typeorm';
import { AccountDirectory } from './account-directory.service';
import { AccountPasswords } from './account-passwords.service';
import { throwIfIssues } from './account-validation';
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

/** Accounts made by an operator (CLI, demo seed, tests) and the demo passwords' switch-off. */
@Injectable()
export class AccountAdminService {
  constructor(
    @InjectRepository(AccountEntity) private readonly accounts: Repository<AccountEntity>,
    private readonly directory: AccountDirectory,
    private readonly passwords: AccountPasswords,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
  ) {}

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
    await this.directory.assertAvailable({ username, email, citizenId });
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
    await this.directory.insertUnique(account);
    return account;
  }

  countDemoPasswords(): Promise<number> {
    return this.accounts.countBy({ demoPassword: true });
  }

  /** Gives every demo account an unknown random password (kept, not deleted: dossiers refer to them). */
  async disableDemoPasswords(): Promise<number> {
    const demo = await this.accounts.findBy({ demoPassword: true });
    for (const account of demo) {
      await this.passwords.setPassword(account, randomBytes(24).toString('base64url'));
      await this.sessions.destroyOthers(account.id, null);
    }
    return demo.length;
  }
}
