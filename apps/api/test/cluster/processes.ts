import { ChildProcess, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

/** The built API (global-setup.cjs) the cluster and fault suites run. */
export const API_DIR = process.env['CLUSTER_API_DIR'] ?? resolve(__dirname, '../../../../dist/cluster/api');
export const REPO_ROOT = resolve(__dirname, '../../../..');

export interface Proc {
  name: string;
  child: ChildProcess;
  pid: number;
  output(): string;
  /** Resolves when the process has exited (with its code, or null after a signal). */
  exited: Promise<number | null>;
  signal(sig: NodeJS.Signals): void;
}

/** Spawns a process and keeps its output (stdout and stderr together) for assertions and failures. */
export function run(name: string, command: string, args: string[], env: Record<string, string> = {}): Proc {
  const child = spawn(command, args, {
    cwd: REPO_ROOT,
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '/root', NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  return {
    name,
    child,
    pid: child.pid as number,
    output: () => output,
    exited,
    signal: (sig) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(sig);
    },
  };
}

export async function waitUntil(
  check: () => boolean | Promise<boolean>,
  timeoutMs: number,
  what: string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      // not yet
    }
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export interface ApiInstance extends Proc {
  port: number;
  url: string;
  stop(): Promise<void>;
}

/** One API process (dist main.js) on a fixed port; resolves when /health/ready answers 200. */
export async function startApi(
  name: string,
  port: number,
  env: Record<string, string>,
): Promise<ApiInstance> {
  const proc = run(name, process.execPath, [join(API_DIR, 'main.js')], {
    NODE_ENV: 'test',
    PORT: String(port),
    ...env,
  });
  const url = `http://127.0.0.1:${port}`;
  let exitCode: number | null | undefined;
  void proc.exited.then((code) => (exitCode = code));
  await waitUntil(
    async () => {
      if (exitCode !== undefined) throw new Error(`${name} exited (${exitCode}):\n${proc.output()}`);
      return (await fetch(`${url}/health/ready`)).status === 200;
    },
    60_000,
    `${name} to be ready`,
  ).catch((error: Error) => {
    proc.signal('SIGKILL');
    throw new Error(`${error.message}\n${proc.output()}`);
  });
  return {
    ...proc,
    port,
    url,
    stop: async () => {
      proc.signal('SIGTERM');
      const timer = setTimeout(() => proc.signal('SIGKILL'), 30_000);
      await proc.exited;
      clearTimeout(timer);
    },
  };
}

/** A free TCP port on loopback (bound then released). */
export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}
