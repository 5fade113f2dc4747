// The benchmark's database: migrated and seeded by the API's own CLI, then filled with multi-row
// INSERTs (2,000 procedures, 20,000 citizens, 200,000 dossiers with history and file rows, 20
// officers at scale 1). A marker row records the migrations it was made with; a later run with the
// same schema reuses it (MariaDB: database dvc_bench; SQLite: dist/bench/bench-<scale>.sqlite).
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { openMysql, openSqlite, splitMysqlUrl, type BenchDb } from './db';
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

const STATUSES: [string, number][] = [
  ['SUBMITTED', 0.15],
  ['RECEIVED', 0.1],
  ['IN_PROGRESS', 0.2],
  ['SUPPLEMENT_REQUESTED', 0.05],
  ['COMPLETED', 0.4],
  ['REJECTED', 0.1],
];
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Minh', 'Ngọc', 'Thanh', 'Quốc', 'Thu'];
const GIVEN = ['An', 'Bình', 'Chi', 'Dũng', 'Giang', 'Hà', 'Hùng', 'Lan', 'Long', 'Mai', 'Nam', 'Sơn', 'Tâm'];

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9.\-\s]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
/** How TypeORM stores a datetime (UTC, milliseconds); MariaDB accepts the same text. */
const sqlDate = (d: Date) => d.toISOString().replace('T', ' ').replace('Z', '');

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

type Row = Record<string, unknown>;

async function fill(db: BenchDb, scale: number, uploadDir: string): Promise<Fixtures> {
  if (db.kind === 'mysql') await db.exec('SET foreign_key_checks = 0, unique_checks = 0');
  const now = new Date();
  const nowText = sqlDate(now);
  const [demo] = await db.all<{ password_hash: string }>(
    "SELECT password_hash FROM accounts WHERE username = 'congdan'",
  );
  const seedProcedures = await db.all<Row>('SELECT * FROM service_procedures ORDER BY code');
  const seedComponents = await db.all<Row>('SELECT * FROM document_components');
  const seedFields = await db.all<Row>('SELECT * FROM form_fields');
  const agencies = new Map(
    (await db.all<{ id: string; code: string; name: string }>('SELECT id, code, name FROM agencies')).map(
      (a) => [a.id, a],
    ),
  );
  const byProcedure = <T extends Row>(rows: T[]) => {
    const map = new Map<string, T[]>();
    for (const r of rows)
      map.set(String(r['procedure_id']), [...(map.get(String(r['procedure_id'])) ?? []), r]);
    return map;
  };
  const componentsOf = byProcedure(seedComponents);
  const fieldsOf = byProcedure(seedFields);

  // Procedures: the seeded ones, cloned (with their components and form) up to the target count.
  const procedureCount = Math.max(seedProcedures.length, Math.round(2000 * scale));
  const procedures: {
    id: string;
    code: string;
    name: string;
    agencyId: string;
    days: number;
    componentId: string;
  }[] = [];
  for (const p of seedProcedures) {
    procedures.push({
      id: String(p['id']),
      code: String(p['code']),
      name: String(p['name']),
      agencyId: String(p['agency_id']),
      days: Number(p['processing_days']),
      componentId: String(componentsOf.get(String(p['id']))?.[0]?.['id'] ?? randomUUID()),
    });
  }
  const procRows: unknown[][] = [];
  const compRows: unknown[][] = [];
  const fieldRows: unknown[][] = [];
  const procColumns = Object.keys(seedProcedures[0]);
  const compColumns = Object.keys(seedComponents[0]);
  const fieldColumns = Object.keys(seedFields[0]);
  for (let n = 0; procedures.length < procedureCount; n++) {
    const src = seedProcedures[n % seedProcedures.length];
    const id = randomUUID();
    const name = `${String(src['name'])} (mẫu ${n + 1})`;
    const copy: Row = {
      ...src,
      id,
      code: `${String(src['code'])}.${n + 1}`,
      name,
      popularity: (n * 7919) % 1000,
      search_name: fold(name),
      search_text: `${String(src['search_text'])} mau ${n + 1}`,
    };
    procRows.push(procColumns.map((c) => copy[c]));
    let first = '';
    for (const c of componentsOf.get(String(src['id'])) ?? []) {
      const cid = randomUUID();
      first ||= cid;
      const row: Row = {
        ...c,
        id: cid,
        procedure_id: id,
        template_key: null,
        template_fingerprint: null,
        template_generated: 0,
      };
      compRows.push(compColumns.map((k) => row[k]));
    }
    for (const f of fieldsOf.get(String(src['id'])) ?? []) {
      const row: Row = { ...f, id: randomUUID(), procedure_id: id };
      fieldRows.push(fieldColumns.map((k) => row[k]));
    }
    procedures.push({
      id,
      code: String(copy['code']),
      name,
      agencyId: String(src['agency_id']),
      days: Number(src['processing_days']),
      componentId: first,
    });
  }
  await db.transaction(async () => {
    await db.insert('service_procedures', procColumns, procRows);
    await db.insert('document_components', compColumns, compRows);
    await db.insert('form_fields', fieldColumns, fieldRows);
  });

  // Accounts: citizens (bench00000 owns exactly 100 dossiers) and 20 officers, busiest agency first.
  const accountColumns = [
    'id',
    'username',
    'email',
    'email_verified_at',
    'full_name',
    'citizen_id',
    'role',
    'agency_id',
    'password_hash',
    'demo_password',
    'created_at',
    'updated_at',
  ];
  const citizenCount = Math.max(200, Math.round(20_000 * scale));
  const citizens: { id: string; name: string; citizenId: string }[] = [];
  const accountRows: unknown[][] = [];
  for (let i = 0; i < citizenCount; i++) {
    const id = randomUUID();
    const name = `${FAMILY[i % FAMILY.length]} ${MIDDLE[(i >> 2) % MIDDLE.length]} ${GIVEN[(i * 7) % GIVEN.length]}`;
    const citizenId = `09${String(i).padStart(10, '0')}`;
    citizens.push({ id, name, citizenId });
    const username = `bench${String(i).padStart(5, '0')}`;
    accountRows.push([
      id,
      username,
      `${username}@example.vn`,
      nowText,
      name,
      citizenId,
      'CITIZEN',
      null,
      demo.password_hash,
      0,
      nowText,
      nowText,
    ]);
  }
  const perAgency = new Map<string, number>();
  for (const p of procedures) perAgency.set(p.agencyId, (perAgency.get(p.agencyId) ?? 0) + 1);
  const busiest = [...perAgency.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
  for (let k = 0; k < 20; k++) {
    const username = `benchcb${String(k).padStart(2, '0')}`;
    accountRows.push([
      randomUUID(),
      username,
      `${username}@example.vn`,
      nowText,
      `Cán bộ ${k + 1}`,
      null,
      'OFFICER',
      busiest[k % busiest.length],
      demo.password_hash,
      0,
      nowText,
      nowText,
    ]);
  }
  await db.transaction(() => db.insert('accounts', accountColumns, accountRows));

  // Dossiers with two history steps (one when only submitted) and one file row each.
  const dossierCount = Math.max(1000, Math.round(200_000 * scale));
  const dossierColumns = [
    'id',
    'code',
    'owner_id',
    'procedure_id',
    'agency_id',
    'status',
    'applicant',
    'form_data',
    'search_text',
    'version',
    'created_at',
    'updated_at',
    'submitted_at',
    'due_date',
  ];
  const stepColumns = [
    'id',
    'dossier_id',
    'position',
    'action',
    'from_status',
    'to_status',
    'note',
    'actor_id',
    'actor_name',
    'actor_role',
    'agency_id',
    'agency_name',
    'created_at',
  ];
  const fileColumns = [
    'id',
    'dossier_id',
    'component_id',
    'file_name',
    'size',
    'mime_type',
    'detected_type',
    'sha256',
    'storage_key',
    'uploaded_by',
    'uploaded_at',
    'kind',
  ];
  const sha = 'a'.repeat(64);
  const benchDossiers: string[] = [];
  const CHUNK = 10_000;
  let counts = { steps: 0, files: 0 };
  for (let start = 0; start < dossierCount; start += CHUNK) {
    const dossiers: unknown[][] = [];
    const steps: unknown[][] = [];
    const files: unknown[][] = [];
    for (let i = start; i < Math.min(dossierCount, start + CHUNK); i++) {
      const owner = i < 100 ? citizens[0] : citizens[1 + (i % (citizens.length - 1))];
      const p = procedures[(i * 31) % procedures.length];
      const agency = agencies.get(p.agencyId);
      const submitted = new Date(now.getTime() - ((i * 7919) % 365) * 86_400_000 - (i % 600) * 60_000);
      let r = ((i * 2654435761) % 1000) / 1000;
      const status = STATUSES.find(([, share]) => (r -= share) < 0)?.[0] ?? 'COMPLETED';
      const due =
        status === 'SUBMITTED' ? null : sqlDate(new Date(submitted.getTime() + (p.days + 3) * 86_400_000));
      const id = randomUUID();
      if (i < 100) benchDossiers.push(id);
      const code = `${agency?.code ?? 'X'}-${submitted.toISOString().slice(2, 10).replace(/-/g, '')}-${String(i).padStart(6, '0')}`;
      const at = sqlDate(submitted);
      dossiers.push([
        id,
        code,
        owner.id,
        p.id,
        p.agencyId,
        status,
        JSON.stringify({ fullName: owner.name, citizenId: owner.citizenId }),
        '{}',
        fold(`${code} ${p.code} ${p.name} ${owner.name}`).slice(0, 700),
        2,
        at,
        at,
        at,
        due,
      ]);
      steps.push([
        randomUUID(),
        id,
        1,
        'SUBMIT',
        'DRAFT',
        'SUBMITTED',
        null,
        owner.id,
        owner.name,
        'CITIZEN',
        null,
        null,
        at,
      ]);
      if (status !== 'SUBMITTED') {
        steps.push([
          randomUUID(),
          id,
          2,
          'RECEIVE',
          'SUBMITTED',
          'RECEIVED',
          'Hồ sơ hợp lệ.',
          null,
          'Cán bộ tiếp nhận',
          'OFFICER',
          p.agencyId,
          agency?.name ?? null,
          at,
        ]);
      }
      const key = `bench/${id}.pdf`;
      files.push([
        randomUUID(),
        id,
        p.componentId,
        'to-khai.pdf',
        16,
        'application/pdf',
        'pdf',
        sha,
        key,
        owner.id,
        at,
        'ATTACHMENT',
      ]);
      if (i < 100) {
        // Tiny bytes for the benchmarked citizen's files, so their download links work.
        const path = join(uploadDir, key);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, '%PDF-1.4\n%%EOF\n');
      }
    }
    await db.transaction(async () => {
      await db.insert('dossiers', dossierColumns, dossiers);
      await db.insert('processing_steps', stepColumns, steps);
      await db.insert('dossier_files', fileColumns, files);
    });
    counts = { steps: counts.steps + steps.length, files: counts.files + files.length };
  }
  if (db.kind === 'sqlite') await db.exec('ANALYZE');
  else await db.exec('ANALYZE TABLE dossiers, processing_steps, dossier_files, service_procedures, accounts');
  return {
    citizen: 'bench00000',
    officer: 'benchcb00',
    dossierIds: benchDossiers,
    serviceIds: procedures.slice(0, 40).map((p) => p.id),
    counts: {
      procedures: procedures.length,
      citizens: citizenCount,
      officers: 20,
      dossiers: dossierCount,
      'history steps': counts.steps,
      'file rows': counts.files,
    },
  };
}
