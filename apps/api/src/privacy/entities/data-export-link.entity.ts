import { Column, Entity, ForeignKey, Index, PrimaryColumn, Unique } from 'typeorm';
import { uniqueKeyName } from '../../common/database/column-options';

/**
 * A one-time link to the ZIP of a citizen's personal data (exportMyData). Only a keyed hash of the
 * token is stored; `used_at` is set by the one download it allows, before a byte is sent.
 */
@Index('IDX_data_export_links_account', ['accountId'])
@ForeignKey('accounts', ['accountId'], ['id'], { name: 'FK_data_export_links_account', onDelete: 'CASCADE' })
@Unique(uniqueKeyName('data_export_links', 'token_hash'), ['tokenHash'])
@Entity('data_export_links')
export class DataExportLinkEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'account_id', type: 'varchar', length: 36 })
  accountId: string;

  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ name: 'expires_at', type: 'datetime' })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'datetime', nullable: true })
  usedAt: Date | null;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;
}
