// The plain-node bench scripts (node tools/bench/*.mjs, no build step) use the same TypeScript code as
// the bundled bench and the API: the search folding of libs/shared/domain, the bench's row formats.
import { build } from 'esbuild';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');

/** Imports a self-contained TypeScript module (path from the workspace root), bundled in memory. */
export async function importTs(path) {
  const { outputFiles } = await build({
    entryPoints: [resolve(root, path)],
    bundle: true,
    write: false,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].contents).toString('base64')}`);
}
