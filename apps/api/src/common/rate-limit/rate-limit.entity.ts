import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One fixed-window counter per bucket (e.g. "login:ip:203.0.113.5"), shared by every API instance. */
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
