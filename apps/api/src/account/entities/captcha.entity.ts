import { randomUUID } from 'node:crypto';
import { BeforeInsert, Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { createdAtColumn } from '../../common/database/column-options';

/** A captcha challenge: the answer's hash, deleted at the first check, right or wrong. */
@Index('IDX_captchas_expires', ['expiresAt'])
@Entity('captchas')
export class CaptchaEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'answer_hash', type: 'varchar', length: 64 })
  answerHash: string;

  @Column({ name: 'expires_at', type: 'datetime' })
  expiresAt: Date;

  @CreateDateColumn(createdAtColumn())
  createdAt: Date;

  @BeforeInsert()
  protected assignId(): void {
    this.id ??= randomUUID();
  }
}
