import { defineConfig } from 'vitest/config';

// Unit tests (tests/unit) and checks over the built site (tests/dist, after `npm run build`).
// Playwright's *.spec.ts files under tests/e2e are run by Playwright, not Vitest.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/dist/**/*.test.ts', 'tests/runner/*.test.ts'],
  },
});
