// Mutation testing of src/lib (`npm run mutation`; not part of `npm test`, which it would make far
// slower). Stryker changes one small thing at a time in the code (a `>=` into `>`, a branch removed)
// and runs the unit tests that cover that spot; a mutant no test notices points at behaviour nothing
// pins down. Scores per folder and the equivalent mutants that remain: docs/mutation.md.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  // Only the tests that execute a mutant run against it.
  coverageAnalysis: 'perTest',
  // A glob, so modules added to src/lib later are mutated too.
  mutate: ['src/lib/**/*.ts'],
  // Re-runs only test mutants whose code or tests changed since the last run; the file is a local
  // cache (gitignored, see .gitignore): it records absolute results of one working copy and would
  // conflict on every merge.
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  // Two shared cores: one sandbox per core at most.
  concurrency: 2,
  // Static mutants (module-level constants: chart layout sizes, option lists, defaults) need every test
  // re-run in a fresh process; Stryker estimated them at 18 % of the metrics mutants and 80 % of that run's
  // time. They are left out of runs and of the score (docs/mutation.md).
  ignoreStatic: true,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 80, low: 60, break: null },
  ignorePatterns: [
    'dist',
    'dist-*',
    '.astro',
    'reports',
    'screenshots',
    'test-results',
    'playwright-report',
    'bench',
    '.stryker-tmp*',
  ],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
