// Search cost, measured in Chromium: the bytes the first search transfers (everything fetched from
// opening the dialog to the first results) and the median time of a warm query.
// The local servers do not compress, so text responses count at their gzip size, as a host that
// compresses (GitHub Pages, most CDNs) sends them; Pagefind's index files are already compressed and
// WebAssembly counts in full.
import { gzipSync } from 'node:zlib';
import { test, expect } from './fixtures.ts';

const TEXT_TYPES = /javascript|json|css|html|svg|text/;

const FIRST_SEARCH_BUDGET = 150 * 1024;
const WARM_QUERY_BUDGET_MS = 50;
const QUERIES = ['precision', 'temperature', 'rag', 'bleu', 'overfitting', 'embeddings', 'amazon q', 'learning rate'];

test('the first search transfers at most 150 KB', async ({ page, network, problems }) => {
  void problems;
  await page.goto('');
  await network.quiet();
  // Playwright reports the requests of the page and of its workers (Pagefind searches in a worker).
  const sizes: Promise<number>[] = [];
  const urls: string[] = [];
  page.context().on('response', (response) => {
    urls.push(response.url());
    sizes.push(
      response.body().then((body) => {
        const text = TEXT_TYPES.test(response.headers()['content-type'] ?? '');
        return text ? gzipSync(body).length : body.length;
      }),
    );
  });
  await page.keyboard.press('/');
  await page.getByRole('combobox', { name: 'Search terms' }).fill('precision');
  await expect(
    page.getByRole('dialog').getByRole('listbox', { name: 'Search results' }).getByRole('option').first(),
  ).toBeVisible();
  await network.quiet();
  const bytes = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
  console.log((await Promise.all(sizes)).map((size, i) => `${urls[i]} ${size}`).join('\n'));
  console.log(`first search transferred ${(bytes / 1024).toFixed(1)} KB in ${urls.length} requests`);
  expect(urls.some((url) => url.endsWith('.wasm') || url.includes('wasm'))).toBe(true);
  expect(bytes).toBeLessThanOrEqual(FIRST_SEARCH_BUDGET);
});

test('a warm query answers in at most 50 ms (median)', async ({ page, problems }) => {
  void problems;
  await page.goto('search/');
  const timings = await page.evaluate(async (queries) => {
    const pagefind = await import(/* @vite-ignore */ new URL('../pagefind/pagefind.js', window.location.href).href);
    const run = async (query: string) => {
      const response = await pagefind.search(query);
      await Promise.all(response.results.slice(0, 8).map((result: { data(): Promise<unknown> }) => result.data()));
    };
    for (const query of queries) await run(query); // warm: index chunks and fragments cached
    const times: number[] = [];
    for (const query of queries) {
      const start = performance.now();
      await run(query);
      times.push(performance.now() - start);
    }
    return times;
  }, QUERIES);
  const sorted = [...timings].sort((a, b) => a - b);
  const median = (sorted[(sorted.length - 1) >> 1]! + sorted[sorted.length >> 1]!) / 2;
  console.log(`warm query median ${median.toFixed(1)} ms (${sorted.map((t) => t.toFixed(1)).join(', ')})`);
  expect(median).toBeLessThanOrEqual(WARM_QUERY_BUDGET_MS);
});
