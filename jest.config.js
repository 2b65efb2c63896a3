// Server tests: unit specs beside the code (src/**/*.spec.ts) and end-to-end specs (test/e2e).
// Each e2e file gets its own database cloned from a template migrated once in globalSetup.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  },
];

module.exports = {
  testEnvironment: 'node',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.e2e-spec.ts', '<rootDir>/test/**/*.browser-spec.ts'],
  transform: { '^.+\\.ts$': swc },
  globalSetup: '<rootDir>/test/harness/global-setup.ts',
  globalTeardown: '<rootDir>/test/harness/global-teardown.ts',
  // Generous: a loaded CI machine (2 cores, 3 workers, Chromium) can take tens of seconds to start an app.
  testTimeout: 60000,
  maxWorkers: process.env.JEST_WORKERS ?? 3,
};
