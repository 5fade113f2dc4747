// The bench data itself (see generate.ts for when it is made): the seeded procedures cloned up to
// 2,000, 20,000 citizens and 20 officers here; the dossiers in fill-dossiers.ts. Multi-row INSERTs.
import { randomUUID } from 'node:crypto';
import { foldVietnamese } from '@dvc/shared/domain';
import type { BenchDb } from './db';
import { fillDossiers } from './fill-dossiers';
import type { Fixtures } from './generate';
import { type BenchCitizen, type BenchProcedure, type Row, sqlDate } from './bench-rows';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Minh', 'Ngọc', 'Thanh', 'Quốc', 'Thu'];
const GIVEN = ['An', 'Bình', 'Chi', 'Dũng', 'Giang', 'Hà', 'Hùng', 'Lan', 'Long', 'Mai', 'Nam', 'Sơn', 'Tâm'];

export async function fill(db: BenchDb, scale: number, uploadDir: string): Promise<Fixtures> {
  if (db.kind === 'mysql') await db.exec('SET foreign_key_checks = 0, unique_checks = 0');
  const now = new Date();
  const [demo] = await db.all<{ password_hash: string }>(
    "SELECT password_hash FROM accounts WHERE username = 'congdan'",
  );
  const agencies = new Map(
    (await db.all<{ id: string; code: string; name: string }>('SELECT id, code, name FROM agencies')).map(
      (a) => [a.id, a],
    ),
  );
  const procedures = await fillProcedures(db, scale);
  const citizens = await fillAccounts(db, scale, sqlDate(now), demo.password_hash, procedures);
  const dossiers = await fillDossiers(db, { scale, now, uploadDir, procedures, citizens, agencies });
  if (db.kind === 'sqlite') await db.exec('ANALYZE');
  else await db.exec('ANALYZE TABLE dossiers, processing_steps, dossier_files, service_procedures, accounts');
  return {
    citizen: 'bench00000',
    officer: 'benchcb00',
    dossierIds: dossiers.benchDossiers,
    serviceIds: procedures.slice(0, 40).map((p) => p.id),
    counts: {
      procedures: procedures.length,
      citizens: citizens.length,
      officers: 20,
      dossiers: dossiers.count,
      'history steps': dossiers.steps,
      'file rows': dossiers.files,
    },
  };
}

/** The seeded procedures, cloned (with their components and form) up to the target count. */
async function fillProcedures(db: BenchDb, scale: number): Promise<BenchProcedure[]> {
  const seedProcedures = await db.all<Row>('SELECT * FROM service_procedures ORDER BY code');
  const seedComponents = await db.all<Row>('SELECT * FROM document_components');
  const seedFields = await db.all<Row>('SELECT * FROM form_fields');
  const byProcedure = <T extends Row>(rows: T[]) => {
    const map = new Map<string, T[]>();
    for (const r of rows)
      map.set(String(r['procedure_id']), [...(map.get(String(r['procedure_id'])) ?? []), r]);
    return map;
  };
  const componentsOf = byProcedure(seedComponents);
  const fieldsOf = byProcedure(seedFields);
  const procedureCount = Math.max(seedProcedures.length, Math.round(2000 * scale));
  const procedures: BenchProcedure[] = [];
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
      search_name: foldVietnamese(name),
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
  return procedures;
}

/** Citizens (bench00000 owns exactly 100 dossiers) and 20 officers, busiest agency first. */
async function fillAccounts(
  db: BenchDb,
  scale: number,
  nowText: string,
  passwordHash: string,
  procedures: BenchProcedure[],
): Promise<BenchCitizen[]> {
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
  const citizens: BenchCitizen[] = [];
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
      passwordHash,
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
      passwordHash,
      0,
      nowText,
      nowText,
    ]);
  }
  await db.transaction(() => db.insert('accounts', accountColumns, accountRows));
  return citizens;
}
