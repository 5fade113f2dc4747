#!/usr/bin/env node
// Builds the offline GraphQL IDE (GraphiQL 5 + Monaco workers) into dist/playground/.
//
// The API serves dist/playground/index.html at `GET /graphql` (Accept: text/html)
// and every other file of dist/playground/ under the URL prefix `/playground-assets/`.
//
// Usage: node tools/playground/build.mjs   (also run by `nx build playground`)
import { build } from 'esbuild';
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ASSET_PREFIX = '/playground-assets/';
const TITLE = 'GraphQL playground — Cổng Dịch vụ công trực tuyến';

const here = dirname(fileURLToPath(import.meta.url));
const workspaceRoot = resolve(here, '../..');
const outdir = join(workspaceRoot, 'dist/playground');

/**
 * graphiql/style.css already contains Monaco's CSS (and the codicon font inlined),
 * in the right order relative to GraphiQL's own rules. Monaco's ESM sources also
 * `import './x.css'`; bundling those too would duplicate ~100 KB of CSS and append it
 * after GraphiQL's overrides. Turn them into empty modules.
 */
const skipMonacoCss = {
  name: 'skip-monaco-css',
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/]monaco-editor[\\/].*\.css$/ }, () => ({
      contents: '',
      loader: 'css',
    }));
  },
};

const indexHtml = `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <title>${TITLE}</title>
    <link rel="stylesheet" href="${ASSET_PREFIX}playground.css" />
    <style>
      html, body, #root { height: 100%; margin: 0; }
      body { overflow: hidden; }
    </style>
  </head>
  <body>
    <noscript>Cần bật JavaScript để dùng GraphQL playground.</noscript>
    <div id="root"></div>
    <script type="module" src="${ASSET_PREFIX}playground.js"></script>
  </body>
</html>
`;

async function listFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const files = await Promise.all(
    entries.map((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)])),
  );
  return files.flat();
}

function formatSize(bytes) {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MB` : `${(bytes / 1024).toFixed(1)} KB`;
}

async function main() {
  const started = performance.now();
  await rm(outdir, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });

  const result = await build({
    absWorkingDir: workspaceRoot,
    entryPoints: {
      playground: join(here, 'src/main.tsx'),
      // Monaco / monaco-graphql web workers, loaded by MonacoEnvironment.getWorker
      // as `new Worker(new URL('./<label>.worker.js', import.meta.url), { type: 'module' })`.
      'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
      'json.worker': 'monaco-editor/esm/vs/language/json/json.worker.js',
      'graphql.worker': 'monaco-graphql/esm/graphql.worker.js',
    },
    outdir,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2022', 'chrome111', 'firefox111', 'safari16.4'],
    minify: true,
    sourcemap: false,
    legalComments: 'none',
    jsx: 'automatic',
    tsconfig: join(here, 'tsconfig.json'),
    loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file' },
    assetNames: '[name]-[hash]',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [skipMonacoCss],
    logLevel: 'warning',
    metafile: true,
  });

  if (result.errors.length > 0) {
    throw new Error(`esbuild reported ${result.errors.length} error(s)`);
  }

  await writeFile(join(outdir, 'index.html'), indexHtml, 'utf8');

  const files = await listFiles(outdir);
  const sizes = await Promise.all(files.map(async (f) => [f, (await stat(f)).size]));
  sizes.sort((a, b) => b[1] - a[1]);
  let total = 0;
  for (const [file, size] of sizes) {
    total += size;
    console.log(`  ${relative(outdir, file).padEnd(32)} ${formatSize(size).padStart(10)}`);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `playground: ${files.length} files, total ${formatSize(total)} in ${relative(workspaceRoot, outdir)}/ (${seconds} s)`,
  );
}

main().catch((error) => {
  console.error('playground build failed:', error?.message ?? error);
  process.exitCode = 1;
});
