// Two jest projects: fast unit specs beside the code, and integration suites that boot the whole API
// over HTTP against SQLite (default) or MySQL/MariaDB (TEST_DB=mysql, see npm run test:mysql).
const transform = {
  '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json' }],
};
const common = {
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform,
  moduleFileExtensions: ['ts', 'js', 'json'],
};

module.exports = {
  projects: [
    { ...common, displayName: 'unit', rootDir: __dirname, testMatch: ['<rootDir>/src/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'integration',
      rootDir: __dirname,
      testMatch: ['<rootDir>/test/**/*.integration-spec.ts'],
    },
  ],
  // Global-only option (ignored inside projects): integration suites boot whole apps, MySQL is slower.
  testTimeout: 60000,
};
