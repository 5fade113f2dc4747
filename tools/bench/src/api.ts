import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { API_DIR, ROOT } from './paths';

export interface Server {
  url: string;
  pid: number;
  log(): string;
  stop(): Promise<void>;
}

/**
 * Starts the production build (dist/apps/api/main.js) on the prepared database, with rate limits
 * off and the SQL statement count header on. `nodeArgs` e.g. ['--cpu-prof', '--cpu-prof-dir=…'].
 */
export async function startApi(env: Record<string, string>, nodeArgs: string[] = []): Promise<Server> {
  const main = join(API_DIR, 'main.js');
  if (!existsSync(main)) throw new Error(`No API build at ${main}: run "npm run build" first.`);
  const work = mkdtempSync(join(tmpdir(), 'dvc-bench-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [...nodeArgs, main], {
    cwd: work,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(port),
      PUBLIC_URL: url,
      GRAPHQL_PLAYGROUND: 'false',
      PORTAL_DIR: join(work, 'no-portal'),
      RATE_LIMIT_DISABLED: 'true',
      BENCH_COUNT_SQL: 'true',
      SEED_ON_START: 'false',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return started(child, url, () => rmSync(work, { recursive: true, force: true }));
}

/** Starts one of the baselines (dist/bench/baseline.mjs b0|b1) in its own process. */
export async function startBaseline(kind: 'b0' | 'b1'): Promise<Server> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [join(ROOT, 'dist/bench/baseline.mjs'), kind, String(port)], {
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return started(child, url, () => undefined, '/health');
}

async function started(
  child: ChildProcess,
  url: string,
  cleanup: () => void,
  health = '/health',
): Promise<Server> {
  let log = '';
  child.stdout?.on('data', (d) => (log += d));
  child.stderr?.on('data', (d) => (log += d));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const server: Server = {
    url,
    pid: child.pid ?? 0,
    log: () => log.slice(-4000),
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      cleanup();
    },
  };
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      cleanup();
      throw new Error(`${url} exited (${child.exitCode}):\n${log.slice(-3000)}`);
    }
    try {
      if ((await fetch(`${url}${health}`)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await server.stop();
  throw new Error(`${url} did not become healthy within 90 s:\n${log.slice(-3000)}`);
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        address && typeof address === 'object' ? resolvePort(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** POST /graphql; throws on GraphQL errors. */
export async function gql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  cookie = '',
): Promise<{ data: T; res: Response }> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T; errors?: unknown[] };
  if (body.errors?.length) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(body.errors)}`);
  return { data: body.data, res };
}

/** Logs in and returns the Cookie header value of the new session. */
export async function loginCookie(url: string, username: string, password: string): Promise<string> {
  const { res } = await gql(url, 'mutation($input: LoginInput!) { login(input: $input) { rememberMe } }', {
    input: { username, password, rememberMe: false },
  });
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}
