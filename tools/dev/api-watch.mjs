// `npm run dev` (API half): rebuild on change with webpack and restart the server with node --watch.
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const main = join(root, 'dist/apps/api/main.js');
rmSync(main, { force: true });

const run = (cmd, args) => spawn(cmd, args, { cwd: root, stdio: 'inherit' });
const webpack = run('npx', [
  'webpack-cli',
  'build',
  '--watch',
  '--config',
  'apps/api/webpack.config.js',
  '--node-env=development',
]);
let server;
const timer = setInterval(() => {
  if (!existsSync(main)) return;
  clearInterval(timer);
  server = run(process.execPath, ['--enable-source-maps', '--watch', main]);
}, 500);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    webpack.kill(signal);
    server?.kill(signal);
    process.exit(0);
  });
}
