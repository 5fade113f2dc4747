import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { E2eEnv, workspaceRoot } from './e2e-env';
import { startMailCapture } from './mail-capture';

const CAPTCHA_ANSWER = 'E2E123';

/** Starts a local SMTP server and the production build of the API on a fresh SQLite database. */
export default async function globalSetup(): Promise<void> {
  const main = join(workspaceRoot, 'dist/apps/api/main.js');
  if (!existsSync(main)) throw new Error(`No API build at ${main}: run "npm run e2e" (it builds first).`);
  const workDir = mkdtempSync(join(tmpdir(), 'dvc-e2e-'));
  const mailDir = join(workDir, 'mail');
  const mail = await startMailCapture(mailDir);
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const api = spawn(process.execPath, [main], {
    cwd: workDir,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(port),
      DATABASE_URL: `sqlite:${join(workDir, 'e2e.sqlite')}`,
      UPLOAD_DIR: join(workDir, 'uploads'),
      SMTP_URL: `smtp://127.0.0.1:${mail.port}`,
      PUBLIC_URL: baseUrl,
      CAPTCHA_FIXED_ANSWER: CAPTCHA_ANSWER,
      PORTAL_DIR: join(workspaceRoot, 'dist/apps/portal/browser'),
      PLAYGROUND_DIR: join(workspaceRoot, 'dist/playground'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  api.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  api.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  await waitForHealth(baseUrl, api, () => log);
  const env: E2eEnv = { baseUrl, mailDir, captchaAnswer: CAPTCHA_ANSWER, workDir };
  const envFile = join(workDir, 'env.json');
  writeFileSync(envFile, JSON.stringify(env));
  process.env['DVC_E2E_ENV_FILE'] = envFile;
  (globalThis as Record<string, unknown>)['__DVC_E2E__'] = { api, mail, workDir, log: () => log };
}

async function waitForHealth(baseUrl: string, api: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (api.exitCode !== null) throw new Error(`The API exited (${api.exitCode}):\n${log()}`);
    try {
      if ((await fetch(`${baseUrl}/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  api.kill();
  throw new Error(`The API did not become healthy within 60 s:\n${log()}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}
