// npm run bench:portal -- --why: what makes the lab figures. For each page, one more throttled load
// with the layout shifts' sources (which element moved, from where to where) and a CPU profile of
// the load (DevTools protocol), summarised as the functions with the most self time, per script.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { BENCH_DIR } from './paths';

/** Added to the page's observers: every shift with the elements it moved, every LCP candidate. */
export const OBSERVE_SHIFTS = `(() => {
  const m = (window.__shifts = []);
  const name = (n) => !n || !n.tagName ? String(n && n.nodeName) :
    n.tagName.toLowerCase() + (n.id ? '#' + n.id : '') + (n.className && typeof n.className === 'string' ? '.' + n.className.trim().split(/\\s+/).join('.') : '');
  const path = (n) => { const p = []; for (let e = n; e && p.length < 3; e = e.parentElement) p.unshift(name(e)); return p.join(' > '); };
  const r = (x) => [Math.round(x.x), Math.round(x.y), Math.round(x.width), Math.round(x.height)].join(',');
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput)
    m.push({ t: Math.round(e.startTime), value: +e.value.toFixed(4),
      sources: (e.sources || []).map((s) => path(s.node) + ' [' + r(s.previousRect) + ' → ' + r(s.currentRect) + ']') });
  }).observe({ type: 'layout-shift', buffered: true });
  const lcp = (window.__lcp = []);
  new PerformanceObserver((l) => { for (const e of l.getEntries())
    lcp.push(Math.round(e.renderTime || e.startTime) + ' ms  ' + (e.element ? path(e.element) : e.url) + ' (' + e.size + ' px²)');
  }).observe({ type: 'largest-contentful-paint', buffered: true });
})();`;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export async function startProfile(cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
}

/** Stops the profile, writes it (open in DevTools) and prints the shifts and the top self-time frames. */
export async function report(cdp: CDPSession, page: Page, label: string): Promise<string> {
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  const file = join(BENCH_DIR, `portal-${label.replace(/\W+/g, '_') || 'home'}.cpuprofile`);
  writeFileSync(file, JSON.stringify(profile));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const scripts = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const f = byId.get(id)?.callFrame;
    if (!f) return;
    const script = f.url.split('/').pop() || '(native)';
    const key = `${f.functionName || '(anonymous)'} ${script}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    self.set(key, (self.get(key) ?? 0) + ms);
    scripts.set(script, (scripts.get(script) ?? 0) + ms);
  });
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, ms]) => `  ${ms.toFixed(0).padStart(6)} ms  ${k}`);
  const shifts = (await page.evaluate('window.__shifts')) as {
    t: number;
    value: number;
    sources: string[];
  }[];
  const lcp = (await page.evaluate('window.__lcp')) as string[];
  return [
    `### ${label}: largest contentful paint candidates`,
    ...lcp.map((c) => `  ${c}`),
    `### ${label}: layout shifts (time ms, value, moved elements [x,y,w,h before → after])`,
    ...shifts.map((s) => `  ${s.t} ms  ${s.value}\n    ${s.sources.join('\n    ')}`),
    `### ${label}: self time by script (CPU throttled 4×; ${file})`,
    ...top(scripts, 8),
    `### ${label}: top functions by self time`,
    ...top(self, 20),
    '',
  ].join('\n');
}
