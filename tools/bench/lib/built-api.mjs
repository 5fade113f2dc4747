// Shared by the benchmarks: start the production build of the API (dist/apps/api/main.js) on a
// throwaway SQLite database and get a verified citizen, the way a user would (captcha, e-mail link).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const CAPTCHA_ANSWER = 'BENCH1';
const root = resolve(import.meta.dirname, '../../..');

/** Starts the built API; `env` overrides the benchmark defaults. Call `stop()` in a finally block. */
export async function startBuiltApi(env = {}) {
  const main = join(
    process.env.BENCH_API_DIR ? resolve(process.env.BENCH_API_DIR) : join(root, 'dist/apps/api'),
    'main.js',
  );
  if (!existsSync(main)) {
    console.error(`No API build at ${main}: run "npm run build" first.`);
    process.exit(2);
  }
  const work = mkdtempSync(join(tmpdir(), 'dvc-bench-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const dbFile = join(work, 'bench.sqlite');
  const outbox = join(work, 'outbox');
  const child = spawn(process.execPath, [main], {
    cwd: work,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(port),
      DATABASE_URL: `sqlite:${dbFile}`,
      UPLOAD_DIR: join(work, 'uploads'),
      MAIL_OUTBOX_DIR: outbox,
      SMTP_URL: '',
      PUBLIC_URL: url,
      CAPTCHA_FIXED_ANSWER: CAPTCHA_ANSWER,
      GRAPHQL_PLAYGROUND: 'false',
      PORTAL_DIR: join(work, 'no-portal'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  const api = {
    url,
    dbFile,
    outbox,
    pid: child.pid,
    log: () => log.slice(-3000),
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 300));
      rmSync(work, { recursive: true, force: true });
    },
  };
  try {
    await waitForHealth(url, child);
  } catch (error) {
    console.error(api.log());
    await api.stop();
    throw error;
  }
  return api;
}

/** POST /graphql; throws on GraphQL errors. Returns the data and the raw response (for cookies). */
export async function gql(url, query, variables = {}, cookie = '') {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors?.length) throw new Error(`${query.slice(0, 50)}…: ${JSON.stringify(body.errors)}`);
  return { data: body.data, res };
}

/** Registers a citizen through the API and follows the verification link from the outbox. */
export async function registerVerifiedCitizen(api, tag = Date.now().toString(36)) {
  const username = `bench${tag}`;
  const email = `${username}@example.vn`;
  const password = 'mot cau mat khau de do thoi gian';
  const { data } = await gql(api.url, '{ captcha { id } }');
  await gql(api.url, 'mutation($input: RegisterInput!) { register(input: $input) { email } }', {
    input: {
      fullName: 'Người Đo Hiệu Năng',
      username,
      email,
      password,
      citizenId: `0010${String(Date.now()).slice(-8)}`,
      dateOfBirth: '1990-01-01',
      gender: 'OTHER',
      phone: '0912345678',
      captchaId: data.captcha.id,
      captchaAnswer: CAPTCHA_ANSWER,
      privacyConsent: true,
    },
  });
  const token = await verificationToken(api.outbox, email);
  await gql(api.url, 'mutation($t: String!) { verifyEmail(token: $t) }', { t: token });
  return { username, email, password };
}

/** Logs in and returns the Cookie header value of the new session. */
export async function loginCookie(api, { username, password }) {
  const { res } = await gql(
    api.url,
    'mutation($input: LoginInput!) { login(input: $input) { rememberMe } }',
    { input: { username, password, rememberMe: false } },
  );
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

/** The token of the verification link in the .eml the API wrote (quoted-printable decoded). */
async function verificationToken(outbox, email) {
  for (let i = 0; i < 50; i++) {
    const file = existsSync(outbox) && readdirSync(outbox).find((f) => f.endsWith(`-${email}.eml`));
    if (file) {
      const text = readFileSync(join(outbox, file), 'utf8')
        .replace(/=\r?\n/g, '')
        .replace(/=3D/g, '=');
      const match = /xac-thuc-email\?token=([A-Za-z0-9_-]+)/.exec(text);
      if (match) return match[1];
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`No verification mail for ${email} in ${outbox}`);
}

async function waitForHealth(url, child) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The API exited (${child.exitCode})`);
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
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}
