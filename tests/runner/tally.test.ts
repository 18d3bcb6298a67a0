// How scripts/test-tally.mjs turns a step's results into "N passed, N failed": small hand-made reports
// for each way a run can go wrong without a failed test (the fixture runs in fixtures.test.ts produce
// the real reports).
import { describe, expect, test } from 'vitest';
import {
  addTallies,
  countListedTests,
  exitCodeOf,
  failure,
  NAMED_FAILURES,
  playwrightTally,
  stepTally,
  summaryLine,
  vitestTally,
} from '../../scripts/test-tally.mjs';

const file = (status: string, tests: string[], message = '') => ({
  name: '/repo/tests/unit/a.test.ts',
  status,
  message,
  assertionResults: tests.map((testStatus, index) => ({
    status: testStatus,
    fullName: `suite test ${index}`,
    failureMessages: testStatus === 'failed' ? [`\nAssertionError: expected ${index} to be 0\n    at a.test.ts:9`] : [],
  })),
});
const vitestReport = (...files: ReturnType<typeof file>[]) => ({ testResults: files });
const stats = (expected: number, unexpected = 0, skipped = 0, flaky = 0) => ({ expected, unexpected, skipped, flaky });

describe('vitestTally', () => {
  test('counts passed, failed, skipped and todo tests', () => {
    const report = vitestReport(file('failed', ['passed', 'failed', 'skipped', 'todo']), file('passed', ['passed']));
    expect(vitestTally('unit', report, 1)).toEqual({
      passed: 2,
      failed: 1,
      skipped: 2,
      problems: [
        'unit: 1 test failed',
        'unit: tests/unit/a.test.ts › suite test 1: AssertionError: expected 1 to be 0',
      ],
    });
  });

  test(`names at most ${NAMED_FAILURES} failed tests, then says how many more`, () => {
    const many = vitestReport(
      file(
        'failed',
        Array.from({ length: NAMED_FAILURES + 3 }, () => 'failed'),
      ),
    );
    const { problems, failed } = vitestTally('unit', many, 1);
    expect(failed).toBe(NAMED_FAILURES + 3);
    expect(problems[0]).toBe(`unit: ${NAMED_FAILURES + 3} tests failed`);
    expect(problems).toHaveLength(1 + NAMED_FAILURES + 1);
    expect(problems.at(-2)).toMatch(new RegExp(`suite test ${NAMED_FAILURES - 1}: `));
    expect(problems.at(-1)).toBe("unit: and 3 more (see the step's output)");
  });

  test('counts a file that failed without a failed test (a hook) as one failure, with its message', () => {
    const tally = vitestTally('unit', vitestReport(file('failed', ['passed'], 'teardown failed\n  at x')), 1);
    expect(tally).toMatchObject({ passed: 1, failed: 1 });
    expect(tally.problems).toEqual(['/repo/tests/unit/a.test.ts: teardown failed']);
  });

  test('counts a file that could not be loaded as one failure', () => {
    expect(vitestTally('unit', vitestReport(file('failed', [])), 1)).toMatchObject({ passed: 0, failed: 1 });
  });

  test('counts tests that never finished as failed', () => {
    const tally = vitestTally('unit', vitestReport(file('failed', ['passed', 'pending', 'pending'])), 1);
    expect(tally).toMatchObject({ passed: 1, failed: 2 });
    expect(tally.problems).toEqual(['/repo/tests/unit/a.test.ts: 2 tests did not run to the end']);
  });

  test('counts a non-zero exit with every test passed (an unhandled error) as one failure', () => {
    const tally = vitestTally('unit', vitestReport(file('passed', ['passed'])), 1);
    expect(tally).toMatchObject({ passed: 1, failed: 1 });
    expect(tally.problems[0]).toMatch(/^unit: Vitest exited with code 1/);
  });

  test('adds nothing for the exit code when failures were already counted', () => {
    expect(vitestTally('unit', vitestReport(file('failed', ['failed'])), 1).failed).toBe(1);
  });

  test('counts a missing report, and a run of no test, as one failure', () => {
    expect(vitestTally('unit', null, 1)).toMatchObject({
      failed: 1,
      problems: ['unit: Vitest wrote no report (exit code 1)'],
    });
    expect(vitestTally('unit', vitestReport(), 0)).toMatchObject({ failed: 1, problems: ['unit: ran no test'] });
  });

  test('is clean for a clean run', () => {
    expect(vitestTally('unit', vitestReport(file('passed', ['passed', 'skipped'])), 0)).toEqual({
      passed: 1,
      failed: 0,
      skipped: 1,
      problems: [],
    });
  });
});

describe('playwrightTally', () => {
  test('counts expected and flaky as passed, unexpected as failed, skipped as skipped', () => {
    expect(playwrightTally('e2e', { stats: stats(5, 2, 1, 1), errors: [] }, 1, 9)).toEqual({
      passed: 6,
      failed: 2,
      skipped: 1,
      problems: ['e2e: 2 tests failed'],
    });
  });

  test('names each unexpected test by file, line, project and titles, with its last error without colors', () => {
    const test = (status: string, project: string, ...messages: string[]) => ({
      status,
      projectName: project,
      results: messages.map((message) => ({ error: { message } })),
    });
    const report = {
      stats: stats(2, 2, 0, 1),
      errors: [],
      suites: [
        {
          title: 'study/self-check.spec.ts',
          specs: [{ title: 'grades', file: 'study/self-check.spec.ts', line: 7, tests: [test('expected', 'site')] }],
          suites: [
            {
              title: 'a group',
              specs: [
                {
                  title: 'scores',
                  file: 'study/self-check.spec.ts',
                  line: 20,
                  tests: [
                    test(
                      'unexpected',
                      'site',
                      'first try',
                      '\u001b[31mError: expect(received).toBe(expected)\u001b[39m\n\nExpected: 1',
                    ),
                    test('flaky', 'subpath', 'once'),
                    test('unexpected', 'subpath', 'Timeout 30000ms exceeded.'),
                  ],
                },
              ],
            },
          ],
        },
      ],
    };
    expect(playwrightTally('e2e', report, 1, 4).problems).toEqual([
      'e2e: 2 tests failed',
      'e2e: study/self-check.spec.ts:20 › [site] a group › scores: Error: expect(received).toBe(expected)',
      'e2e: study/self-check.spec.ts:20 › [subpath] a group › scores: Timeout 30000ms exceeded.',
    ]);
  });

  test('counts each error outside the tests as a failure, by its first line', () => {
    const report = {
      stats: stats(0),
      errors: [{ message: 'Error: boom\n  at spec.ts:3' }, { message: 'Error: No tests found.' }],
    };
    const tally = playwrightTally('e2e', report, 1, 0);
    expect(tally.failed).toBe(2);
    expect(tally.problems).toEqual(['e2e: Error: boom', 'e2e: Error: No tests found.']);
  });

  test('counts every listed test that did not run as failed', () => {
    // A .only without --forbid-only: Playwright runs the one test and exits 0.
    const tally = playwrightTally('e2e', { stats: stats(1), errors: [] }, 0, 458);
    expect(tally).toMatchObject({ passed: 1, failed: 457, problems: ['e2e: 457 of the 458 listed tests did not run'] });
    expect(exitCodeOf(tally)).toBe(1);
  });

  test('counts a non-zero exit with nothing else wrong as one failure', () => {
    expect(playwrightTally('e2e', { stats: stats(3), errors: [] }, 1, 3)).toMatchObject({ passed: 3, failed: 1 });
  });

  test('counts a missing report, and a run of no test, as one failure', () => {
    expect(playwrightTally('e2e', null, 1, 3).failed).toBe(1);
    expect(playwrightTally('e2e', { stats: stats(0), errors: [] }, 0, 0)).toMatchObject({
      failed: 1,
      problems: ['e2e: ran no test'],
    });
  });
});

test('countListedTests counts the tests of nested suites and specs (each project counts)', () => {
  const spec = (projects: number) => ({ tests: Array.from({ length: projects }, () => ({})) });
  const report = {
    suites: [
      { specs: [spec(1), spec(2)], suites: [{ specs: [spec(1)], suites: [{ specs: [spec(3)] }] }] },
      { specs: [] },
    ],
  };
  expect(countListedTests(report)).toBe(7);
  expect(countListedTests(null)).toBe(0);
});

test('stepTally passes on exit 0 and fails otherwise, naming the step', () => {
  expect(stepTally('lint', 0)).toEqual({ passed: 1, failed: 0, skipped: 0, problems: [] });
  expect(stepTally('lint', 2)).toEqual({ passed: 0, failed: 1, skipped: 0, problems: ['lint: exited with code 2'] });
  expect(failure('no browser')).toEqual({ passed: 0, failed: 1, skipped: 0, problems: ['no browser'] });
});

test('the summary line and the exit code follow the sum of the steps', () => {
  const clean = addTallies(stepTally('a', 0), { passed: 10, failed: 0, skipped: 0, problems: [] });
  expect(summaryLine(clean)).toBe('11 passed, 0 failed');
  expect(exitCodeOf(clean)).toBe(0);
  const broken = addTallies(clean, stepTally('b', 1), { passed: 0, failed: 0, skipped: 2, problems: [] });
  expect(summaryLine(broken)).toBe('11 passed, 1 failed, 2 skipped');
  expect(broken.problems).toEqual(['b: exited with code 1']);
  expect(exitCodeOf(broken)).toBe(1);
});
