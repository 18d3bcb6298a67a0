// `npm test`: every check of the project in one run, ending with one line "N passed, N failed".
// Steps: find a browser, type check, lint, format check, unit tests, the two builds (root and
// sub-path), checks over the built files, then end-to-end tests in Chromium. Each step always runs
// (a failure early does not hide later results); the exit code is non-zero if anything failed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from './find-chromium.mjs';

const SUBPATH_BASE = '/aws-ai-practitioner/';
const reports = mkdtempSync(join(tmpdir(), 'aip-test-'));
const tally = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function run(command, env = {}) {
  console.log(`\n$ ${command}`);
  const result = spawnSync(command, { shell: true, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

/** A step that counts as one test. */
function check(name, command, env) {
  const ok = run(command, env);
  tally[ok ? 'passed' : 'failed'] += 1;
  if (!ok) failures.push(name);
  return ok;
}

/** A Vitest run whose individual tests are counted from its JSON report. */
function vitest(name, paths, env) {
  const output = join(reports, `${name}.json`);
  const ok = run(`npx vitest run ${paths} --reporter=default --reporter=json --outputFile=${output}`, env);
  if (!existsSync(output)) return check(`${name} (no report)`, 'false');
  const report = JSON.parse(readFileSync(output, 'utf8'));
  tally.passed += report.numPassedTests;
  tally.failed += report.numFailedTests;
  tally.skipped += report.numPendingTests + report.numTodoTests;
  // A suite that fails to load counts no test: count it as one failure.
  const broken = report.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0);
  tally.failed += broken.length;
  if (!ok) failures.push(name);
  return ok;
}

function playwright(env) {
  const output = join(reports, 'playwright.json');
  const ok = run('npx playwright test', { ...env, PW_JSON_OUTPUT: output });
  if (!existsSync(output)) return check('playwright (no report)', 'false');
  const { stats } = JSON.parse(readFileSync(output, 'utf8'));
  tally.passed += stats.expected + stats.flaky;
  tally.failed += stats.unexpected;
  tally.skipped += stats.skipped;
  if (!ok) failures.push('end-to-end tests');
  return ok;
}

process.env.ASTRO_TELEMETRY_DISABLED = '1';
let chromium;
try {
  chromium = await findChromium();
  console.log(`Chromium: ${chromium}`);
} catch (error) {
  console.error(String(error instanceof Error ? error.message : error));
}

check('astro check', 'npx astro check');
check('lint', 'npx eslint .');
check('format', 'npx prettier --check .');
vitest('unit', 'tests/unit');
const built = check('build', 'npm run build');
const builtSubpath = check(
  'build under a sub-path',
  'npx astro build --outDir dist-subpath && node scripts/finish-build.mjs dist-subpath',
  { SITE_BASE: SUBPATH_BASE },
);
if (built && builtSubpath) {
  vitest('dist', 'tests/dist', { SUBPATH_BASE });
  if (chromium) playwright({ CHROMIUM_PATH: chromium, SUBPATH_BASE });
  else check('end-to-end tests (no Chromium)', 'false');
} else {
  check('checks of the built site (build failed)', 'false');
}

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
const skipped = tally.skipped ? `, ${tally.skipped} skipped` : '';
console.log(`\n${tally.passed} passed, ${tally.failed} failed${skipped}`);
process.exit(tally.failed > 0 ? 1 : 0);
