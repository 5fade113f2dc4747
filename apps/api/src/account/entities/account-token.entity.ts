import { Column, CreateDateColumn, Entity, ForeignKey, Index, Unique } from 'typeorm';
import { createdAtColumn, uniqueKeyName } from '../../common/database/column-options';
import { UuidEntity } from '../../common/database/base-entities';

export const TokenPurpose = {
  VERIFY_EMAIL: 'VERIFY_EMAIL',
  RESET_PASSWORD: 'RESET_PASSWORD',
} as const;
export type TokenPurpose = (typeof TokenPurpose)[keyof typeof TokenPurpose];

/** A single-use token sent by e-mail (verification, password reset). Only its hash is stored. */
@Index('IDX_account_tokens_account', ['accountId'])
@ForeignKey('accounts', ['accountId'], ['id'], { name: 'FK_account_tokens_account', onDelete: 'CASCADE' })
@Unique(uniqueKeyName('account_tokens', 'token_hash'), ['tokenHash'])
@Entity('account_tokens')
export class AccountTokenEntity extends UuidEntity {
  @Column({ name: 'account_id', type: 'varchar', length: 36 })
  accountId: string;

  @Column({ type: 'varchar', length: 20 })
  purpose: TokenPurpose;

  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash: string;

  /** The address the link was sent to (a verified e-mail change takes effect from it). */
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ name: 'expires_at', type: 'datetime' })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'datetime', nullable: true })
  usedAt: Date | null;

  @CreateDateColumn(createdAtColumn())
  createdAt: Date;
}
