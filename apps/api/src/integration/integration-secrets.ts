import { Injectable } from '@nestjs/common';
import { createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { AppConfig } from '../config/app-config';

const TOKEN_PREFIX = 'dvc_';
const WEBHOOK_SECRET_PREFIX = 'whsec_';

/**
 * The integration feature's secrets. API tokens are 256 random bits; only HMAC-SHA256(key, token) is
 * stored, so a database dump does not give working tokens (and, unlike a plain hash, cannot even be
 * checked offline without the key). Webhook secrets must be read back to sign, so they are sealed
 * with AES-256-GCM. Both keys come from TOKEN_HASH_KEY, or else SESSION_SECRET (validated in production).
 */
@Injectable()
export class IntegrationSecrets {
  private readonly hashKey: Buffer;
  private readonly sealKey: Buffer;

  constructor(config: AppConfig) {
    const base = config.env.TOKEN_HASH_KEY ?? config.env.SESSION_SECRET;
    this.hashKey = createHmac('sha256', base).update('dvc:api-token-hash').digest();
    this.sealKey = createHmac('sha256', base).update('dvc:webhook-secret-seal').digest();
  }

  newToken(): { token: string; hash: string; prefix: string } {
    const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
    return { token, hash: this.hashToken(token), prefix: token.slice(0, 12) };
  }

  hashToken(token: string): string {
    return createHmac('sha256', this.hashKey).update(token).digest('hex');
  }

  /** A Standard Webhooks secret: whsec_ and base64 of 24 random bytes. */
  newWebhookSecret(): string {
    return `${WEBHOOK_SECRET_PREFIX}${randomBytes(24).toString('base64')}`;
  }

  seal(secret: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.sealKey, iv);
    const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url')).join('.');
  }

  unseal(sealed: string): string {
    const [iv, tag, body] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
    const decipher = createDecipheriv('aes-256-gcm', this.sealKey, iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
  }
}

/**
 * Standard Webhooks signature: base64 HMAC-SHA256 of `id.timestamp.body`, keyed with the secret's
 * base64 part, as `v1,<signature>` (https://www.standardwebhooks.com/).
 */
export function signWebhook(secret: string, id: string, timestamp: number, body: string): string {
  const key = Buffer.from(secret.startsWith(WEBHOOK_SECRET_PREFIX) ? secret.slice(6) : secret, 'base64');
  const signature = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64');
  return `v1,${signature}`;
}

/** The receiver's check (the developer page shows the same code): any v1 signature that matches. */
export function verifyWebhook(
  secret: string,
  headers: { id: string; timestamp: string; signature: string },
  body: string,
): boolean {
  const expected = Buffer.from(signWebhook(secret, headers.id, Number(headers.timestamp), body));
  return headers.signature.split(' ').some((candidate) => {
    const given = Buffer.from(candidate);
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}
