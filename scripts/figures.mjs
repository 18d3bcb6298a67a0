// `npm run figures`: writes the README's table of current figures (the block between the
// "figures:start" and "figures:end" markers) from measurements, never by hand: the page weights of the
// build in dist/ (scripts/page-weight.mjs) and the Lighthouse results of the last complete
// `npm run lighthouse` on that build (.lighthouse/summary.json). Run `npm run build` and
// `npm run lighthouse` first; it refuses Lighthouse results older than the build.
import { readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { listBuiltPages } from './built-pages.mjs';
import { CSS_BUDGET, HTML_BUDGET, JS_BUDGETS, pageWeight } from './page-weight.mjs';

const DIR = 'dist';
const README = 'README.md';
const START = '<!-- figures:start (written by npm run figures; do not edit by hand) -->';
const END = '<!-- figures:end -->';
const SUMMARY = '.lighthouse/summary.json';

const kb = (bytes) => (bytes / 1024).toFixed(1);
const fail = (message) => {
  console.error(message);
  process.exit(1);
};

if (!existsSync(join(DIR, 'index.html'))) fail('No build in dist/: run npm run build first.');
if (!existsSync(SUMMARY)) fail('No Lighthouse results: run npm run lighthouse first.');
const summary = JSON.parse(readFileSync(SUMMARY, 'utf8'));
const builtAt = statSync(join(DIR, 'index.html')).mtimeMs;
if (!summary.complete || summary.dir !== DIR)
  fail('The last Lighthouse run did not cover every page of dist/: run npm run lighthouse.');
if (Date.parse(summary.date) < builtAt)
  fail('The Lighthouse results are older than the build: run npm run lighthouse again.');

const site = { dir: DIR, base: '/' };
const weights = listBuiltPages(DIR).map((page) => ({
  path: page.path,
  ...pageWeight(site, page.path, readFileSync(join(DIR, page.file), 'utf8')),
}));
const lighthouseRows = summary.rows.map((row) => {
  const f = row.figures;
  const starlight = summary.starlightLcp[row.path];
  return (
    `| \`${row.path}\` | ${f.performance.toFixed(2)} | ${f.accessibility.toFixed(2)} | ${f['best-practices'].toFixed(2)} | ` +
    `${f.seo.toFixed(2)}${f.seoNote ? '\\*' : ''} | ${f.fcp.toFixed(2)} | ${f.lcp.toFixed(2)}${starlight ? ` (${starlight})` : ''} | ` +
    `${f.cls.toFixed(3)} | ${row.runs === 1 ? '1' : `median of ${row.runs}`} |`
  );
});
const weightRows = weights.map(
  (w) =>
    `| \`${w.path}\` | ${w.kind} | ${kb(w.html)} | ${kb(w.css)} | ${kb(w.js)} (${w.jsFiles} file${w.jsFiles === 1 ? '' : 's'}) |`,
);
const largest = (key) => weights.reduce((max, w) => (w[key] > max[key] ? w : max));
const sw = readFileSync(join(DIR, 'sw.js'), 'utf8');
const files = JSON.parse(/const FILES = (\[.*\]);/.exec(sw)?.[1] ?? '[]');
const offlineBytes = files.reduce((sum, file) => sum + file[2], 0);
const missed = summary.rows.filter((row) => row.missed.length > 0);

const block = [
  START,
  '',
  `Measured on ${summary.date.slice(0, 10)} (\`npm run lighthouse\`, then \`npm run figures\`): Lighthouse 13 mobile`,
  '(simulated slow 4G, 4× slower CPU), the build served gzipped, on a 2-core machine shared with other',
  'jobs. The simulation scales what the machine did: while other jobs ran, single runs of a page varied by',
  'up to half a second of LCP. LCP in brackets: the stock Starlight build of the same pages',
  '(scripts/lighthouse.mjs says where those figures come from).',
  missed.length
    ? `**Missed in this run:** ${missed.map((row) => `\`${row.path}\` (${row.missed.join(', ')})`).join('; ')}.`
    : `Every page met every target in this run.`,
  '',
  '| page | performance | accessibility | best practices | SEO | FCP s | LCP s | CLS | runs |',
  '| --- | --: | --: | --: | --: | --: | --: | --: | --: |',
  ...lighthouseRows,
  '',
  ...(summary.rows.some((row) => row.figures.seoNote)
    ? ['\\* asks search engines not to index it (noindex); every other SEO audit passes.', '']
    : []),
  `Page weight on a first visit, gzipped, each file on its own (limits: HTML ${kb(HTML_BUDGET)} KB, CSS ${kb(CSS_BUDGET)} KB;`,
  `JavaScript on load ${kb(JS_BUDGETS.content)} KB on a content page, ${kb(JS_BUDGETS.calculator)} KB with calculators, ${kb(JS_BUDGETS.app)} KB on an app page).`,
  `Heaviest: HTML \`${largest('html').path}\` ${kb(largest('html').html)} KB, CSS \`${largest('css').path}\` ${kb(largest('css').css)} KB,`,
  `JavaScript \`${largest('js').path}\` ${kb(largest('js').js)} KB. The offline copy, downloaded only on request: ${(offlineBytes / 1e6).toFixed(2)} MB in ${files.length} files.`,
  '',
  '| page | budget | HTML KB | CSS KB | JavaScript on load KB |',
  '| --- | --- | --: | --: | --: |',
  ...weightRows,
  '',
  END,
].join('\n');

const readme = readFileSync(README, 'utf8');
const start = readme.indexOf(START);
const end = readme.indexOf(END);
if (start === -1 || end === -1) fail(`README.md has no figures block (${START} ... ${END}).`);
writeFileSync(README, readme.slice(0, start) + block + readme.slice(end + END.length));
console.log(`README.md: figures of ${weights.length} pages and ${summary.rows.length} Lighthouse results written.`);
