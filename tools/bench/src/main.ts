// npm run bench [-- --db sqlite] [--duration 10] [--rounds 3] [--connections 50] [--smoke] [--only services,login]
//   [--cpu-prof <dir>] [--regenerate] [--scale 1]
// Measures the built API against the baselines B0 (node:http) and B1 (Express + Apollo `{ hello }`)
// in one run, interleaved in rounds, and writes dist/bench/report.md and report.json.
import autocannon from 'autocannon';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loginCookie, startApi, startBaseline, type Server } from './api';
import { explain } from './explain';
import { prepareDatabase, BENCH_PASSWORD, type Fixtures } from './generate';
import { OPERATIONS, type Operation } from './operations';
import { parseOptions, type BenchOptions } from './options';
import { BENCH_DIR } from './paths';
import { renderReport, type Result } from './report';

const opts = parseOptions(process.argv.slice(2));
const LOGIN_CONNECTIONS = 4;

interface Sample {
  rps: number;
  p50: number;
  p99: number;
  failed: number;
}

async function load(
  url: string,
  bodies: string[],
  cookie: string,
  seconds: number,
  connections = opts.connections,
): Promise<Sample> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    ...(cookie ? { cookie } : {}),
  };
  const result = await autocannon({
    url: `${url}/graphql`,
    connections,
    duration: seconds,
    requests: bodies.map((b) => ({ method: 'POST', headers, body: b })),
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failed: result.non2xx + result.errors + result.timeouts,
  };
}

/** Statements per request, from the API's X-Sql-Statements header (median of sequential requests). */
async function sqlPerRequest(url: string, bodies: string[], cookie: string): Promise<number[]> {
  const counts: number[] = [];
  for (const b of bodies.slice(0, 8)) {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: b,
    });
    const answer = (await res.json()) as { errors?: unknown[] };
    if (answer.errors?.length)
      throw new Error(`${b.slice(0, 80)}: ${JSON.stringify(answer.errors).slice(0, 500)}`);
    counts.push(Number(res.headers.get('x-sql-statements') ?? NaN));
  }
  return counts;
}

async function main(o: BenchOptions): Promise<void> {
  const prepared = await prepareDatabase(o);
  const fixtures: Fixtures = prepared.fixtures;
  const ops = OPERATIONS.filter((op) => !o.only || o.only.includes(op.name));
  const samples = new Map<string, Sample[]>();
  const sql = new Map<string, number[]>();
  const add = (name: string, s: Sample) => samples.set(name, [...(samples.get(name) ?? []), s]);
  const b0 = await startBaseline('b0');
  const b1 = await startBaseline('b1');
  const hello = JSON.stringify({ query: '{ hello }' });
  try {
    for (let round = 1; round <= o.rounds; round++) {
      const api = await startApi(
        prepared.env,
        o.cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${o.cpuProf}`] : [],
      );
      try {
        const cookies = {
          none: '',
          citizen: await loginCookie(api.url, fixtures.citizen, BENCH_PASSWORD),
          officer: await loginCookie(api.url, fixtures.officer, BENCH_PASSWORD),
        };
        // Interleaved: the baselines and the operations take turns, the order shifted every round.
        const turns: [string, Server, string[], string, Operation | null][] = [
          ['B0', b0, [hello], '', null],
          ['B1', b1, [hello], '', null],
          ...ops.map((op): [string, Server, string[], string, Operation] => [
            op.name,
            api,
            op.bodies(fixtures),
            cookies[op.auth],
            op,
          ]),
        ];
        const shift = (round - 1) % turns.length;
        for (const [name, server, bodies, cookie, op] of [...turns.slice(shift), ...turns.slice(0, shift)]) {
          if (op && !op.apart) await sqlPerRequest(server.url, bodies, cookie); // checks the answers, fills caches
          // Login is argon2-bound by design: 50 connections would only queue past autocannon's timeout.
          const connections = op?.apart ? Math.min(o.connections, LOGIN_CONNECTIONS) : o.connections;
          if (o.warmup > 0) await load(server.url, bodies, cookie, o.warmup, connections);
          const s = await load(server.url, bodies, cookie, o.duration, connections);
          add(name, s);
          if (op && !sql.has(name))
            sql.set(name, op.apart ? [] : await sqlPerRequest(server.url, bodies, cookie));
          console.log(
            `round ${round} ${name.padEnd(16)} ${s.rps.toFixed(0).padStart(6)} req/s  p50 ${s.p50} ms  p99 ${s.p99} ms${s.failed ? `  ${s.failed} FAILED` : ''}`,
          );
        }
      } finally {
        await api.stop();
      }
    }
  } finally {
    await b0.stop();
    await b1.stop();
  }
  const explained = await explain(prepared, fixtures);
  const results: Result[] = ['B0', 'B1', ...ops.map((op) => op.name)].map((name) => {
    const op = ops.find((x) => x.name === name) ?? null;
    return { name, op, samples: samples.get(name) ?? [], sql: sql.get(name) ?? [] };
  });
  const { markdown, json } = renderReport(o, fixtures, results, explained);
  mkdirSync(BENCH_DIR, { recursive: true });
  writeFileSync(join(BENCH_DIR, 'report.md'), markdown);
  writeFileSync(join(BENCH_DIR, 'report.json'), JSON.stringify(json, null, 2));
  console.log(`\n${markdown}`);
  console.log(`Written: dist/bench/report.md, dist/bench/report.json`);
  const failed = results.some((r) => r.samples.some((s) => s.failed > 0));
  if (failed) {
    console.error('Some requests failed (non-2xx, errors or timeouts): see the table.');
    process.exitCode = 1;
  }
}

main(opts).catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
