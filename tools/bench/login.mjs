#!/usr/bin/env node
// Measures one `login` (argon2id verification + session creation) over HTTP against the production
// build. Builds nothing: run `npm run build` first. Usage: node tools/bench/login.mjs [logins=50]
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const main = join(root, 'dist/apps/api/main.js');
const runs = Math.max(30, Number(process.argv[2] ?? 50));
const WARM_UP = 3;
const CAPTCHA = 'BENCH1';

if (!existsSync(main)) {
  console.error(`No API build at ${main}: run "npm run build" first.`);
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'dvc-bench-'));
const port = await freePort();
const url = `http://127.0.0.1:${port}`;
const api = spawn(process.execPath, [main], {
  cwd: work,
  env: {
    ...process.env,
    NODE_ENV: 'test',
    PORT: String(port),
    DATABASE_URL: `sqlite:${join(work, 'bench.sqlite')}`,
    UPLOAD_DIR: join(work, 'uploads'),
    MAIL_OUTBOX_DIR: join(work, 'outbox'),
    SMTP_URL: '',
    PUBLIC_URL: url,
    CAPTCHA_FIXED_ANSWER: CAPTCHA,
    RATE_LIMIT_DISABLED: 'true',
    SEED_ON_START: 'false',
    GRAPHQL_PLAYGROUND: 'false',
  },
  stdio: ['ignore', 'pipe', 'pipe'],
});
let log = '';
api.stdout.on('data', (d) => (log += d));
api.stderr.on('data', (d) => (log += d));

try {
  await waitForHealth();
  const username = `bench${Date.now().toString(36)}`;
  const email = `${username}@example.vn`;
  const password = 'mot cau mat khau de do thoi gian';

  const { captcha } = await gql('{ captcha { id } }');
  await gql(`mutation($input: RegisterInput!) { register(input: $input) { email } }`, {
    input: {
      fullName: 'Người Đo Thời Gian',
      username,
      email,
      password,
      citizenId: '001090000001',
      dateOfBirth: '1990-01-01',
      gender: 'OTHER',
      phone: '0912345678',
      captchaId: captcha.id,
      captchaAnswer: CAPTCHA,
    },
  });
  const token = verificationToken(email);
  await gql(`mutation($t: String!) { verifyEmail(token: $t) }`, { t: token });

  const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { account { id } } }`;
  const times = [];
  for (let i = 0; i < WARM_UP + runs; i++) {
    const started = process.hrtime.bigint();
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOGIN, variables: { input: { username, password, rememberMe: false } } }),
    });
    const body = await res.json();
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (body.errors) throw new Error(`login failed: ${JSON.stringify(body.errors)}`);
    if (i >= WARM_UP) times.push(ms);
  }
  times.sort((a, b) => a - b);
  const pct = (p) => times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)];
  const median =
    times.length % 2
      ? times[(times.length - 1) / 2]
      : (times[times.length / 2 - 1] + times[times.length / 2]) / 2;
  console.log(
    `login over HTTP, ${times.length} sequential runs (after ${WARM_UP} warm-up), SQLite, argon2id:`,
  );
  console.log(
    `  median ${median.toFixed(1)} ms   p95 ${pct(95).toFixed(1)} ms   min ${times[0].toFixed(1)} ms   max ${times[times.length - 1].toFixed(1)} ms`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  console.error(log.slice(-3000));
  process.exitCode = 1;
} finally {
  api.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 300));
  rmSync(work, { recursive: true, force: true });
}

async function gql(query, variables = {}) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(`${query.slice(0, 40)}…: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** The token of the verification link in the .eml the API wrote to its outbox (quoted-printable). */
function verificationToken(email) {
  const dir = join(work, 'outbox');
  const file = readdirSync(dir).find((f) => f.endsWith(`-${email}.eml`));
  if (!file) throw new Error(`No verification mail for ${email} in ${dir}`);
  const text = readFileSync(join(dir, file), 'utf8')
    .replace(/=\r?\n/g, '')
    .replace(/=3D/g, '=');
  const match = /xac-thuc-email\?token=([A-Za-z0-9_-]+)/.exec(text);
  if (!match) throw new Error('No verification link in the mail');
  return match[1];
}

async function waitForHealth() {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (api.exitCode !== null) throw new Error(`The API exited (${api.exitCode})`);
    try {
      if ((await fetch(`${url}/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('The API did not become healthy within 60 s');
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
