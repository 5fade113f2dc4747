// Lets a child `node` process run the API's TypeScript sources as jest does (ts-jest with
// isolatedModules): each file is transpiled on require with the API's compiler options, and the
// workspace path aliases resolve to their sources. Used to start a second, real API process in the
// integration tests without a prior build.
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const ts = require('typescript');

const root = path.resolve(__dirname, '../../../..');
const configFile = path.join(root, 'apps/api/tsconfig.spec.json');
const parsed = ts.parseJsonConfigFileContent(
  ts.readConfigFile(configFile, ts.sys.readFile).config,
  ts.sys,
  path.dirname(configFile),
);
const compilerOptions = {
  ...parsed.options,
  module: ts.ModuleKind.CommonJS,
  isolatedModules: true,
  importHelpers: false,
  sourceMap: false,
  inlineSourceMap: true,
  inlineSources: false,
  declaration: false,
  noEmit: false,
};

const aliases = Object.fromEntries(
  Object.entries(parsed.options.paths ?? {}).map(([alias, [target]]) => [alias, path.join(root, target)]),
);
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolveFilename.call(this, aliases[request] ?? request, ...rest);
};

require.extensions['.ts'] = (module, filename) => {
  const source = fs.readFileSync(filename, 'utf8');
  const { outputText } = ts.transpileModule(source, { compilerOptions, fileName: filename });
  module._compile(outputText, filename);
};
