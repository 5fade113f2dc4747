import { Injectable, Logger } from '@nestjs/common';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTransport, Transporter } from 'nodemailer';
import { AppConfig } from '../../config/app-config';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

/**
 * Sends one e-mail now. Features do not call it: they queue mail with MailOutbox, and
 * MailOutboxWorker calls this after the commit. Sends through nodemailer to SMTP_URL. Without SMTP_URL (refused in production), each mail is
 * written to MAIL_OUTBOX_DIR as an .eml file and its links are logged, so a local demo can follow them.
 */
@Injectable()
export class MailService {
  private readonly logger = new Logger(MailService.name);
  private readonly transport: Transporter;
  private readonly toOutbox: boolean;
  private sequence = 0;

  constructor(private readonly config: AppConfig) {
    const url = config.env.SMTP_URL;
    this.toOutbox = !url;
    // Bounded waits: the outbox worker holds a claim on the mail while it sends (see MAIL_CLAIM_MS).
    this.transport = url
      ? createTransport({ url, connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 })
      : createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  async send(mail: OutgoingMail): Promise<void> {
    const info = (await this.transport.sendMail({ from: this.config.env.MAIL_FROM, ...mail })) as {
      message?: Buffer;
    };
    if (!this.toOutbox) return;
    const dir = this.config.outboxDir;
    await mkdir(dir, { recursive: true });
    const safeTo = mail.to.replace(/[^a-zA-Z0-9@._-]/g, '_');
    const file = join(dir, `${Date.now()}-${++this.sequence}-${safeTo}.eml`);
    await writeFile(file, info.message ?? Buffer.from(mail.text));
    const links = mail.text.match(/https?:\/\/\S+/g) ?? [];
    this.logger.log(
      `E-mail "${mail.subject}" to ${mail.to} written to ${file}${links.map((l) => `\n  link: ${l}`).join('')}`,
    );
  }
}
