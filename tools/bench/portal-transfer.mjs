#!/usr/bin/env node
// The home page's first-load transfer size: starts the production build of the API (serving the
// built portal), opens / in Debian's Chromium via playwright-core with an empty cache, and sums the
// bytes on the wire (encoded body sizes) per resource type, next to their decoded sizes.
// Builds nothing: run `npm run build` first. Usage: node tools/bench/portal-transfer.mjs [url]
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startBuiltApi } from './lib/built-api.mjs';

const root = resolve(import.meta.dirname, '../..');
const external = process.argv[2];
const api = external
  ? null
  : await startBuiltApi({
      SEED_ON_START: 'false',
      PORTAL_DIR: join(root, 'dist/apps/portal/browser'),
    });
const url = external ?? `${api.url}/`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  const page = await browser.newPage();
  const responses = [];
  page.on('requestfinished', (request) => responses.push(request));
  await page.goto(url, { waitUntil: 'networkidle' });
  const rows = new Map();
  for (const request of responses) {
    const response = await request.response();
    if (!response) continue;
    const type = request.resourceType();
    const wire = Math.max(0, (await request.sizes()).responseBodySize);
    const raw = (await response.body().catch(() => Buffer.alloc(0))).length;
    const row = rows.get(type) ?? { count: 0, wire: 0, raw: 0, encodings: new Set() };
    row.count++;
    row.wire += wire;
    row.raw += raw;
    row.encodings.add(response.headers()['content-encoding'] ?? 'identity');
    rows.set(type, row);
  }
  const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
  console.log(`First load of ${url} (empty cache), bytes of response bodies:`);
  for (const [type, r] of rows) {
    console.log(
      `  ${type.padEnd(10)} ${String(r.count).padStart(3)} files  transferred ${kb(r.wire).padStart(10)}` +
        `  decoded ${kb(r.raw).padStart(10)}  (${[...r.encodings].join(', ')})`,
    );
  }
  const js = rows.get('script');
  console.log(`JS transfer: ${kb(js?.wire ?? 0)} (${kb(js?.raw ?? 0)} decoded)`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  if (api) console.error(api.log());
  process.exitCode = 1;
} finally {
  await browser.close();
  await api?.stop();
}
