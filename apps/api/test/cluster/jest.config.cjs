// npm run test:cluster: the API as it is deployed with several instances. The API is built once
// (global-setup.cjs), then each suite starts MariaDB (a fresh database on the running server), Redis,
// an S3-protocol server (s3rver), two API processes and nginx in front of them; the fault suites also
// start a private mariadbd and stop or kill processes. Suites run one after the other.
module.exports = {
  preset: '../../../../jest.preset.js',
  displayName: 'cluster',
  rootDir: __dirname,
  testEnvironment: 'node',
  roots: ['<rootDir>', '<rootDir>/../faults'],
  testMatch: ['**/*.cluster-spec.ts', '**/*.fault-spec.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/../../tsconfig.jest.json' }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  globalSetup: '<rootDir>/global-setup.cjs',
  testTimeout: 120_000,
  maxWorkers: 1,
};
