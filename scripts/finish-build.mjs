// Runs after `astro build`: indexes the site for search with Pagefind's Node API, writes the offline
// copy's figures into the Offline page and the service worker with this build's file list.
// Usage: node scripts/finish-build.mjs <dir>
// The index holds every page marked data-pagefind-body, plus one small record per glossary term
// (read from <dir>/search-glossary.json, written by src/pages/search-glossary.json.ts, then deleted):
// a query then loads a term's few hundred bytes instead of the whole glossary page.
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { buildServiceWorker, fillOfflineFigures, formatBytes, offlineCopy } from './service-worker.mjs';

const dir = process.argv[2] ?? 'dist';

/**
 * Pagefind's settings. KaTeX's markup (hidden MathML plus positioned HTML) makes garbled excerpts:
 * formulas are found through their "In words" text instead. Heading anchors are "#" links, not content.
 * @type {import('pagefind').PagefindServiceConfig}
 */
const PAGEFIND_CONFIG = { excludeSelectors: ['.katex', '.heading-anchor'] };

/** Stops the build on any error Pagefind reports. @param {string} step @param {{ errors: string[] }} response */
function check(step, response) {
  if (response.errors.length) throw new Error(`Pagefind ${step}: ${response.errors.join('; ')}`);
}

const { index, errors } = await pagefind.createIndex(PAGEFIND_CONFIG);
check('createIndex', { errors });
if (!index) throw new Error('Pagefind createIndex returned no index');
const pages = await index.addDirectory({ path: dir });
check('addDirectory', pages);
const recordsFile = join(dir, 'search-glossary.json');
/** @type {{ url: string, content: string }[]} */
const records = JSON.parse(readFileSync(recordsFile, 'utf8'));
for (const record of records) check(`addHTMLFile ${record.url}`, await index.addHTMLFile(record));
check('writeFiles', await index.writeFiles({ outputPath: join(dir, 'pagefind') }));
await pagefind.close();
rmSync(recordsFile);
console.log(
  `Pagefind indexed ${pages.page_count} pages and ${records.length} glossary terms in ${join(dir, 'pagefind')}`,
);

const readFiles = () =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(dir, name)).isFile())
    .map((name) => ({ path: name.split(sep).join('/'), content: readFileSync(join(dir, name)) }));
// The Offline page shows the download size without JavaScript: filled in here, once the search index
// exists, then the copy is measured again so that it holds the filled-in page.
const offlinePage = join(dir, 'offline', 'index.html');
const copy = offlineCopy(readFiles());
writeFileSync(offlinePage, fillOfflineFigures(readFileSync(offlinePage, 'utf8'), copy));
const finalCopy = offlineCopy(readFiles());
const template = readFileSync(new URL('../src/offline/sw.js', import.meta.url), 'utf8');
writeFileSync(join(dir, 'sw.js'), buildServiceWorker(template, finalCopy));
console.log(
  `Service worker written to ${join(dir, 'sw.js')}: an offline copy of ${finalCopy.entries.length} files, ` +
    `${formatBytes(finalCopy.bytes.all)} (search index ${formatBytes(finalCopy.bytes.search)}), saved only on request`,
);
