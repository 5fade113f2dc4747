#!/usr/bin/env node
// How long the statistics take at 200,000 dossiers (issue 14). Starts the built API on a fresh SQLite
// file (seeded: catalog and demo accounts), inserts the dossiers straight into the database (one
// transaction) spread over every agency's procedures and the last 12 months, with their statistics
// rows (what a report reads: outcome, supplement requests, rating), logs in as the demo admin
// `quantri` and times agencyStatistics (every agency for a quarter and for a year, one agency for a year) and publicStatistics (a year,
// a different period each request so the one-minute cache never answers): median and p95.
//
//   npm run build (or a build elsewhere: BENCH_API_DIR=<dir> NODE_PATH=<repo>/node_modules), then:
//   node tools/bench/statistics.mjs [--dossiers 200000] [--requests 20]
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { gql, loginCookie, startBuiltApi } from './lib/built-api.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const DOSSIERS = option('dossiers', 200_000);
const REQUESTS = option('requests', 20);
const DAY = 86_400_000;

const FIGURES = `received inProgress completedOnTime completedLate rejected supplementRequests
  averageProcessingDays onTimeRate averageRating ratingCount`;
const AGENCY = `query A($from: DateTime!, $to: DateTime!, $agencyId: ID) {
  agencyStatistics(from: $from, to: $to, agencyId: $agencyId) {
    totals { ${FIGURES} } agencies { agencyId agencyName figures { ${FIGURES} }
      procedures { procedureId procedureCode procedureName figures { ${FIGURES} } } } } }`;
const PUBLIC = `query P($from: DateTime!, $to: DateTime!) {
  publicStatistics(from: $from, to: $to) { totals { ${FIGURES} } agencies { agencyId agencyName figures { ${FIGURES} } } } }`;

/** How TypeORM stores a datetime in SQLite (UTC). */
const sqlDate = (d) => d.toISOString().replace('T', ' ').replace('Z', '');

function fill(dbFile) {
  const db = new Database(dbFile);
  db.pragma('busy_timeout = 10000');
  const owner = db.prepare("SELECT id FROM accounts WHERE username = 'congdan'").get();
  const procedures = db.prepare('SELECT id, agency_id, processing_days FROM service_procedures').all();
  const dossier = db.prepare(`INSERT INTO dossiers (id, code, owner_id, procedure_id, agency_id, status,
    applicant, form_data, search_text, version, created_at, updated_at, submitted_at, due_date)
    VALUES (?, ?, ?, ?, ?, ?, '{}', '{}', '', 2, ?, ?, ?, ?)`);
  const stats =
    db.prepare(`INSERT INTO dossier_statistics (dossier_id, agency_id, procedure_id, submitted_at, status,
    finished_at, working_days, on_time, supplement_count, rating) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const now = Date.now();
  db.transaction(() => {
    for (let i = 0; i < DOSSIERS; i++) {
      const p = procedures[(i * 7919) % procedures.length];
      const submitted = new Date(now - ((i * 104729) % 365) * DAY - (i % 600) * 60_000);
      const r = ((i * 2654435761) % 1000) / 1000;
      const status = r < 0.15 ? 'IN_PROGRESS' : r < 0.2 ? 'SUBMITTED' : r < 0.3 ? 'REJECTED' : 'COMPLETED';
      const due = new Date(submitted.getTime() + (p.processing_days + 2) * DAY);
      const id = randomUUID();
      dossier.run(
        id,
        `BENCH-${i}`,
        owner.id,
        p.id,
        p.agency_id,
        status,
        sqlDate(submitted),
        sqlDate(submitted),
        sqlDate(submitted),
        sqlDate(due),
      );
      const finished = status === 'COMPLETED' || status === 'REJECTED';
      const late = status === 'COMPLETED' && i % 5 === 0;
      const end = new Date(submitted.getTime() + (late ? p.processing_days + 5 : (i % 7) + 1) * DAY);
      stats.run(
        id,
        p.agency_id,
        p.id,
        sqlDate(submitted),
        status,
        finished ? sqlDate(end) : null,
        finished ? (i % 7) + 1 : null,
        finished ? (late ? 0 : 1) : null,
        i % 10 === 0 ? 1 : 0,
        status === 'COMPLETED' && i % 3 === 0 ? 1 + (i % 5) : null,
      );
    }
  })();
  db.pragma('optimize');
  const agency = db
    .prepare('SELECT agency_id AS id, COUNT(*) AS n FROM dossiers GROUP BY agency_id ORDER BY n DESC LIMIT 1')
    .get();
  db.close();
  return { procedures: procedures.length, busiestAgency: agency };
}

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

const api = await startBuiltApi({ RATE_LIMIT_DISABLED: 'true', SEED_ON_START: 'true' });
try {
  const started = Date.now();
  const { procedures, busiestAgency } = fill(api.dbFile);
  console.log(`inserted ${DOSSIERS} dossiers over ${procedures} procedures in ${Date.now() - started} ms`);
  const cookie = await loginCookie(api, { username: 'quantri', password: 'Demo@2025' });
  const now = Date.now();
  const year = { from: new Date(now - 366 * DAY).toISOString(), to: new Date(now + DAY).toISOString() };
  const quarter = { from: new Date(now - 92 * DAY).toISOString(), to: new Date(now + DAY).toISOString() };
  const cases = [
    [`every agency, a quarter`, AGENCY, () => quarter],
    [`every agency, a year`, AGENCY, () => year],
    [
      `one agency (${busiestAgency.n} dossiers), a year`,
      AGENCY,
      () => ({ ...year, agencyId: busiestAgency.id }),
    ],
    // A different `to` each time: the public cache (keyed by period) never answers.
    [
      `public, a year (uncached)`,
      PUBLIC,
      (i) => ({ from: year.from, to: new Date(now + DAY + i * 1000).toISOString() }),
    ],
  ];
  for (const [name, query, vars] of cases) {
    const first = await gql(api.url, query, vars(-1), cookie);
    if (first.errors) throw new Error(JSON.stringify(first.errors));
    const totals = Object.values(first.data)[0].totals;
    const times = [];
    for (let i = 0; i < REQUESTS; i++) {
      const t0 = performance.now();
      await gql(api.url, query, vars(i), cookie);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    console.log(
      `${name.padEnd(36)} received ${String(totals.received).padStart(6)}  median ${percentile(times, 50).toFixed(1)} ms  p95 ${percentile(times, 95).toFixed(1)} ms`,
    );
  }
} finally {
  await api.stop();
}
