import { Column, CreateDateColumn, Entity, ForeignKey, Index, Unique } from 'typeorm';
import { createdAtColumn, uniqueKeyName } from '../../common/database/column-options';
import { UuidEntity } from '../../common/database/base-entities';

/**
 * A server-side login session. The cookie holds only a random secret; the row keeps its HMAC
 * (`tokenHash`), so a leaked database cannot be replayed as cookies. Any API instance can serve it.
 */
@Index('IDX_sessions_expires', ['expiresAt'])
@Index('IDX_sessions_account', ['accountId'])
@ForeignKey('accounts', ['accountId'], ['id'], { name: 'FK_sessions_account', onDelete: 'CASCADE' })
@Unique(uniqueKeyName('sessions', 'token_hash'), ['tokenHash'])
@Entity('sessions')
export class SessionEntity extends UuidEntity {
  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ name: 'account_id', type: 'varchar', length: 36 })
  accountId: string;

  /** "Tự động đăng nhập lần sau": a persistent cookie and no idle timeout. */
  @Column({ type: 'boolean', width: 1, default: false })
  persistent: boolean;

  @CreateDateColumn(createdAtColumn())
  createdAt: Date;

  @Column({ name: 'last_seen_at', type: 'datetime' })
  lastSeenAt: Date;

  /** Absolute end: 12 h after login, or 30 days with remember me. */
  @Column({ name: 'expires_at', type: 'datetime' })
  expiresAt: Date;

  @Column({ type: 'varchar', length: 45, nullable: true })
  ip: string | null;

  @Column({ name: 'user_agent', type: 'varchar', length: 255, nullable: true })
  userAgent: string | null;
}
