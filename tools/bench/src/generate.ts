// The benchmark's database: migrated and seeded by the API's own CLI, then filled with multi-row
// INSERTs (2,000 procedures, 20,000 citizens, 200,000 dossiers with history and file rows, 20
// officers at scale 1). A marker row records the migrations it was made with; a later run with the
// same schema reuses it (MariaDB: database dvc_bench; SQLite: dist/bench/bench-<scale>.sqlite).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { openMysql, openSqlite, splitMysqlUrl, type BenchDb } from './db';
import { fill } from './fill';
import type { BenchOptions } from './options';
import { API_DIR, BENCH_DIR } from './paths';

const GENERATOR_VERSION = 3;
export const BENCH_PASSWORD = 'Demo@2025'; // the seeded demo accounts' hash is reused

export interface Fixtures {
  citizen: string;
  officer: string;
  dossierIds: string[];
  serviceIds: string[];
  counts: Record<string, number>;
}

export interface PreparedDb {
  env: Record<string, string>;
  fixtures: Fixtures;
  open(): Promise<BenchDb>;
}

export async function prepareDatabase(opts: BenchOptions): Promise<PreparedDb> {
  const tag = opts.scale === 1 ? '' : `_s${String(opts.scale).replace('.', '')}`;
  const uploadDir = join(BENCH_DIR, `uploads-${opts.db}${tag}`);
  let url: string;
  let open: () => Promise<BenchDb>;
  let wipe: () => Promise<void>;
  if (opts.db === 'sqlite') {
    const file = join(BENCH_DIR, `bench${tag}.sqlite`);
    url = `sqlite:${file}`;
    open = async () => openSqlite(file);
    wipe = async () => {
      for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
    };
  } else {
    const { server, database } = splitMysqlUrl(opts.mysqlUrl);
    const name = `${database}${tag}`;
    url = `${server.replace(/\/$/, '')}/${name}`;
    open = () => openMysql(url);
    const admin = async (sql: string) => {
      const db = await openMysql(server);
      await db.exec(sql);
      await db.close();
    };
    await admin(`CREATE DATABASE IF NOT EXISTS \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    wipe = async () => {
      await admin(`DROP DATABASE IF EXISTS \`${name}\``);
      await admin(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    };
  }
  mkdirSync(BENCH_DIR, { recursive: true });
  const env = {
    DATABASE_URL: url,
    UPLOAD_DIR: uploadDir,
    MAIL_OUTBOX_DIR: join(BENCH_DIR, 'outbox'),
    NODE_ENV: 'test',
    SMTP_URL: '',
    SEED_ON_START: 'false',
  };
  cli('migrate', env);
  const fingerprint = await fingerprintOf(open, opts.scale);
  const known = opts.regenerate ? null : await readMarker(open, fingerprint);
  if (known) {
    console.log(`database: reusing ${url} (${describe(known.counts)})`);
    return { env, fixtures: known, open };
  }
  console.log(`database: generating ${url} at scale ${opts.scale} …`);
  const started = Date.now();
  await wipe();
  rmSync(uploadDir, { recursive: true, force: true });
  cli('migrate', env);
  cli('seed', env);
  const db = await open();
  try {
    const fixtures = await fill(db, opts.scale, uploadDir);
    await db.exec('CREATE TABLE bench_fill (id INT PRIMARY KEY, fingerprint VARCHAR(2000), fixtures TEXT)');
    await db.insert(
      'bench_fill',
      ['id', 'fingerprint', 'fixtures'],
      [[1, fingerprint, JSON.stringify(fixtures)]],
    );
    console.log(
      `database: generated in ${((Date.now() - started) / 1000).toFixed(1)} s (${describe(fixtures.counts)})`,
    );
    return { env, fixtures, open };
  } finally {
    await db.close();
  }
}

function describe(counts: Record<string, number>): string {
  return Object.entries(counts)
    .map(([k, v]) => `${v.toLocaleString('en')} ${k}`)
    .join(', ');
}

function cli(command: string, env: Record<string, string>): void {
  const main = join(API_DIR, 'cli.js');
  if (!existsSync(main)) throw new Error(`No API build at ${main}: run "npm run build" first.`);
  const r = spawnSync(process.execPath, [main, command], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`cli.js ${command} failed:\n${r.stdout}\n${r.stderr}`);
}

async function fingerprintOf(open: () => Promise<BenchDb>, scale: number): Promise<string> {
  const db = await open();
  try {
    const rows = await db.all<{ name: string }>('SELECT name FROM migrations ORDER BY id');
    return `v${GENERATOR_VERSION} scale ${scale}: ${rows.map((r) => r.name).join(',')}`;
  } finally {
    await db.close();
  }
}

async function readMarker(open: () => Promise<BenchDb>, fingerprint: string): Promise<Fixtures | null> {
  const db = await open();
  try {
    const rows = await db.all<{ fingerprint: string; fixtures: string }>(
      'SELECT * FROM bench_fill WHERE id = 1',
    );
    return sameData(rows[0]?.fingerprint, fingerprint) ? (JSON.parse(rows[0].fixtures) as Fixtures) : null;
  } catch {
    return null; // no marker table: not generated (or half-done)
  } finally {
    await db.close();
  }
}

/**
 * The same generator and scale, and the migrations it was generated with are the first ones now
 * (later migrations, applied by `cli.js migrate` above, only add to that schema): keep the data.
 */
function sameData(stored: string | undefined, current: string): boolean {
  if (!stored) return false;
  const [storedHead, storedList = ''] = stored.split(': ');
  const [currentHead, currentList = ''] = current.split(': ');
  return storedHead === currentHead && `${currentList},`.startsWith(`${storedList},`);
}
