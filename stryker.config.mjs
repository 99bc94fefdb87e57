// Mutation testing of the DOM-free code (src/store, src/adapters) with StrykerJS 9 (10 needs Node 22).
// `npm run test:mutation`; docs/reliability.md ("Mutation testing") explains the set-up and the results.
//
// The command runner runs test/node/support/mutation-run.mjs in the sandbox once per mutant: the
// adapter suites (test/contract, test/memory-adapter, test/mentored-adapter, from their TypeScript
// sources, in Node) and the store's Node tests (test/node/store*.test.mjs, against dist/, which the
// buildCommand compiles from the mutated sources). That script selects the tests that reach each
// mutant (from the coverage its dry run records) and stops at the first failure.

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'command',
  commandRunner: { command: 'node test/node/support/mutation-run.mjs' },
  // The store's tests import dist/; the adapter suites load src/ themselves. No declarations needed.
  buildCommand: 'tsc -p tsconfig.build.json --declaration false',
  mutate: [
    'src/store/**/*.ts',
    'src/adapters/**/*.ts',
    // Re-exports and type declarations only.
    '!src/adapters/index.ts',
    '!src/store/index.ts',
    // Seed data of the MemoryAdapter and the emulation (names, titles, agendas, times): its mutants are
    // other fixtures, not other behaviour, and each reruns whole files (it runs in beforeEach hooks).
    '!src/adapters/memory/generate.ts',
  ],
  // The command reports no per-test results: StrykerJS cannot analyse coverage itself
  // (mutation-run.mjs does it).
  coverageAnalysis: 'off',
  concurrency: 2,
  // A mutant run takes 0.3–5 s; a mutant that hangs a call fails on mutation-run.mjs's 3 s test timeout,
  // one that loops on StrykerJS's hit limit. This is for anything else.
  timeoutMS: 4000,
  timeoutFactor: 1,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: false },
  thresholds: { high: 80, low: 60, break: null },
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  tempDirName: '.stryker-tmp',
  // Only what the build and the tests read is copied into the sandbox.
  ignorePatterns: [
    '/dist',
    '/coverage',
    '/storybook-static',
    '/.storybook',
    '/docs',
    '/examples',
    '/stories',
    '/demo',
    '/dist-demo',
    '/bench',
    '/public',
    '/tmp',
    '/reports',
    '/.mutation-coverage',
  ],
  allowEmpty: true,
};
