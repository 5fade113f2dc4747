import { Gender, Role } from '@dvc/shared/domain';
import { Column, Entity, Index, Unique } from 'typeorm';
import { uniqueKeyName } from '../../common/database/column-options';
import { TimestampedEntity } from '../../common/database/base-entities';

/**
 * Tài khoản: a citizen (self-registered), an officer of an agency, or an administrator.
 * Username and e-mail are stored lower-case, so uniqueness is case-insensitive on every database.
 */
@Index('IDX_accounts_role_agency', ['role', 'agencyId'])
@Index('IDX_accounts_role', ['role'])
@Index('IDX_accounts_agency', ['agencyId'])
@Index('IDX_accounts_pending_email', ['pendingEmail'])
@Unique(uniqueKeyName('accounts', 'username'), ['username'])
@Unique(uniqueKeyName('accounts', 'email'), ['email'])
@Unique(uniqueKeyName('accounts', 'citizen_id'), ['citizenId'])
@Entity('accounts')
export class AccountEntity extends TimestampedEntity {
  @Column({ type: 'varchar', length: 30 })
  username: string;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  /** A new address waiting for its verification link; `email` changes once it is verified. */
  @Column({ name: 'pending_email', type: 'varchar', length: 254, nullable: true })
  pendingEmail: string | null;

  @Column({ name: 'email_verified_at', type: 'datetime', nullable: true })
  emailVerifiedAt: Date | null;

  @Column({ name: 'full_name', type: 'varchar', length: 100 })
  fullName: string;

  /** Số CCCD (12 digits). Required for citizens; officers and admins created by the CLI may lack one. */
  @Column({ name: 'citizen_id', type: 'varchar', length: 12, nullable: true })
  citizenId: string | null;

  /** YYYY-MM-DD (a calendar date, no time zone). */
  @Column({ name: 'date_of_birth', type: 'varchar', length: 10, nullable: true })
  dateOfBirth: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  gender: Gender | null;

  @Column({ type: 'varchar', length: 15, nullable: true })
  phone: string | null;

  @Column({ name: 'province_code', type: 'varchar', length: 2, nullable: true })
  provinceCode: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  commune: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  street: string | null;

  @Column({ type: 'varchar', length: 10, default: Role.CITIZEN })
  role: Role;

  /** The officer's agency (catalog). No foreign key: the catalog's migration runs after this one. */
  @Column({ name: 'agency_id', type: 'varchar', length: 36, nullable: true })
  agencyId: string | null;

  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash: string;

  /** Set by the demo seeder; production refuses to start while any account still has one. */
  @Column({ name: 'demo_password', type: 'boolean', width: 1, default: false })
  demoPassword: boolean;

  /** Consecutive failed logins, for the growing delay; reset by a successful login or a password reset. */
  @Column({ name: 'failed_login_count', type: 'integer', default: 0 })
  failedLoginCount: number;

  @Column({ name: 'last_failed_login_at', type: 'datetime', nullable: true })
  lastFailedLoginAt: Date | null;

  @Column({ name: 'password_changed_at', type: 'datetime', nullable: true })
  passwordChangedAt: Date | null;

  /** Set by an admin (issue 14): the account cannot log in and has no session. */
  @Column({ name: 'deactivated_at', type: 'datetime', nullable: true })
  deactivatedAt: Date | null;

  @Column({ name: 'last_login_at', type: 'datetime', nullable: true })
  lastLoginAt: Date | null;

  /** The privacy notice version the citizen agreed to at registration (null: an account from before it). */
  @Column({ name: 'privacy_notice_version', type: 'varchar', length: 20, nullable: true })
  privacyNoticeVersion: string | null;

  @Column({ name: 'privacy_consent_at', type: 'datetime', nullable: true })
  privacyConsentAt: Date | null;

  /** Set when the citizen deleted the account: the row stays, anonymised, for the sent dossiers. */
  @Column({ name: 'deleted_at', type: 'datetime', nullable: true })
  deletedAt: Date | null;

  get emailVerified(): boolean {
    return this.emailVerifiedAt !== null;
  }
}

/** The person's own details, as the profile shows them and the data export gives them back. */
export type PersonalDetails = Pick<
  AccountEntity,
  'fullName' | 'citizenId' | 'dateOfBirth' | 'gender' | 'phone' | 'provinceCode' | 'commune' | 'street'
>;

export function personalDetails(account: AccountEntity): PersonalDetails {
  return {
    fullName: account.fullName,
    citizenId: account.citizenId,
    dateOfBirth: account.dateOfBirth,
    gender: account.gender,
    phone: account.phone,
    provinceCode: account.provinceCode,
    commune: account.commune,
    street: account.street,
  };
}
