// `npm test`: every check of the project in one run, ending with one line "N passed, N failed" (with
// ", N skipped" when any were skipped). Steps: find a browser, type check, lint, format check, the
// runner's own self-test, unit tests, the two builds (root and sub-path), checks over the built files,
// then end-to-end tests in Chromium. Each step always runs (a failure early does not hide later
// results). How results are counted is in test-tally.mjs: anything that goes wrong, inside a test or
// not, counts as failed, and the exit code is non-zero exactly when something failed.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from './find-chromium.mjs';
import { runPlaywright, runStep, runVitest } from './test-steps.mjs';
import { addTallies, exitCodeOf, failure, summaryLine } from './test-tally.mjs';

const SUBPATH_BASE = '/aws-ai-practitioner/';
const reports = mkdtempSync(join(tmpdir(), 'aip-test-'));
const results = [];

process.env.ASTRO_TELEMETRY_DISABLED = '1';
let chromium;
try {
  chromium = await findChromium();
  console.log(`Chromium: ${chromium}`);
} catch (error) {
  console.error(String(error instanceof Error ? error.message : error));
}

results.push(await runStep('astro check', 'npx astro check'));
results.push(await runStep('lint', 'npx eslint .'));
results.push(await runStep('format', 'npx prettier --check .'));
results.push(await runVitest({ name: 'runner self-test', args: 'tests/runner', reports }));
results.push(await runVitest({ name: 'unit', args: 'tests/unit', reports }));
const built = await runStep('build', 'npm run build');
const builtSubpath = await runStep(
  'build under a sub-path',
  'npx astro build --outDir dist-subpath && node scripts/finish-build.mjs dist-subpath',
  { env: { SITE_BASE: SUBPATH_BASE } },
);
results.push(built, builtSubpath);
if (built.failed === 0 && builtSubpath.failed === 0) {
  results.push(await runVitest({ name: 'dist', args: 'tests/dist', reports, env: { SUBPATH_BASE } }));
  if (chromium) {
    results.push(
      await runPlaywright({ name: 'end-to-end tests', reports, env: { CHROMIUM_PATH: chromium, SUBPATH_BASE } }),
    );
  } else results.push(failure('end-to-end tests: no Chromium to run them in'));
} else {
  results.push(failure('checks of the built site and end-to-end tests: not run, the build failed'));
}

const total = addTallies(...results);
if (total.problems.length) console.log(`\nFailed:\n${total.problems.map((problem) => `- ${problem}`).join('\n')}`);
console.log(`\n${summaryLine(total)}`);
process.exit(exitCodeOf(total));
