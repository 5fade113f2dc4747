import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

export interface ApiProcess {
  url: string;
  pid: number;
  log(): string;
  stop(): Promise<void>;
}

const API_MAIN = join(__dirname, '../../src/main.ts');
const REGISTER = join(__dirname, 'ts-register.cjs');

/**
 * Starts the API's real entry point (src/main.ts) as a separate node process, on a random port, with
 * the given environment: a second API instance for tests across processes (e.g. through Redis).
 */
export async function startApiProcess(env: Record<string, string>, timeoutMs = 60_000): Promise<ApiProcess> {
  const child: ChildProcess = spawn(process.execPath, ['-r', REGISTER, API_MAIN], {
    env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1', NODE_ENV: 'test', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The API process did not start within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const check = () => {
      const port = /Cổng Dịch vụ công trực tuyến: http:\/\/localhost:(\d+)\//.exec(output)?.[1];
      if (port) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${port}`);
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The API process exited (${code}):\n${output}`));
    });
  });
  return {
    url,
    pid: child.pid as number,
    log: () => output,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
