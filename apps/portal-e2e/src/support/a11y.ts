import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { e2eEnv, workspaceRoot } from './e2e-env';

/**
 * axe-core in the browser suite. `checkA11y(page, name)` checks the page as it is now and fails on
 * any serious or critical violation; `watchA11y(context)` (applied by launchBrowser to every
 * context) checks each page the suite navigates to once per language, and fails the test when the
 * context closes. Every check's counts are written to a file that global teardown prints per page.
 */

const AXE_SOURCE = readFileSync(join(workspaceRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');
const BLOCKING = ['serious', 'critical'];
type Impact = 'critical' | 'serious' | 'moderate' | 'minor';
/** Navigation settles (lazy chunk, first query) before the automatic check looks. */
const SETTLE_MS = 400;

interface AxeViolation {
  id: string;
  impact: Impact | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

export interface A11yRecord {
  page: string;
  lang: string;
  url: string;
  counts: Record<Impact, number>;
  violations: { id: string; impact: string | null; nodes: number; targets: string[] }[];
}

/** Where the checks of this run are logged (read by global-teardown). */
export function a11yLogFile(workDir: string): string {
  return join(workDir, 'a11y.jsonl');
}

/** Pages shown by many URLs count once: ids and service codes become placeholders. */
export function pageKey(url: string): string {
  const { pathname } = new URL(url);
  return (
    pathname
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, ':id')
      .replace(/\/\d+(\.\d+)+(?=\/|$)/g, '/:code') || '/'
  );
}

// One axe run at a time per page: axe refuses to start while another run is going.
const queues = new WeakMap<Page, Promise<unknown>>();

async function runAxe(page: Page): Promise<{ violations: AxeViolation[]; lang: string; url: string }> {
  const previous = queues.get(page) ?? Promise.resolve();
  const run = previous
    .catch(() => undefined)
    .then(async () => {
      const loaded = await page.evaluate(() => typeof (window as { axe?: unknown }).axe !== 'undefined');
      // Evaluated over the DevTools protocol, so the portal's CSP (no inline scripts) does not apply.
      if (!loaded) await page.evaluate(AXE_SOURCE);
      return page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<unknown> } }).axe;
        const result = (await axe.run(document, { resultTypes: ['violations'] })) as {
          violations: AxeViolation[];
        };
        return {
          violations: result.violations.map((v) => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
          })),
          lang: document.documentElement.lang,
          url: location.href,
        };
      });
    });
  queues.set(page, run);
  return run;
}

function record(name: string, result: { violations: AxeViolation[]; lang: string; url: string }): A11yRecord {
  const counts = { critical: 0, serious: 0, moderate: 0, minor: 0 };
  for (const v of result.violations) if (v.impact) counts[v.impact] += v.nodes.length;
  const entry: A11yRecord = {
    page: name,
    lang: result.lang,
    url: result.url,
    counts,
    violations: result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.length,
      targets: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)),
    })),
  };
  appendFileSync(a11yLogFile(e2eEnv().workDir), `${JSON.stringify(entry)}\n`);
  return entry;
}

function describeBlocking(name: string, lang: string, violations: AxeViolation[]): string | null {
  const blocking = violations.filter((v) => v.impact && BLOCKING.includes(v.impact));
  if (!blocking.length) return null;
  const lines = blocking.flatMap((v) => [
    `  ${v.impact} ${v.id}: ${v.help}`,
    ...v.nodes.slice(0, 5).map((n) => `    at ${JSON.stringify(n.target)}`),
  ]);
  return `axe: ${blocking.length} serious/critical violation(s) on "${name}" (${lang}):\n${lines.join('\n')}`;
}

/** Checks the page as it is now; throws on any serious or critical violation. */
export async function checkA11y(page: Page, name: string): Promise<A11yRecord> {
  const result = await runAxe(page);
  const entry = record(name, result);
  const problem = describeBlocking(name, result.lang, result.violations);
  if (problem) throw new Error(problem);
  return entry;
}

interface Watch {
  pending: Set<Promise<void>>;
  failures: string[];
  seen: Set<string>;
}
const watches = new WeakMap<BrowserContext, Watch>();

/**
 * Checks every page the context's tabs navigate to (client-side route changes included), once per
 * page and language, after the navigation settles. Problems are raised by `flushA11y`.
 */
export function watchA11y(context: BrowserContext): void {
  const watch: Watch = { pending: new Set(), failures: [], seen: new Set() };
  watches.set(context, watch);
  context.on('page', (page) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    page.on('framenavigated', (frame) => {
      if (frame !== page.mainFrame()) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        const url = page.url();
        // The GraphQL playground is a bundled third-party IDE for developers, not a portal page;
        // axe's UMD wrapper would also register itself with Monaco's AMD loader and break it.
        if (!url.startsWith('http') || /^\/(graphql|playground-assets)(\/|$)/.test(new URL(url).pathname))
          return;
        const task = checkSettled(page, url, watch).finally(() => watch.pending.delete(task));
        watch.pending.add(task);
      }, SETTLE_MS);
    });
    page.on('close', () => clearTimeout(timer));
  });
}

async function checkSettled(page: Page, url: string, watch: Watch): Promise<void> {
  try {
    // Loading states come and go; check what the citizen reads once the page is drawn and they are gone.
    await page.waitForLoadState('load').catch(() => undefined);
    await page
      .waitForFunction(
        () =>
          (!document.querySelector('app-root') || document.querySelector('app-root main')) &&
          !document.querySelector(
            '[aria-busy="true"], .loading, .route-progress, [data-testid="session-pending"]',
          ),
        null,
        { timeout: 5000 },
      )
      .catch(() => undefined);
    if (page.isClosed() || page.url() !== url) return; // moved on: the next navigation checks
    const lang = await page.evaluate(() => document.documentElement.lang);
    const name = pageKey(url);
    if (watch.seen.has(`${lang} ${name}`)) return;
    watch.seen.add(`${lang} ${name}`);
    const result = await runAxe(page);
    record(name, result);
    const problem = describeBlocking(name, result.lang, result.violations);
    if (problem) watch.failures.push(problem);
  } catch (error) {
    // The test closed the tab or navigated away while axe ran: nothing to report for this page.
    if (!page.isClosed() && !/closed|destroyed|navigat/i.test(String(error)))
      console.warn(`axe could not check ${url}: ${String(error)}`);
  }
}

/** Waits for the automatic checks of a context and throws what they found (once). */
export async function flushA11y(context: BrowserContext): Promise<void> {
  const watch = watches.get(context);
  if (!watch) return;
  await Promise.allSettled([...watch.pending]);
  const failures = watch.failures.splice(0);
  if (failures.length) throw new Error(failures.join('\n'));
}
