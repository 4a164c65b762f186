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
      testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts', '<rootDir>/scripts/**/*.spec.ts'],
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
  // How long a worker may take to exit once every test has run, before Jest kills it and says it "failed
  // to exit gracefully" (500 ms by default). A worker that ends leaves nothing open here (its `exit`
  // event comes within milliseconds of the end message, holding only its stdio pipes; test/test-app.e2e-spec.ts
  // shows a closed test app leaves nothing listening), but Node then tears down a 300–900 MB heap, which took
  // 0.6–1.4 s on this 2-core machine at load 16, and Jest printed the warning for passing runs. A handle a test
  // does leak keeps its worker alive for good, and is still reported, 10 s later.
  workerGracefulExitTimeout: 10_000,
  testTimeout: 120_000,
};
