import { Role } from '@dvc/shared/domain';
import { INestApplicationContext } from '@nestjs/common';
import { createInterface } from 'node:readline';
import { DomainError } from '../common/errors/domain-error';
import { AppConfig } from '../config/app-config';
import { AccountAdminService } from './account-admin.service';

/** `cli.js admin:create --username … --email … [--full-name …]` (password from ADMIN_PASSWORD or the TTY). */
export async function createAdmin(
  ctx: INestApplicationContext,
  config: AppConfig,
  args: string[],
): Promise<void> {
  const options = parseOptions(args);
  const username = options['username'];
  const email = options['email'];
  if (!username || !email) throw new Error('admin:create needs --username <name> and --email <address>');
  const password = config.env.ADMIN_PASSWORD || (await askNewPassword());
  try {
    const account = await ctx.get(AccountAdminService).createAccount({
      username,
      email,
      password,
      fullName: options['full-name'] || 'Quản trị hệ thống',
      role: Role.ADMIN,
      verified: true,
    });
    console.log(`Administrator "${account.username}" <${account.email}> created.`);
  } catch (error) {
    throw readable(error);
  }
}

/** `cli.js demo:disable`: demo accounts get an unknown random password and lose their sessions. */
export async function disableDemoAccounts(ctx: INestApplicationContext): Promise<void> {
  const count = await ctx.get(AccountAdminService).disableDemoPasswords();
  console.log(
    count ? `${count} demo account(s) disabled (random password).` : 'No account has a demo password.',
  );
}

/** --name value and --name=value. */
export function parseOptions(args: string[]): Record<string, string> {
  const options: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(args[i]);
    if (!m) throw new Error(`Unexpected argument: ${args[i]}`);
    options[m[1]] = m[2] ?? args[++i] ?? '';
  }
  return options;
}

async function askNewPassword(): Promise<string> {
  if (!process.stdin.isTTY) throw new Error('No terminal to ask the password on: set ADMIN_PASSWORD.');
  const first = await askHidden('Mật khẩu (password): ');
  const second = await askHidden('Nhập lại mật khẩu (repeat): ');
  if (first !== second) throw new Error('The passwords do not match.');
  return first;
}

function askHidden(prompt: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  // Echo nothing but the prompt while the password is typed.
  const output = rl as unknown as { _writeToOutput: (text: string) => void };
  output._writeToOutput = (text: string) => {
    if (text.includes(prompt)) process.stdout.write(prompt);
  };
  return new Promise((resolve) =>
    rl.question(prompt, (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    }),
  );
}

function readable(error: unknown): Error {
  if (!(error instanceof DomainError)) return error as Error;
  const fields = error.details['fields'] as Record<string, string> | undefined;
  const lines = Object.entries(fields ?? {}).map(([field, message]) => `  - ${field}: ${message}`);
  return new Error([`${error.code}: ${error.message}`, ...lines].join('\n'));
}
