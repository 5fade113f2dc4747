// Builds the API the cluster suites run (dist/cluster/api), the same webpack build as `nx build api`,
// into its own folder so a concurrent `npm run build` or browser suite is left alone.
// CLUSTER_API_DIR=<dir with main.js and cli.js> skips the build (e.g. to reuse dist/apps/api).
const { execFileSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const { join, resolve } = require('node:path');

module.exports = async () => {
  const root = resolve(__dirname, '../../../..');
  if (process.env.CLUSTER_API_DIR) {
    if (!existsSync(join(process.env.CLUSTER_API_DIR, 'main.js')))
      throw new Error('CLUSTER_API_DIR has no main.js');
    return;
  }
  const out = join(root, 'dist/cluster/api');
  const started = Date.now();
  execFileSync(
    process.execPath,
    [
      join(root, 'node_modules/webpack-cli/bin/cli.js'),
      'build',
      '--config',
      'apps/api/webpack.config.js',
      '--node-env=production',
      '--output-path',
      out,
    ],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      // The Nx webpack plugin reads the project and target from the task environment.
      env: {
        ...process.env,
        NX_TASK_TARGET_PROJECT: 'api',
        NX_TASK_TARGET_TARGET: 'build',
        NX_DAEMON: 'false',
      },
    },
  );
  process.env.CLUSTER_API_DIR = out;
  console.log(
    `\nAPI built for the cluster suites in ${((Date.now() - started) / 1000).toFixed(0)} s: ${out}`,
  );
};
