import type { Explained } from './explain';
import type { Fixtures } from './generate';
import type { Operation } from './operations';
import type { BenchOptions } from './options';

export interface Result {
  name: string;
  op: Operation | null;
  samples: { rps: number; p50: number; p99: number; failed: number }[];
  sql: number[];
}

const median = (xs: number[]) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const SQL_LIMIT = 6;

/** Medians over the rounds; the ratio is taken per round (same machine state), then its median. */
export function renderReport(o: BenchOptions, f: Fixtures, results: Result[], explained: Explained[]) {
  const b1 = results.find((r) => r.name === 'B1');
  const rows = results.map((r) => {
    const ratios = r.samples.map((s, i) => s.rps / (b1?.samples[i]?.rps ?? NaN));
    const rps = median(r.samples.map((s) => s.rps));
    const p50 = median(r.samples.map((s) => s.p50));
    const p99 = median(r.samples.map((s) => s.p99));
    const ratio = median(ratios);
    const b1p99 = median(b1?.samples.map((s) => s.p99) ?? []);
    const sqlMax = r.sql.length ? Math.max(...r.sql) : null;
    const checks: string[] = [];
    if (r.op && !r.op.apart) {
      if (r.op.target !== null && ratio < r.op.target) checks.push(`ratio < ${r.op.target}`);
      if (p99 > 1.5 * b1p99) checks.push(`p99 > 1.5×B1 (${(1.5 * b1p99).toFixed(0)} ms)`);
      if (sqlMax !== null && sqlMax > SQL_LIMIT) checks.push(`SQL > ${SQL_LIMIT}`);
    }
    const failed = r.samples.reduce((n, s) => n + s.failed, 0);
    return { name: r.name, rps, p50, p99, ratio, sql: r.sql, sqlMax, failed, apart: !!r.op?.apart, checks };
  });
  const fmt = (n: number, d = 0) => (Number.isFinite(n) ? n.toFixed(d) : '–');
  const lines = [
    `## Benchmark: ${o.db === 'mysql' ? 'MariaDB' : 'SQLite'}, ${o.connections} connections, ${o.rounds} round(s) of ${o.duration} s${o.smoke ? ' (SMOKE: numbers mean nothing)' : ''}`,
    '',
    `Data: ${Object.entries(f.counts)
      .map(([k, v]) => `${v.toLocaleString('en')} ${k}`)
      .join(', ')}. ${new Date().toISOString()}, Node ${process.version}.`,
    '',
    '| Operation | req/s | p50 ms | p99 ms | ratio to B1 | SQL/request | targets missed |',
    '|---|---:|---:|---:|---:|---:|---|',
    ...rows.map(
      (r) =>
        `| ${r.apart ? `${r.name} (apart: argon2)` : r.name} | ${fmt(r.rps)} | ${fmt(r.p50)} | ${fmt(r.p99)} | ${fmt(r.ratio, 2)} | ${r.sql.length ? `${median(r.sql)} (max ${r.sqlMax})` : '–'} | ${r.failed ? `**${r.failed} failed** ` : ''}${r.checks.join('; ') || (r.apart || r.name.startsWith('B') ? '' : 'none')} |`,
    ),
    '',
  ];
  if (explained.length) {
    lines.push(
      `### Query plans on ${o.db === 'mysql' ? 'MariaDB (EXPLAIN)' : 'SQLite (EXPLAIN QUERY PLAN)'}`,
      '',
    );
    for (const e of explained) {
      lines.push(`- **${e.name}**: \`${e.sql}\``);
      for (const p of e.plan)
        lines.push(
          `  - ${Object.entries(p)
            .map(([k, v]) => `${k}=${String(v)}`)
            .join(', ')}`,
        );
    }
    lines.push('');
  }
  return {
    markdown: lines.join('\n'),
    json: { options: o, data: f.counts, results: rows, explained, at: new Date().toISOString() },
  };
}
