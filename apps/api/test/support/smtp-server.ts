import { SMTPServer } from 'smtp-server';
import { createTestApp } from './test-app';

export interface Received {
  from: string;
  to: string[];
  raw: string;
}

/** A real SMTP server on localhost, keeping what it receives in memory. */
export async function startSmtp(): Promise<{ port: number; mails: Received[]; close(): Promise<void> }> {
  const mails: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        mails.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    mails,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The API under test sending its mail to a real SMTP server started for it; `close()` stops both. */
export async function createTestAppWithSmtp(env: Record<string, string> = {}) {
  const smtp = await startSmtp();
  try {
    const t = await createTestApp({
      SEED_ON_START: 'false',
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      MAIL_FROM: 'Cổng Dịch vụ công <no-reply@dichvucong.test>',
      ...env,
    });
    const close = async () => {
      await t.close();
      await smtp.close();
    };
    return { t, smtp, close };
  } catch (error) {
    await smtp.close();
    throw error;
  }
}
