import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One fixed-window counter per bucket ("login:ip:" + HMAC of the address: never the address, e-mail
 * or username in clear text), shared by every API instance.
 */
@Index('IDX_rate_limits_reset', ['resetAt'])
@Entity('rate_limits')
export class RateLimitEntity {
  @PrimaryColumn({ type: 'varchar', length: 191 })
  bucket: string;

  @Column({ type: 'integer', default: 0 })
  hits: number;

  @Column({ name: 'reset_at', type: 'datetime' })
  resetAt: Date;
}
