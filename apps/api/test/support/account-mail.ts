import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MailOutboxEntity } from '../../src/common/mail/mail-outbox.entity';
import type { TestApp } from './test-app';

/** Decodes a raw e-mail's quoted-printable body so links can be read from it. */
export function decodeMail(raw: string): string {
  const unfolded = raw.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < unfolded.length; i++) {
    const hex = unfolded.slice(i + 1, i + 3);
    if (unfolded[i] === '=' && /^[0-9A-F]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(unfolded[i], 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Mails the app wrote to its outbox (no SMTP_URL) for an address, oldest first, decoded. */
export function outboxMailsTo(t: TestApp, address: string): string[] {
  const dir = join(t.dir, 'outbox');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(`-${address}.eml`))
    .sort((a, b) => Number(a.split('-')[1]) - Number(b.split('-')[1]))
    .map((f) => decodeMail(readFileSync(join(dir, f), 'utf8')));
}

/**
 * Mails queued for an address in the mail_outbox table, sent or not: "nothing was sent" is only
 * certain when nothing was queued (the worker sends after the answer).
 */
export function queuedMailCount(t: TestApp, address: string): Promise<number> {
  return t.app
    .get<DataSource>(getDataSourceToken())
    .getRepository(MailOutboxEntity)
    .countBy({ recipient: address });
}

/** Waits for the n-th mail to an address (every mail is sent by the outbox worker, after the answer; generous
 * because the worker runs late on a loaded CI machine, and a wait costs nothing when the mail is there). */
export async function waitForMail(
  t: TestApp,
  address: string,
  count = 1,
  timeoutMs = 20_000,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mails = outboxMailsTo(t, address);
    if (mails.length >= count) return mails[count - 1];
    if (Date.now() > deadline) throw new Error(`No mail #${count} to ${address} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The link to a portal path in a mail, e.g. linkIn(mail, '/xac-thuc-email'). */
export function linkIn(mail: string, path: string): URL {
  const match = new RegExp(
    `https?://[^\\s"<>]*${path.replace(/[/-]/g, '\\$&')}\\?token=[A-Za-z0-9_%-]+`,
  ).exec(mail);
  if (!match) throw new Error(`No ${path} link in:\n${mail}`);
  return new URL(match[0]);
}

export function tokenIn(mail: string, path: string): string {
  return linkIn(mail, path).searchParams.get('token') ?? '';
}
