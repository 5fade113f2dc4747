// npm run bench:portal [-- --no-build] [--runs 3] [--why]
// Builds the portal (production), reports the initial JS and CSS (raw and gzip) and the largest lazy
// chunk, then runs / and /dich-vu-cong in headless Chromium at a phone viewport with 4× CPU
// throttling (DevTools protocol) against the built API serving the build, and computes LCP, CLS and
// total blocking time from PerformanceObserver entries. Writes dist/bench/portal-report.md/json.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startApi } from './api';
import { prepareDatabase } from './generate';
import { OBSERVE_SHIFTS, report, startProfile } from './portal-why';
import { parseOptions } from './options';
import { BENCH_DIR, ROOT } from './paths';

const argv = process.argv.slice(2);
const RUNS = Number(argv[argv.indexOf('--runs') + 1] || 3) || 3;
/** One more load per page with the shifts' sources and a CPU profile (portal-why.ts). */
const WHY = argv.includes('--why');
/** The checkout whose portal is built and measured: this one, or BENCH_SOURCE_DIR (e.g. a clean copy of HEAD). */
const SOURCE = process.env['BENCH_SOURCE_DIR'] ?? ROOT;
const PORTAL = join(SOURCE, 'dist/apps/portal/browser');
const TARGETS = { initialJsGzipKb: 150, lcpMs: 2500, tbtMs: 200, cls: 0.1 };

/** Registered before any page script: collects LCP, layout shifts and long tasks from navigation on. */
const OBSERVE = `(() => {
  const m = (window.__perf = { lcp: 0, cls: 0, longTasks: [], fcp: 0 });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) m.lcp = e.renderTime || e.startTime; })
    .observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) m.cls += e.value; })
    .observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) m.longTasks.push([e.startTime, e.duration]); })
    .observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === 'first-contentful-paint') m.fcp = e.startTime; })
    .observe({ type: 'paint', buffered: true });
})();`;

interface Weight {
  file: string;
  raw: number;
  gzip: number;
}

function weigh(file: string): Weight {
  const bytes = readFileSync(join(PORTAL, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** Chunks a module imports statically (dynamic `import("./x.js")` chunks are lazy). */
function staticImports(file: string): string[] {
  const code = readFileSync(join(PORTAL, file), 'utf8');
  const found = code.matchAll(/\b(?:import|export)\s*(?:[^'"();]*?\bfrom\s*)?["']\.\/([^"']+\.js)["']/g);
  return [...found].map((m) => m[1]);
}

/**
 * Initial files: what index.html loads (scripts, stylesheets) and every chunk those scripts import
 * statically, transitively (index.html lists at most a few of them as module preloads).
 */
function weights() {
  const html = readFileSync(join(PORTAL, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const queue = refs.filter((f) => f.endsWith('.js'));
  for (let i = 0; i < queue.length; i++) {
    for (const dep of staticImports(queue[i])) if (!queue.includes(dep)) queue.push(dep);
  }
  refs.push(...queue);
  const initial = [...new Set(refs)].map(weigh);
  const js = initial.filter((w) => w.file.endsWith('.js'));
  const css = initial.filter((w) => w.file.endsWith('.css'));
  const lazy = readdirSync(PORTAL)
    .filter((f) => f.endsWith('.js') && !refs.includes(f))
    .map(weigh)
    .sort((a, b) => b.gzip - a.gzip);
  const sum = (ws: Weight[], k: 'raw' | 'gzip') => ws.reduce((n, w) => n + w[k], 0);
  return {
    js: { files: js.length, raw: sum(js, 'raw'), gzip: sum(js, 'gzip') },
    css: { files: css.length, raw: sum(css, 'raw'), gzip: sum(css, 'gzip') },
    largestLazy: lazy[0] ?? null,
    lazyChunks: lazy.length,
  };
}

interface Lab {
  lcp: number;
  cls: number;
  tbt: number;
  fcp: number;
}

async function lab(url: string, why = false): Promise<Lab & { why?: string }> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox'],
  });
  try {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 3,
      isMobile: true,
      hasTouch: true,
      locale: 'vi-VN',
    });
    const page = await context.newPage();
    await page.addInitScript(OBSERVE);
    if (why) await page.addInitScript(OBSERVE_SHIFTS);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    if (why) await startProfile(cdp);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(3000); // late long tasks and shifts
    const m = (await page.evaluate('window.__perf')) as {
      lcp: number;
      cls: number;
      fcp: number;
      longTasks: [number, number][];
    };
    // Total blocking time: the part over 50 ms of every long task after the first contentful paint.
    const tbt = m.longTasks
      .filter(([start]) => start >= m.fcp)
      .reduce((n, [, d]) => n + Math.max(0, d - 50), 0);
    const detail = why ? await report(cdp, page, new URL(url).pathname) : undefined;
    return { lcp: m.lcp, cls: m.cls, tbt, fcp: m.fcp, why: detail };
  } finally {
    await browser.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  if (!argv.includes('--no-build')) {
    const r = spawnSync('npx', ['nx', 'build', 'portal', '--configuration=production', '--skip-nx-cache'], {
      cwd: SOURCE,
      stdio: 'inherit',
    });
    if (r.status !== 0)
      throw new Error('the portal build failed: see its output above (a type error, or a budget exceeded)');
  }
  if (!existsSync(join(PORTAL, 'index.html'))) throw new Error(`no portal build in ${PORTAL}`);
  const w = weights();
  const kb = (n: number) => (n / 1024).toFixed(1);
  // A small generated SQLite catalog (reused between runs) behind the built API serving the build.
  const db = await prepareDatabase({ ...parseOptions(['--db', 'sqlite', '--smoke']) });
  const api = await startApi({ ...db.env, PORTAL_DIR: PORTAL });
  const pages: Record<string, Lab> = {};
  try {
    for (const path of ['/', '/dich-vu-cong']) {
      const runs: Lab[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await lab(`${api.url}${path}`));
      pages[path] = {
        lcp: median(runs.map((r) => r.lcp)),
        cls: median(runs.map((r) => r.cls)),
        tbt: median(runs.map((r) => r.tbt)),
        fcp: median(runs.map((r) => r.fcp)),
      };
      if (WHY) console.log((await lab(`${api.url}${path}`, true)).why);
    }
  } finally {
    await api.stop();
  }
  const ok = (good: boolean) => (good ? 'met' : '**not met**');
  const lines = [
    `## Portal weight and lab run (${new Date().toISOString()}, ${statSync(join(PORTAL, 'index.html')).mtime.toISOString()} build)`,
    '',
    '| Measure | Raw | Gzip | Target |',
    '|---|---:|---:|---|',
    `| Initial JS (${w.js.files} files) | ${kb(w.js.raw)} kB | ${kb(w.js.gzip)} kB | ≤ ${TARGETS.initialJsGzipKb} kB gzip: ${ok(w.js.gzip <= TARGETS.initialJsGzipKb * 1024)} |`,
    `| Initial CSS (${w.css.files} files) | ${kb(w.css.raw)} kB | ${kb(w.css.gzip)} kB | |`,
    `| Largest lazy chunk (${w.largestLazy?.file ?? '–'}, of ${w.lazyChunks}) | ${kb(w.largestLazy?.raw ?? 0)} kB | ${kb(w.largestLazy?.gzip ?? 0)} kB | |`,
    '',
    `Headless Chromium, 390×844 phone viewport, 4× CPU throttling (CDP), no network throttling, median of ${RUNS} cold loads:`,
    '',
    '| Page | FCP | LCP | CLS | TBT |',
    '|---|---:|---:|---:|---:|',
    ...Object.entries(pages).map(
      ([path, p]) =>
        `| ${path} | ${p.fcp.toFixed(0)} ms | ${p.lcp.toFixed(0)} ms (${ok(p.lcp <= TARGETS.lcpMs)}) | ${p.cls.toFixed(3)} (${ok(p.cls <= TARGETS.cls)}) | ${p.tbt.toFixed(0)} ms (${ok(p.tbt <= TARGETS.tbtMs)}) |`,
    ),
    '',
  ];
  const markdown = lines.join('\n');
  writeFileSync(join(BENCH_DIR, 'portal-report.md'), markdown);
  writeFileSync(
    join(BENCH_DIR, 'portal-report.json'),
    JSON.stringify({ weights: w, pages, targets: TARGETS }, null, 2),
  );
  console.log(`\n${markdown}\nWritten: dist/bench/portal-report.md, dist/bench/portal-report.json`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
