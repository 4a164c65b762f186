/** @type {import('jest').Config} */
const shared = {
  testEnvironment: 'node',
  // Each file is transpiled on its own (types are checked by `npm run typecheck`, not here): ts-jest's
  // type-aware compiler kept the whole program, ~300 MB, in every worker, and a worker that large
  // takes longer than Jest's 500 ms to tear down, so Jest force-exited it at the end of the run.
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false, tsconfig: { isolatedModules: true } }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: { '^@undersigned/(.*)$': '<rootDir>/libs/$1' },
};

module.exports = {
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts'],
    },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
  maxWorkers: 2,
  testTimeout: 120_000,
};
