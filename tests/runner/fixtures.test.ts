// The runner's own test: fixture suites that each break a run in one way, run through the very
// functions `npm test` uses (scripts/test-steps.mjs). Every broken run must count as failed and make
// the exit code non-zero; the passing fixtures show the same functions do count a clean run as clean.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { freshReportFolder, runPlaywright, runVitest } from '../../scripts/test-steps.mjs';
import { exitCodeOf } from '../../scripts/test-tally.mjs';

// Each fixture run starts a Vitest or Playwright process (a second or two alone, more on a busy machine).
const TIMEOUT = 60_000;
const reports = mkdtempSync(join(tmpdir(), 'aip-runner-'));
const VITEST_CONFIG = 'tests/runner/fixtures/vitest.config.ts';
const PLAYWRIGHT_CONFIG = 'tests/runner/fixtures/playwright.config.ts';
// A port of this copy's range (E2E_PORT + 8) for the web server that never starts.
const FIXTURE_PORT = Number(process.env['E2E_PORT'] ?? 4321) + 8;

beforeAll(() => {
  // This test runs inside Vitest; the fixture runs are separate Vitest processes that must not think
  // they are one of its workers.
  for (const key of Object.keys(process.env)) if (key.startsWith('VITEST')) delete process.env[key];
});

const vitestFixture = (file: string) =>
  runVitest({
    name: `vitest ${file}`,
    args: `--config ${VITEST_CONFIG} vitest/${file}.fixture.ts`,
    reports,
    quiet: true,
  });
const playwrightFixture = (file: string, env: Record<string, string> = {}) =>
  runPlaywright({
    name: `playwright ${file}`,
    args: `--config ${PLAYWRIGHT_CONFIG} ${file}.fixture.ts`,
    reports,
    env,
    quiet: true,
  });

test('two runs of the same name, even at once, write their reports to different empty folders', () => {
  const first = freshReportFolder(reports, 'playwright passes');
  const second = freshReportFolder(reports, 'playwright passes');
  expect(first).not.toBe(second);
  expect([readdirSync(first), readdirSync(second)]).toEqual([[], []]);
});

describe.concurrent('a Vitest run', { timeout: TIMEOUT }, () => {
  test('that passes counts its tests, skips included, and exits 0', async () => {
    const tally = await vitestFixture('passes');
    expect(tally).toEqual({ passed: 1, failed: 0, skipped: 1, problems: [] });
    expect(exitCodeOf(tally)).toBe(0);
  });

  test('with a failed test names it in the summary, with the first line of its error', async () => {
    const tally = await vitestFixture('fails');
    expect(tally).toEqual({
      passed: 1,
      failed: 1,
      skipped: 0,
      problems: [
        'vitest fails: 1 test failed',
        'vitest fails: tests/runner/fixtures/vitest/fails.fixture.ts › a group that fails: AssertionError: expected 4 to be 5 // Object.is equality',
      ],
    });
    expect(exitCodeOf(tally)).toBe(1);
  });

  test.each([
    ['whose beforeAll throws', 'before-all-fails', /before-all-fails\.fixture\.ts/],
    ['whose afterAll throws', 'after-all-throws', /teardown failed/],
    [
      'with an unhandled rejection after passing tests',
      'unhandled-rejection',
      /exited with code 1 after an error outside the tests/,
    ],
    ['with a file that throws on import', 'import-throws', /this file cannot be loaded/],
    ['with a test.only', 'only', /1 test failed/],
  ])('%s counts as failed and exits non-zero', async (_case, file, problem) => {
    const tally = await vitestFixture(file);
    expect(tally.failed).toBeGreaterThan(0);
    expect(
      tally.problems.some((text) => problem.test(text)),
      tally.problems.join('\n'),
    ).toBe(true);
    expect(exitCodeOf(tally)).toBe(1);
  });
});

describe.concurrent('a Playwright run', { timeout: TIMEOUT }, () => {
  test('that passes counts its tests and exits 0', async () => {
    const tally = await playwrightFixture('passes');
    expect(tally).toEqual({ passed: 2, failed: 0, skipped: 0, problems: [] });
    expect(exitCodeOf(tally)).toBe(0);
  });

  test('with a failed test names it in the summary, with the first line of its error', async () => {
    const tally = await playwrightFixture('fails');
    expect(tally).toEqual({
      passed: 1,
      failed: 1,
      skipped: 0,
      problems: [
        'playwright fails: 1 test failed',
        'playwright fails: fails.fixture.ts:4 › a group › that fails: Error: expect(received).toBe(expected) // Object.is equality',
      ],
    });
    expect(exitCodeOf(tally)).toBe(1);
  });

  test('with a spec that throws on import counts as failed and exits non-zero', async () => {
    const tally = await playwrightFixture('import-throws');
    expect(tally.failed).toBeGreaterThan(0);
    expect(tally.problems.join('\n')).toMatch(/this spec cannot be loaded/);
    expect(exitCodeOf(tally)).toBe(1);
  });

  test('with a test.only refuses it, counts the tests it would drop as failed and exits non-zero', async () => {
    const tally = await playwrightFixture('only');
    expect(tally.passed).toBe(0);
    // The focused test and the one it would silently drop, both listed, neither run; plus the refusal.
    expect(tally.failed).toBe(3);
    expect(tally.problems.join('\n')).toMatch(/not allowed due to the '--forbid-only' CLI flag/);
    expect(exitCodeOf(tally)).toBe(1);
  });

  test('whose web server fails to start counts as failed and exits non-zero', async () => {
    const tally = await playwrightFixture('passes', { FIXTURE_SERVER: String(FIXTURE_PORT) });
    expect(tally.passed).toBe(0);
    expect(tally.failed).toBe(3);
    expect(tally.problems.join('\n')).toMatch(/config\.webServer was not able to start/);
    expect(exitCodeOf(tally)).toBe(1);
  });
});
