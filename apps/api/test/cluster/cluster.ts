import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';
import { startS3rver, StartedS3 } from '../support/s3rver';
import { startNginx, Nginx } from './nginx';
import { API_DIR, ApiInstance, freePort, Proc, run, startApi, waitUntil } from './processes';

export const CAPTCHA_ANSWER = 'CUM42';
const MYSQL_SERVER = process.env['CLUSTER_MYSQL_URL'] ?? 'mysql://root@127.0.0.1:3306/';
const REDIS_URL = process.env['CLUSTER_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

export interface Cluster {
  dir: string;
  databaseUrl: string;
  redisUrl: string;
  s3: StartedS3;
  bucket: string;
  storageUrl: string;
  apis: ApiInstance[];
  nginx: Nginx;
  /** The environment every API instance gets. */
  env: Record<string, string>;
  /** A SQL statement on the cluster's database. */
  sql<T = Record<string, unknown>>(statement: string, params?: unknown[]): Promise<T[]>;
  /** Starts another instance on the cluster (e.g. after a kill). */
  startInstance(name: string, port: number, env?: Record<string, string>): Promise<ApiInstance>;
  stop(): Promise<void>;
}

export interface ClusterOptions {
  env?: Record<string, string>;
  instances?: number;
}

/**
 * MariaDB (a fresh database on the server at 127.0.0.1:3306), Redis (6379), s3rver (temp dir, random
 * port), the deploy step (`cli.js migrate`, then `cli.js seed`), N API instances with REDIS_URL and
 * STORAGE_URL=s3://…, and nginx in front. Everything is removed by stop().
 */
export async function startCluster(options: ClusterOptions = {}): Promise<Cluster> {
  const dir = mkdtempSync(join(tmpdir(), 'dvc-cluster-'));
  const name = `dvc_cluster_${randomBytes(4).toString('hex')}`;
  const admin = await createConnection({ uri: MYSQL_SERVER });
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  const databaseUrl = `${MYSQL_SERVER.replace(/\/?$/, '/')}${name}`;
  const db = await createConnection({ uri: databaseUrl, timezone: 'Z' });
  const started: { stop(): Promise<void> }[] = [];
  const stopAll = async () => {
    for (const s of started.reverse()) await s.stop().catch(() => undefined);
    await db.end().catch(() => undefined);
    const drop = await createConnection({ uri: MYSQL_SERVER });
    await drop.query(`DROP DATABASE IF EXISTS \`${name}\``);
    await drop.end();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const bucket = 'dvc-cluster';
    const s3 = await startS3rver(join(dir, 's3'), [bucket]);
    started.push(s3);
    const env: Record<string, string> = {
      DATABASE_URL: databaseUrl,
      REDIS_URL,
      STORAGE_URL: s3.storageUrl(bucket),
      MIGRATE_ON_START: 'false',
      SEED_ON_START: 'false',
      TRUST_PROXY: '1',
      CAPTCHA_FIXED_ANSWER: CAPTCHA_ANSWER,
      MAIL_OUTBOX_DIR: join(dir, 'outbox'),
      PORTAL_DIR: join(dir, 'no-portal'),
      PLAYGROUND_DIR: join(dir, 'no-playground'),
      SHUTDOWN_GRACE_S: '20',
      ...options.env,
    };
    // The deploy step of a rolling deploy: schema and seed data first, then the instances.
    for (const command of ['migrate', 'seed']) {
      const cli = run(`cli ${command}`, process.execPath, [join(API_DIR, 'cli.js'), command], {
        NODE_ENV: 'test',
        ...env,
      });
      const code = await cli.exited;
      if (code !== 0) throw new Error(`cli.js ${command} failed (${code}):\n${cli.output()}`);
    }
    const ports = await Promise.all(Array.from({ length: options.instances ?? 2 }, () => freePort()));
    const nginxPort = await freePort();
    env['PUBLIC_URL'] = `http://127.0.0.1:${nginxPort}`;
    const spoolRoot = join(dir, 'spool');
    const startInstance = async (instance: string, port: number, extra: Record<string, string> = {}) => {
      // Each instance has its own TMPDIR (upload spool files), as separate machines would.
      const tmp = join(spoolRoot, instance);
      mkdirSync(tmp, { recursive: true });
      const api = await startApi(instance, port, { ...env, TMPDIR: tmp, ...extra });
      started.push(api);
      return api;
    };
    const apis = await Promise.all(
      ports.map((port, i) => startInstance(`api-${String.fromCharCode(97 + i)}`, port)),
    );
    const nginx = await startNginx(join(dir, 'nginx'), nginxPort, ports);
    started.push(nginx);
    return {
      dir,
      databaseUrl,
      redisUrl: REDIS_URL,
      s3,
      bucket,
      storageUrl: env['STORAGE_URL'],
      apis,
      nginx,
      env,
      sql: async <T>(statement: string, params: unknown[] = []) =>
        (await db.query(statement, params))[0] as T[],
      startInstance,
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

/** Output of every process of the cluster, for a failing test's message. */
export function logsOf(procs: Proc[]): string {
  return procs.map((p) => `----- ${p.name}\n${p.output().slice(-4000)}`).join('\n');
}

export { waitUntil };
