import { CAPTCHA_TTL_SECONDS, ErrorCode } from '@dvc/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import * as svgCaptcha from 'svg-captcha';
import { Repository } from 'typeorm';
import { DomainError } from '../common/errors/domain-error';
import { AppConfig } from '../config/app-config';
import { AccountSecrets } from './account-secrets';
import { CaptchaEntity } from './entities/captcha.entity';

// svg-captcha's default export draws a given text; its typings only declare create().
const drawText = (svgCaptcha as unknown as { default: (text: string, options?: object) => string }).default;

/** Letters and digits that cannot be mistaken for one another (no 0/O, 1/l/I…). */
const CHARS = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const DRAWING = { width: 180, height: 60, fontSize: 56, noise: 3, color: true, background: '#f3f6f9' };

export interface CaptchaChallenge {
  id: string;
  svg: string;
  expiresAt: Date;
}

/**
 * Mã xác nhận: a random 5–6 character image. The answer is stored hashed, compared
 * case-insensitively, valid 5 minutes, and deleted at its first check whether right or wrong.
 * With CAPTCHA_FIXED_ANSWER (tests only, refused in production) every answer is that value.
 */
@Injectable()
export class CaptchaService {
  constructor(
    @InjectRepository(CaptchaEntity) private readonly captchas: Repository<CaptchaEntity>,
    private readonly secrets: AccountSecrets,
    private readonly config: AppConfig,
  ) {}

  async create(): Promise<CaptchaChallenge> {
    const fixed = this.config.env.CAPTCHA_FIXED_ANSWER;
    let text: string;
    let svg: string;
    if (fixed) {
      text = fixed;
      svg = drawText(fixed, DRAWING);
    } else {
      const drawn = svgCaptcha.create({
        ...DRAWING,
        size: 5 + Math.floor(Math.random() * 2),
        charPreset: CHARS,
      });
      text = drawn.text;
      svg = drawn.data;
    }
    const now = new Date();
    const captcha = this.captchas.create({
      answerHash: '',
      createdAt: now,
      expiresAt: new Date(now.getTime() + CAPTCHA_TTL_SECONDS * 1000),
    });
    captcha.id = randomUUID();
    captcha.answerHash = this.answerHash(captcha.id, text);
    await this.captchas.insert(captcha);
    return { id: captcha.id, svg, expiresAt: captcha.expiresAt };
  }

  /** Uses the captcha up; throws CAPTCHA_INVALID (naming the field) unless the answer was right in time. */
  async verify(id: string | null | undefined, answer: string | null | undefined): Promise<void> {
    const invalid = () =>
      new DomainError(ErrorCode.CAPTCHA_INVALID, undefined, {
        fields: { captchaAnswer: 'Mã xác nhận không đúng hoặc đã hết hạn. Vui lòng nhập mã mới.' },
      });
    if (!id || !answer || id.length > 36) throw invalid();
    const captcha = await this.captchas.findOneBy({ id });
    if (!captcha) throw invalid();
    const deleted = await this.captchas.delete({ id });
    if (!deleted.affected) throw invalid(); // someone else used it at the same moment
    const fresh = captcha.expiresAt.getTime() > Date.now();
    if (!fresh || !this.secrets.same(captcha.answerHash, this.answerHash(id, answer))) throw invalid();
  }

  private answerHash(id: string, answer: string): string {
    return this.secrets.hash(`captcha:${id}`, answer.trim().toLowerCase());
  }
}
