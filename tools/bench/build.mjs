#!/usr/bin/env node
// Bundles the TypeScript benchmark (tools/bench/src/*.ts entry points) into dist/bench/*.mjs with
// esbuild; packages stay external (resolved from node_modules at run time).
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
await build({
  entryPoints: ['main', 'baseline', 'portal']
    .filter((n) => existsSync(resolve(root, `tools/bench/src/${n}.ts`)))
    .map((n) => resolve(root, `tools/bench/src/${n}.ts`)),
  outdir: resolve(root, 'dist/bench'),
  outExtension: { '.js': '.mjs' },
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
});
