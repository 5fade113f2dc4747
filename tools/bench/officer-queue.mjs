#!/usr/bin/env node
// How long an officer's queue page (agencyDossiers) takes when the agency holds 10,000 dossiers.
// Starts the built API on a fresh SQLite file (seeded: catalog and demo accounts), inserts the
// dossiers straight into the database (one transaction, about a second), logs in as the demo officer
// `canbo` and times the portal's queue queries: median and p95 over 50 requests each.
//
//   npm run build (or npx nx build api), then: node tools/bench/officer-queue.mjs [--dossiers 10000] [--requests 50]
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { gql, loginCookie, startBuiltApi } from './lib/built-api.mjs';
import { importTs } from './lib/import-ts.mjs';

// The API's search folding and the main bench's status mix and datetime format.
const { foldVietnamese } = await importTs('libs/shared/domain/src/lib/text.ts');
const { benchStatus, sqlDate } = await importTs('tools/bench/src/bench-rows.ts');

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const DOSSIERS = option('dossiers', 10_000);
const REQUESTS = option('requests', 50);

// The queue page as the portal's officer workspace asks for it.
const QUEUE = `query Queue($filter: AgencyDossierFilter, $page: Int, $pageSize: Int) {
  agencyDossiers(filter: $filter, page: $page, pageSize: $pageSize) {
    totalCount page pageSize countsByStatus { status count }
    items { id code status submittedAt dueDate overdue availableActions version
      applicant { fullName } service { id name } }
  }
}`;

const CASES = [
  ['all sent, page 1', {}],
  ['tab Đã gửi', { filter: { status: 'SUBMITTED' } }],
  ['tab Đang xử lý, page 5', { filter: { status: 'IN_PROGRESS' }, page: 5 }],
  ['overdue', { filter: { overdue: true } }],
  ['search applicant "tran thi"', { filter: { search: 'tran thi' } }],
  // The day and number of a code, filled in from the first page.
  ['search part of a code', { filter: { search: 'CODE' } }],
  ['search a whole code', { filter: { search: 'FULLCODE' } }],
];

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Minh', 'Ngọc', 'Thanh', 'Quốc', 'Thu'];
const GIVEN = [
  'An',
  'Bình',
  'Chi',
  'Dũng',
  'Giang',
  'Hà',
  'Hùng',
  'Lan',
  'Long',
  'Mai',
  'Nam',
  'Phương',
  'Sơn',
  'Tâm',
  'Yến',
];
function fill(dbFile) {
  const db = new Database(dbFile);
  db.pragma('busy_timeout = 10000');
  const officer = db.prepare("SELECT agency_id FROM accounts WHERE username = 'canbo'").get();
  const owner = db.prepare("SELECT id FROM accounts WHERE username = 'congdan'").get();
  const agency = db.prepare('SELECT id, code FROM agencies WHERE id = ?').get(officer.agency_id);
  const procedures = db
    .prepare('SELECT id, code, name, processing_days FROM service_procedures WHERE agency_id = ?')
    .all(agency.id);
  const insert =
    db.prepare(`INSERT INTO dossiers (id, code, owner_id, procedure_id, agency_id, status, applicant,
    form_data, search_text, version, created_at, updated_at, submitted_at, due_date)
    VALUES (?, ?, ?, ?, ?, ?, ?, '{}', ?, ?, ?, ?, ?, ?)`);
  const step =
    db.prepare(`INSERT INTO processing_steps (id, dossier_id, position, action, from_status, to_status,
    note, actor_id, actor_name, actor_role, created_at) VALUES (?, ?, 1, 'SUBMIT', 'DRAFT', 'SUBMITTED', NULL, ?, ?, 'CITIZEN', ?)`);
  const now = Date.now();
  const perDay = new Map();
  db.transaction(() => {
    for (let i = 0; i < DOSSIERS; i++) {
      const submitted = new Date(
        now - Math.floor(((i * 7919) % 180_000) / 1000) * 86_400_000 - (i % 600) * 60_000,
      );
      const day = submitted.toISOString().slice(2, 10).replace(/-/g, '');
      // From 5001: the demo dossiers (and any real one) of the same day keep the low numbers.
      const seq = (perDay.get(day) ?? 5000) + 1;
      perDay.set(day, seq);
      const code = `${agency.code}-${day}-${String(seq).padStart(4, '0')}`;
      const name = `${FAMILY[i % FAMILY.length]} ${MIDDLE[(i >> 2) % MIDDLE.length]} ${GIVEN[(i * 7) % GIVEN.length]}`;
      const procedure = procedures[i % procedures.length];
      const status = benchStatus(i);
      const due =
        status === 'SUBMITTED'
          ? null
          : new Date(submitted.getTime() + (procedure.processing_days + 3) * 86_400_000);
      const id = randomUUID();
      insert.run(
        id,
        code,
        owner.id,
        procedure.id,
        agency.id,
        status,
        JSON.stringify({ fullName: name, citizenId: '001090012345' }),
        foldVietnamese(`${code} ${procedure.code} ${procedure.name} ${name}`).slice(0, 700),
        2,
        sqlDate(submitted),
        sqlDate(submitted),
        sqlDate(submitted),
        due ? sqlDate(due) : null,
      );
      step.run(randomUUID(), id, owner.id, name, sqlDate(submitted));
    }
  })();
  db.pragma('optimize');
  db.close();
}

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

const api = await startBuiltApi({ RATE_LIMIT_DISABLED: 'true', SEED_ON_START: 'true' });
try {
  const started = Date.now();
  fill(api.dbFile);
  console.log(`inserted ${DOSSIERS} dossiers into the agency of canbo in ${Date.now() - started} ms`);
  const cookie = await loginCookie(api, { username: 'canbo', password: 'Demo@2025' });
  const all = [];
  let someCode = '';
  for (const [name, variables] of CASES) {
    const vars = { pageSize: 20, ...variables };
    if (vars.filter?.search === 'CODE') vars.filter = { search: someCode.slice(-11) };
    if (vars.filter?.search === 'FULLCODE') vars.filter = { search: someCode };
    const first = await gql(api.url, QUEUE, vars, cookie);
    for (let i = 0; i < 3; i++) await gql(api.url, QUEUE, vars, cookie); // warm-up
    const times = [];
    for (let i = 0; i < REQUESTS; i++) {
      const t0 = performance.now();
      await gql(api.url, QUEUE, vars, cookie);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    all.push(...times);
    const page = first.data.agencyDossiers;
    someCode ||= page.items[7]?.code ?? '';
    console.log(
      `${name.padEnd(30)} total ${String(page.totalCount).padStart(5)}  median ${percentile(times, 50).toFixed(1)} ms  p95 ${percentile(times, 95).toFixed(1)} ms`,
    );
  }
  all.sort((a, b) => a - b);
  console.log(
    `officer queue, ${DOSSIERS} dossiers, ${all.length} requests: median ${percentile(all, 50).toFixed(1)} ms, p95 ${percentile(all, 95).toFixed(1)} ms`,
  );
} finally {
  await api.stop();
}
