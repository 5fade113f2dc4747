import { Injectable } from '@nestjs/common';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { AppConfig } from '../config/app-config';

/**
 * Random secrets handed to browsers (session cookies, e-mailed tokens) and their keyed hashes, which
 * are all the database keeps: HMAC-SHA256 with SESSION_SECRET, so a copy of the database alone
 * cannot be turned back into working cookies or links.
 */
@Injectable()
export class AccountSecrets {
  constructor(private readonly config: AppConfig) {}

  /** 256 random bits, URL-safe. */
  newToken(): string {
    return randomBytes(32).toString('base64url');
  }

  hash(purpose: string, token: string): string {
    return createHmac('sha256', this.config.env.SESSION_SECRET).update(`${purpose}\0${token}`).digest('hex');
  }

  /** Constant-time comparison of two hex hashes. */
  same(a: string, b: string): boolean {
    const x = Buffer.from(a, 'hex');
    const y = Buffer.from(b, 'hex');
    return x.length === y.length && timingSafeEqual(x, y);
  }
}
