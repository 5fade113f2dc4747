import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { A11yRecord, a11yLogFile } from './a11y';
import { workspaceRoot } from './e2e-env';

type Counts = A11yRecord['counts'];

/**
 * Prints the axe counts of the run per page and language (the worst of its checks), and writes them
 * to dist/e2e/a11y-summary.json. Called by global teardown.
 */
export function printA11ySummary(workDir: string): void {
  const file = a11yLogFile(workDir);
  if (!existsSync(file)) return;
  const rows = new Map<string, { checks: number; counts: Counts; rules: Set<string>; at: Set<string> }>();
  for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
    const r = JSON.parse(line) as A11yRecord;
    const key = `${r.lang.padEnd(3)}${r.page}`;
    const row = rows.get(key) ?? {
      checks: 0,
      counts: { critical: 0, serious: 0, moderate: 0, minor: 0 },
      rules: new Set<string>(),
      at: new Set<string>(),
    };
    row.checks++;
    for (const impact of Object.keys(row.counts) as (keyof Counts)[])
      row.counts[impact] = Math.max(row.counts[impact], r.counts[impact]);
    for (const v of r.violations) {
      row.rules.add(`${v.id}(${v.impact})`);
      (v.targets ?? []).forEach((t) => row.at.add(`${v.id} at ${t}`));
    }
    rows.set(key, row);
  }
  const lines = [...rows.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, r]) => {
      const c = r.counts;
      const n = (x: number) => String(x).padStart(4);
      const where = [...r.at].map((a) => `\n      ${a}`).join('');
      return `${key.padEnd(48)}${n(r.checks)}${n(c.critical)}${n(c.serious)}${n(c.moderate)}${n(c.minor)}  ${[...r.rules].join(' ')}${where}`;
    });
  console.log(
    `\naxe-core per page (worst check; node counts): lang page, checks, critical, serious, moderate, minor\n${lines.join('\n')}\n`,
  );
  const out = join(workspaceRoot, 'dist/e2e');
  mkdirSync(out, { recursive: true });
  writeFileSync(
    join(out, 'a11y-summary.json'),
    JSON.stringify(
      Object.fromEntries(
        [...rows].map(([k, r]) => [k.replace(/\s+/, ' '), { ...r, rules: [...r.rules], at: [...r.at] }]),
      ),
      null,
      2,
    ),
  );
}
