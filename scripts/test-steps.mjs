// The steps of `npm test`: each runs one tool and returns its tally (see test-tally.mjs for how a
// result is counted). Kept apart from test.mjs so tests/runner/fixtures.test.ts can run fixture suites
// through exactly the functions `npm test` uses.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countListedTests, playwrightTally, stepTally, vitestTally } from './test-tally.mjs';

/**
 * Runs a shell command; resolves to its exit code (killed by a signal or not started counts as 1).
 * `quiet` keeps its output off the console (the runner's own tests run fixture suites that fail on
 * purpose, several at once).
 * @param {string} command
 * @param {{ env?: Record<string, string>, quiet?: boolean }} [options]
 * @returns {Promise<number>}
 */
export function run(command, { env = {}, quiet = false } = {}) {
  if (!quiet) console.log(`\n$ ${command}`);
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, stdio: quiet ? 'ignore' : 'inherit', env: { ...process.env, ...env } });
    child.on('error', () => resolve(1));
    child.on('close', (code) => resolve(code ?? 1));
  });
}

const readReport = (file) => {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
};

/**
 * A new, empty folder under `reports` for one run's JSON reports. Every run gets its own, even two runs
 * of the same name at once (the runner's self-test runs the same fixture twice concurrently): a shared
 * file would let one run read, or delete, the other's report.
 * @param {string} reports
 * @param {string} name
 * @returns {string}
 */
export const freshReportFolder = (reports, name) => mkdtempSync(join(reports, `${name.replace(/\W+/g, '-')}-`));

/**
 * A step that counts as one test.
 * @param {string} name
 * @param {string} command
 * @param {{ env?: Record<string, string>, quiet?: boolean }} [options]
 */
export async function runStep(name, command, options) {
  return stepTally(name, await run(command, options));
}

/**
 * @typedef {object} RunOptions
 * @property {string} name the step's name in the summary
 * @property {string} [args] arguments for the tool (paths, --config)
 * @property {string} reports folder for the JSON reports
 * @property {Record<string, string>} [env] extra environment variables
 * @property {boolean} [quiet] keep the tool's output off the console
 */

/**
 * A Vitest run whose tests are counted from its JSON report. `.only` is refused (`--allowOnly=false`):
 * a stray one would otherwise skip every other test of its file.
 * @param {RunOptions} options
 */
export async function runVitest({ name, args = '', reports, env = {}, quiet = false }) {
  const output = join(freshReportFolder(reports, name), 'vitest.json');
  const command = `npx vitest run ${args} --allowOnly=false --reporter=default --reporter=json --outputFile=${output}`;
  const exitCode = await run(command, { env, quiet });
  return vitestTally(name, readReport(output), exitCode);
}

/**
 * A Playwright run: first `--list` counts the tests that should run, then the run itself, with `.only`
 * refused (`--forbid-only`). Both write JSON through the config's reporter (PW_JSON_OUTPUT).
 * @param {RunOptions} options
 */
export async function runPlaywright({ name, args = '', reports, env = {}, quiet = false }) {
  const folder = freshReportFolder(reports, name);
  const [listReport, runReport] = [join(folder, 'list.json'), join(folder, 'run.json')];
  await run(`npx playwright test --list ${args}`, {
    env: { ...env, PW_JSON_OUTPUT: listReport },
    quiet: true,
  });
  const listed = countListedTests(readReport(listReport));
  if (!quiet) console.log(`\nPlaywright lists ${listed} tests.`);
  const exitCode = await run(`npx playwright test --forbid-only ${args}`, {
    env: { ...env, PW_JSON_OUTPUT: runReport },
    quiet,
  });
  return playwrightTally(name, readReport(runReport), exitCode, listed);
}
