import { resolve } from 'node:path';

/** The bundles run from dist/bench/, two levels below the workspace root. */
export const ROOT = resolve(import.meta.dirname, '../..');
export const BENCH_DIR = resolve(ROOT, 'dist/bench');

/** The API build to measure: dist/apps/api, or BENCH_API_DIR (e.g. a build of another checkout). */
export const API_DIR = process.env['BENCH_API_DIR']
  ? resolve(process.env['BENCH_API_DIR'])
  : resolve(ROOT, 'dist/apps/api');
