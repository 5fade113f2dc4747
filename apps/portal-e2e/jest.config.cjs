// Browser tests: the production build of the API (serving the portal and playground) in headless
// Debian Chromium via playwright-core, with a local SMTP server capturing mail. See src/support.
module.exports = {
  displayName: 'portal-e2e',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json' }] },
  globalSetup: '<rootDir>/src/support/global-setup.ts',
  globalTeardown: '<rootDir>/src/support/global-teardown.ts',
  testTimeout: 90000,
  maxWorkers: 1,
};
