import { defineConfig } from 'vitest/config';

// The tests Stryker runs against each mutant of src/lib (`npm run mutation`): the unit tests only. The
// built-site checks (tests/dist) need a build, the runner self-test spawns other test runs, the speed
// targets measure time (which instrumented code distorts) and the content checks start `astro sync`;
// none of them tests src/lib's behaviour, and each would make every mutant slower to judge.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Instrumented code on a busy 2-core machine runs several times slower than a plain run.
    testTimeout: 30_000,
    exclude: [
      'tests/unit/metrics/performance.test.ts',
      'tests/unit/content/bad-frontmatter.test.ts',
      'tests/unit/content/typos.test.ts',
    ],
  },
});
