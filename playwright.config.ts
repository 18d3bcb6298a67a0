import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from './scripts/find-chromium.mjs';

// End-to-end tests run against the production build (`npm run build`), served by `astro preview`.
// scripts/test.mjs finds a Chromium and passes it in CHROMIUM_PATH; Playwright's own download is not
// needed. A small static server serves the sub-path build (dist-subpath/) for the sub-path tests.
const SUBPATH = process.env['SUBPATH_BASE'] ?? '/aws-ai-practitioner/';
const executablePath = process.env['CHROMIUM_PATH'] || undefined;
// Ports of the two servers; set E2E_PORT to run a second copy of the project's tests on the same machine.
const PORT = Number(process.env['E2E_PORT'] ?? 4321);
const SUBPATH_PORT = PORT + 1;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // `npm test` always passes --forbid-only; this covers a bare `playwright test` on CI.
  forbidOnly: !!process.env['CI'],
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: process.env['PW_JSON_OUTPUT']
    ? [['list'], ['json', { outputFile: process.env['PW_JSON_OUTPUT'] }]]
    : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    // The site registers its worker only when a reader saves the offline copy; the offline tests
    // (tests/e2e/offline.spec.ts) allow it, elsewhere it stays out of the way.
    serviceWorkers: 'block',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    { name: 'site', testIgnore: /subpath\.spec\.ts|search-performance\.spec\.ts/ },
    { name: 'subpath', testMatch: /subpath\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH}` } },
    // Timings are measured once everything else has finished, one test at a time, so they measure
    // the search and not the other browser tests competing for a 2-core machine.
    {
      name: 'performance',
      testMatch: /search-performance\.spec\.ts/,
      dependencies: ['site', 'subpath'],
      fullyParallel: false,
    },
  ],
  webServer: [
    {
      command: `npx astro preview --host 127.0.0.1 --port ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env['CI'],
      timeout: 60_000,
    },
    {
      command: `node scripts/serve-static.mjs dist-subpath ${SUBPATH_PORT} ${SUBPATH}`,
      url: `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH}`,
      reuseExistingServer: !process.env['CI'],
      timeout: 60_000,
    },
  ],
});
