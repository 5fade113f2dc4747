import { Column, Entity, ForeignKey, Index, PrimaryColumn, Unique } from 'typeorm';
import { uniqueKeyName } from '../../common/database/column-options';

/** A bearer token of a client. Only a keyed hash (HMAC-SHA256) is stored; the secret is shown once. */
@Index('IDX_api_tokens_client', ['clientId'])
@ForeignKey('api_clients', ['clientId'], ['id'])
@Unique(uniqueKeyName('api_tokens', 'token_hash'), ['tokenHash'])
@Entity('api_tokens')
export class ApiTokenEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'client_id', type: 'varchar', length: 36 })
  clientId: string;

  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash: string;

  /** The token's first characters, so an admin can tell two tokens apart. */
  @Column({ type: 'varchar', length: 16 })
  prefix: string;

  @Column({ name: 'expires_at', type: 'datetime', precision: 3, nullable: true })
  expiresAt: Date | null;

  @Column({ name: 'revoked_at', type: 'datetime', precision: 3, nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'last_used_at', type: 'datetime', precision: 3, nullable: true })
  lastUsedAt: Date | null;

  @Column({ name: 'request_count', type: 'int', default: 0 })
  requestCount: number;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;
}
