// How `npm test` counts: pure functions from what each step left behind (its exit code, the JSON
// report of Vitest or Playwright, how many tests Playwright listed) to a tally of passed, failed and
// skipped tests, with a sentence for each problem. Anything that went wrong outside a test still
// counts as a failure, so the closing line can only say "0 failed" when every step succeeded and every
// listed test ran: a step that exits non-zero always adds at least one failure.

/** @typedef {{ passed: number, failed: number, skipped: number, problems: string[] }} Tally */

/** @returns {Tally} */
export const emptyTally = () => ({ passed: 0, failed: 0, skipped: 0, problems: [] });

/** Adds `count` failures to `tally` and says why. */
function fail(tally, count, problem) {
  tally.failed += count;
  tally.problems.push(problem);
}

const plural = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;
// Playwright's messages are colored for a terminal; the summary is read in logs too.
// eslint-disable-next-line no-control-regex
const stripColors = (text) => text.replace(/\u001b\[[0-9;]*m/g, '');
const firstLine = (text) =>
  stripColors(String(text ?? ''))
    .split('\n')
    .find((line) => line.trim() !== '')
    ?.trim() ?? '';
const fromTests = (path) => String(path ?? '').replace(/^.*?\/(?=tests\/)/, '');

// The failed tests are named in the summary, so a log that keeps only its last lines (CI's) still says
// which tests failed and why; past this many, the step's own output has the rest.
export const NAMED_FAILURES = 20;

/**
 * Adds "step: N tests failed", then a line per failed test the report names ("step: where: why"), at
 * most NAMED_FAILURES of them.
 */
function nameFailures(tally, name, count, failures) {
  if (count === 0) return;
  tally.problems.push(`${name}: ${plural(count, 'test')} failed`);
  for (const { where, why } of failures.slice(0, NAMED_FAILURES)) {
    tally.problems.push(`${name}: ${where}${why ? `: ${why}` : ''}`);
  }
  if (failures.length > NAMED_FAILURES) {
    tally.problems.push(`${name}: and ${failures.length - NAMED_FAILURES} more (see the step's output)`);
  }
}

/** One failure that is not a test's: a step that could not run at all. */
export function failure(problem) {
  const tally = emptyTally();
  fail(tally, 1, problem);
  return tally;
}

/** A step that is one check (type check, lint, a build): passed when it exits 0. */
export function stepTally(name, exitCode) {
  const tally = emptyTally();
  if (exitCode === 0) tally.passed = 1;
  else fail(tally, 1, `${name}: exited with code ${exitCode}`);
  return tally;
}

/**
 * A Vitest run, from its JSON report (`--reporter=json`) and exit code. A file that failed without a
 * failed test (a failing beforeAll or afterAll, a file that cannot be loaded) counts as one failure; a
 * collected test that never finished counts as failed; a non-zero exit with nothing else failed (an
 * unhandled rejection or error, which the report does not show) counts as one failure.
 * @param {string} name
 * @param {any} report the parsed JSON report, or null when none was written
 * @param {number | null} exitCode
 * @returns {Tally}
 */
export function vitestTally(name, report, exitCode) {
  const tally = emptyTally();
  if (!report) {
    fail(tally, 1, `${name}: Vitest wrote no report (exit code ${exitCode})`);
    return tally;
  }
  const failures = [];
  for (const file of report.testResults ?? []) {
    const statuses = (file.assertionResults ?? []).map((test) => test.status);
    const count = (...wanted) => statuses.filter((status) => wanted.includes(status)).length;
    tally.passed += count('passed');
    tally.failed += count('failed');
    for (const test of (file.assertionResults ?? []).filter((result) => result.status === 'failed')) {
      failures.push({
        where: `${fromTests(file.name)} › ${test.fullName ?? test.title ?? ''}`,
        why: firstLine(test.failureMessages?.[0]),
      });
    }
    tally.skipped += count('skipped', 'todo');
    // Vitest reports a collected test that never ran to its end as "pending" (a crashed worker).
    const unfinished = count('pending');
    if (unfinished > 0) fail(tally, unfinished, `${file.name}: ${plural(unfinished, 'test')} did not run to the end`);
    if (file.status === 'failed' && count('failed') === 0 && unfinished === 0) {
      const why = firstLine(file.message) || 'failed outside its tests (a hook, or loading the file)';
      fail(tally, 1, `${file.name}: ${why}`);
    }
  }
  nameFailures(tally, name, failures.length, failures);
  if (tally.passed + tally.failed + tally.skipped === 0) fail(tally, 1, `${name}: ran no test`);
  if (exitCode !== 0 && tally.failed === 0) {
    fail(tally, 1, `${name}: Vitest exited with code ${exitCode} after an error outside the tests (see its output)`);
  }
  return tally;
}

/** How many tests a Playwright JSON report lists (the report of `playwright test --list`). */
export function countListedTests(report) {
  const inSuite = (suite) =>
    (suite.specs ?? []).reduce((sum, spec) => sum + (spec.tests ?? []).length, 0) +
    (suite.suites ?? []).reduce((sum, child) => sum + inSuite(child), 0);
  return (report?.suites ?? []).reduce((sum, suite) => sum + inSuite(suite), 0);
}

/**
 * A Playwright run, from its JSON report, exit code and the number of tests `--list` found. Each error
 * outside a test (a spec that cannot be loaded, a web server that does not start, a forbidden .only)
 * counts as a failure, and so does each listed test that did not run (a .only that slipped through,
 * a run that stopped early).
 * @param {string} name
 * @param {any} report the parsed JSON report, or null when none was written
 * @param {number | null} exitCode
 * @param {number | undefined} listed
 * @returns {Tally}
 */
export function playwrightTally(name, report, exitCode, listed) {
  const tally = emptyTally();
  if (!report?.stats) {
    fail(tally, 1, `${name}: Playwright wrote no report (exit code ${exitCode})`);
    return tally;
  }
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
  tally.passed = expected + flaky;
  tally.failed = unexpected;
  tally.skipped = skipped;
  nameFailures(tally, name, unexpected, unexpectedTests(report));
  for (const error of report.errors ?? []) fail(tally, 1, `${name}: ${firstLine(error.message)}`);
  const ran = expected + unexpected + flaky + skipped;
  if (listed !== undefined && ran < listed) {
    fail(tally, listed - ran, `${name}: ${listed - ran} of the ${plural(listed, 'listed test')} did not run`);
  }
  if (ran === 0 && tally.failed === 0) fail(tally, 1, `${name}: ran no test`);
  if (exitCode !== 0 && tally.failed === 0) fail(tally, 1, `${name}: Playwright exited with code ${exitCode}`);
  return tally;
}

/** Where and why each test of a Playwright report that ended 'unexpected' failed. */
function unexpectedTests(report) {
  const failures = [];
  const visit = (suite, titles) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== 'unexpected') continue;
        const last = (test.results ?? []).at(-1);
        const title = [...titles, spec.title].filter(Boolean).join(' › ');
        failures.push({
          where: `${fromTests(spec.file)}:${spec.line} › ${test.projectName ? `[${test.projectName}] ` : ''}${title}`,
          why: firstLine(last?.error?.message),
        });
      }
    }
    for (const child of suite.suites ?? []) visit(child, [...titles, child.title]);
  };
  // A top-level suite is a file: its title is the file's path, which `where` already gives.
  for (const suite of report.suites ?? []) visit(suite, []);
  return failures;
}

/** The sum of several tallies. */
export function addTallies(...tallies) {
  return tallies.reduce(
    (sum, t) => ({
      passed: sum.passed + t.passed,
      failed: sum.failed + t.failed,
      skipped: sum.skipped + t.skipped,
      problems: [...sum.problems, ...t.problems],
    }),
    emptyTally(),
  );
}

/** The closing line: "N passed, N failed", with ", N skipped" when any were skipped. */
export function summaryLine(tally) {
  return `${tally.passed} passed, ${tally.failed} failed${tally.skipped ? `, ${tally.skipped} skipped` : ''}`;
}

/** The process exit code for a tally: non-zero when anything failed or went wrong. */
export function exitCodeOf(tally) {
  return tally.failed > 0 || tally.problems.length > 0 ? 1 : 0;
}
