import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';
import { freePort, Proc, run, waitUntil } from '../cluster/processes';

export interface PrivateMariadb {
  port: number;
  url(database: string): string;
  start(): Promise<void>;
  /** Stops the server (SIGTERM, like an operator or a crash of the host's service). */
  stop(): Promise<void>;
  output(): string;
}

/**
 * A mariadbd of this test alone (its own data directory, port and socket, root without password), so
 * it can be stopped and started again without touching the shared server at 127.0.0.1:3306.
 */
export async function privateMariadb(dir: string): Promise<PrivateMariadb> {
  const data = join(dir, 'data');
  mkdirSync(data, { recursive: true });
  const install = run('mariadb-install-db', 'mariadb-install-db', [
    '--no-defaults',
    `--datadir=${data}`,
    '--user=root',
    '--auth-root-authentication-method=normal',
    '--skip-test-db',
  ]);
  if ((await install.exited) !== 0) throw new Error(`mariadb-install-db failed:\n${install.output()}`);
  const port = await freePort();
  let proc: Proc | null = null;
  let log = '';
  const server: PrivateMariadb = {
    port,
    url: (database) => `mysql://root@127.0.0.1:${port}/${database}`,
    start: async () => {
      proc = run('mariadbd', 'mariadbd', [
        '--no-defaults',
        `--datadir=${data}`,
        `--port=${port}`,
        '--bind-address=127.0.0.1',
        `--socket=${join(dir, 'mysqld.sock')}`,
        `--pid-file=${join(dir, 'mysqld.pid')}`,
        '--user=root',
        '--skip-log-bin',
        '--innodb-buffer-pool-size=32M',
        '--max-connections=60',
      ]);
      await waitUntil(
        async () => {
          const conn = await createConnection({ host: '127.0.0.1', port, user: 'root' });
          await conn.end();
          return true;
        },
        30_000,
        'the private mariadbd',
      ).catch((e: Error) => {
        throw new Error(`${e.message}\n${proc?.output()}`);
      });
    },
    stop: async () => {
      if (!proc) return;
      const stopping = proc;
      proc = null;
      stopping.signal('SIGTERM');
      await stopping.exited;
      log += stopping.output();
    },
    output: () => log + (proc?.output() ?? ''),
  };
  return server;
}
