#!/usr/bin/env node
// Writes brotli (.br, best quality) and gzip (.gz, level 9) copies next to the text files of a
// build, for the API to send by Accept-Encoding (apps/api/src/common/http/compression.ts) without
// compressing on every request. Runs after the portal build (apps/portal/project.json, target
// "build"). A copy that would not be smaller than its original is not written.
// Usage: node tools/build/precompress.mjs <dir> [<dir>…]
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const TEXT = /\.(html|js|mjs|css|json|svg|txt|xml|webmanifest|map)$/;
const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

async function* textFiles(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* textFiles(path);
    else if (TEXT.test(entry.name)) yield path;
  }
}

async function precompress(path) {
  const raw = await readFile(path);
  const [br, gzipped] = await Promise.all([
    brotli(raw, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
      },
    }),
    gz(raw, { level: 9 }),
  ]);
  const sizes = { raw: raw.length, br: 0, gz: 0 };
  if (br.length < raw.length) await writeFile(`${path}.br`, br).then(() => (sizes.br = br.length));
  if (gzipped.length < raw.length)
    await writeFile(`${path}.gz`, gzipped).then(() => (sizes.gz = gzipped.length));
  return sizes;
}

const dirs = process.argv.slice(2).map((d) => resolve(d));
if (!dirs.length) {
  console.error('Usage: node tools/build/precompress.mjs <dir> [<dir>…]');
  process.exit(2);
}
const started = Date.now();
const total = { files: 0, raw: 0, br: 0, gz: 0 };
for (const dir of dirs) {
  if (!(await stat(dir).catch(() => null))?.isDirectory()) {
    console.error(`precompress: no directory ${dir}`);
    process.exit(1);
  }
  const paths = [];
  for await (const path of textFiles(dir)) paths.push(path);
  // A few at a time: zlib runs on the libuv pool (4 threads).
  for (let i = 0; i < paths.length; i += 4) {
    for (const s of await Promise.all(paths.slice(i, i + 4).map(precompress))) {
      total.files++;
      total.raw += s.raw;
      total.br += s.br || s.raw;
      total.gz += s.gz || s.raw;
    }
  }
}
const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
console.log(
  `precompress: ${total.files} files, ${kb(total.raw)} → brotli ${kb(total.br)}, gzip ${kb(total.gz)}` +
    ` (${((Date.now() - started) / 1000).toFixed(1)} s)`,
);
