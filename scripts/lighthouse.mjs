// `npm run lighthouse`: Lighthouse 13 (mobile: simulated slow 4G, 4x slower CPU) on every page of the
// build, served gzipped as a static host would. One run per page; a page that misses a target gets two
// more runs and is judged on the median of the three (single runs on this kind of machine sometimes
// record a late first paint). Prints a table and exits non-zero when a page misses a target.
// Needs `npm run build`. Options: --pages=/,/glossary/ (only these), --runs=3 (runs for every page),
// --dir=dist, --port=4329 (also LIGHTHOUSE_PORT), --save (each report in .lighthouse/runs/). Writes .lighthouse/summary.json for `npm run figures`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';
import { serveStatic } from './serve-static.mjs';
import { listBuiltPages } from './built-pages.mjs';

const option = (name, fallback) =>
  process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const DIR = option('dir', 'dist');
const PORT = Number(option('port', process.env.LIGHTHOUSE_PORT ?? 4329));
const FORCED_RUNS = Number(option('runs', 0));
const ONLY = option('pages', '').split(',').filter(Boolean);

export const TARGETS = { performance: 0.98, accessibility: 1, 'best-practices': 1, seo: 1, cls: 0.02 };
/**
 * Largest Contentful Paint of a stock Starlight 0.42 build of the same pages (same Astro, KaTeX and
 * server), in seconds: the medians of Lighthouse 13.5.0 in section 3b of
 * /work/shared/docs/reviews/performance-vs-starlight-2026-12.md (December 2026). Ours must be no later.
 */
export const STARLIGHT_LCP = {
  '/': 1.01,
  '/classification-metrics/': 1.06,
  '/evaluating-models/': 1.28,
  '/prompt-engineering/': 1.36,
  '/regression-metrics/': 1.51,
};
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

/** The figures of one Lighthouse run. */
function figuresOf(lhr, noindex) {
  const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
  const score = (key) => lhr.categories[key]?.score ?? 0;
  // A page that asks not to be indexed (search results, 404) fails "is-crawlable" by design: the SEO
  // target then holds for every other SEO audit.
  const seoProblems = lhr.categories.seo.auditRefs
    .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
    .map((ref) => ref.id);
  const seoExcused = noindex && seoProblems.length === 1 && seoProblems[0] === 'is-crawlable';
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    seo: seoExcused ? 1 : score('seo'),
    seoNote: seoExcused ? 'noindex' : '',
    fcp: audit('first-contentful-paint') / 1000,
    lcp: audit('largest-contentful-paint') / 1000,
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    si: audit('speed-index') / 1000,
    failedAudits: CATEGORIES.filter((key) => key !== 'performance').flatMap((key) =>
      lhr.categories[key].auditRefs
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .filter((ref) => !(seoExcused && ref.id === 'is-crawlable'))
        .map((ref) => ref.id),
    ),
  };
}

/** What a page's figures miss; empty when it meets every target. */
export function misses(path, figures) {
  const found = [];
  if (figures.performance < TARGETS.performance) found.push(`performance ${figures.performance.toFixed(2)}`);
  for (const key of ['accessibility', 'best-practices', 'seo']) {
    if (figures[key] < TARGETS[key]) found.push(`${key} ${figures[key].toFixed(2)}`);
  }
  if (!(figures.cls <= TARGETS.cls)) found.push(`CLS ${figures.cls.toFixed(3)}`);
  const starlight = STARLIGHT_LCP[path];
  if (starlight !== undefined && !(figures.lcp <= starlight))
    found.push(`LCP ${figures.lcp.toFixed(2)} s > ${starlight} s`);
  return found;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return (sorted[(sorted.length - 1) >> 1] + sorted[sorted.length >> 1]) / 2;
};

/** The median of each figure over several runs. */
function medianOf(runs) {
  const result = { ...runs[0] };
  for (const key of ['performance', 'accessibility', 'best-practices', 'seo', 'fcp', 'lcp', 'tbt', 'cls', 'si']) {
    result[key] = median(runs.map((run) => run[key]));
  }
  result.failedAudits = [...new Set(runs.flatMap((run) => run.failedAudits))];
  return result;
}

async function runOnce(port, url, noindex) {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.message}`);
  if (process.argv.includes('--save')) {
    mkdirSync('.lighthouse/runs', { recursive: true });
    const name = new URL(url).pathname.replace(/\W+/g, '_') || 'home';
    writeFileSync(`.lighthouse/runs/${name}-${Date.now()}.json`, JSON.stringify(result.lhr));
  }
  return figuresOf(result.lhr, noindex);
}

const fixed = (value, digits) => (Number.isFinite(value) ? value.toFixed(digits) : '-');

async function main() {
  const pages = listBuiltPages(DIR).filter((page) => ONLY.length === 0 || ONLY.includes(page.path));
  if (pages.length === 0) throw new Error(`No pages to measure in ${DIR}/ (build first: npm run build)`);
  const server = await serveStatic({ dir: DIR, port: PORT, base: '/', gzip: true });
  // One browser for every run (Lighthouse still empties its cache and storage before each). The first
  // navigation of a freshly started headless Chromium often presents its first frame about a second
  // late, whatever the page: that run is thrown away, so the figures measure pages, not browser start-up.
  const chrome = await chromeLauncher.launch({ chromePath: await findChromium(), chromeFlags: CHROME_FLAGS });
  await runOnce(chrome.port, `http://127.0.0.1:${PORT}${pages[0].path}`, false);
  const rows = [];
  let failed = false;
  console.log(
    '| page | performance | accessibility | best practices | SEO | FCP s | LCP s (Starlight) | TBT ms | CLS | runs |\n' +
      '| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: |',
  );
  try {
    for (const page of pages) {
      const url = `http://127.0.0.1:${PORT}${page.path}`;
      const noindex = /<meta name="robots" content="noindex"/.test(readFileSync(join(DIR, page.file), 'utf8'));
      const runs = [await runOnce(chrome.port, url, noindex)];
      const wanted = FORCED_RUNS || (misses(page.path, runs[0]).length > 0 ? 3 : 1);
      while (runs.length < wanted) runs.push(await runOnce(chrome.port, url, noindex));
      const figures = runs.length === 1 ? runs[0] : medianOf(runs);
      const missed = misses(page.path, figures);
      if (missed.length > 0) failed = true;
      rows.push({ path: page.path, runs: runs.length, figures, missed, perRun: runs });
      const starlight = STARLIGHT_LCP[page.path];
      console.log(
        `| ${page.path} | ${fixed(figures.performance, 2)} | ${fixed(figures.accessibility, 2)} | ` +
          `${fixed(figures['best-practices'], 2)} | ${fixed(figures.seo, 2)}${figures.seoNote ? '*' : ''} | ` +
          `${fixed(figures.fcp, 2)} | ${fixed(figures.lcp, 2)}${starlight ? ` (${starlight})` : ''} | ` +
          `${fixed(figures.tbt, 0)} | ${fixed(figures.cls, 3)} | ${runs.length === 1 ? '1' : `median of ${runs.length}`} |` +
          (missed.length ? ` **missed: ${missed.join(', ')}**` : ''),
      );
      if (figures.failedAudits.length) console.log(`  failing audits: ${figures.failedAudits.join(', ')}`);
    }
  } finally {
    await chrome.kill();
    server.close();
  }
  if (rows.some((row) => row.figures.seoNote)) {
    console.log('\n\\* asks search engines not to index it (noindex): every other SEO audit passes.');
  }
  mkdirSync('.lighthouse', { recursive: true });
  writeFileSync(
    '.lighthouse/summary.json',
    JSON.stringify(
      {
        date: new Date().toISOString(),
        dir: DIR,
        complete: ONLY.length === 0,
        targets: TARGETS,
        starlightLcp: STARLIGHT_LCP,
        rows,
      },
      null,
      2,
    ),
  );
  if (failed) {
    console.error('\nA Lighthouse target was missed (see "missed" above).');
    process.exitCode = 1;
  } else {
    console.log(`\nEvery page (${rows.length}) meets every target.`);
  }
}

await main();
