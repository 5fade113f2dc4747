import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { createdAtColumn } from '../../common/database/column-options';
import { UuidEntity } from '../../common/database/base-entities';

/** A captcha challenge: the answer's hash, deleted at the first check, right or wrong. */
@Index('IDX_captchas_expires', ['expiresAt'])
@Entity('captchas')
export class CaptchaEntity extends UuidEntity {
  @Column({ name: 'answer_hash', type: 'varchar', length: 64 })
  answerHash: string;

  @Column({ name: 'expires_at', type: 'datetime' })
  expiresAt: Date;

  @CreateDateColumn(createdAtColumn())
  createdAt: Date;
}
