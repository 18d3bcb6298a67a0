// Offline use on the reader's terms: a first visit downloads nothing but the page and what it uses; the
// Offline page saves the copy (pages, then the search index), shows it and removes it; once saved,
// the whole guide works without a connection.
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

test.use({ serviceWorkers: 'allow' });

const pathOf = (url: string) => new URL(url).pathname;

/** Presses "Save for offline use" and waits until the copy is complete; returns the worker's downloads. */
async function saveForOffline(page: Page, context: BrowserContext): Promise<string[]> {
  const downloads: string[] = [];
  context.on('request', (request) => {
    if (request.serviceWorker()) downloads.push(pathOf(request.url()));
  });
  await page.goto('offline/');
  await expect(page.locator('[data-saved]')).toHaveText('Nothing is saved on this device.');
  const size = (await page.locator('strong[data-offline="all"]').textContent()) ?? '';
  expect(size).toMatch(/^\d+(\.\d)? (KB|MB)$/);
  await page.getByRole('button', { name: `Save for offline use (${size})` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved: the guide now works offline' })).toBeVisible({
    timeout: 60_000,
  });
  await expect(page.locator('[data-saved]')).toHaveText(/^Saved on .+: all \d+ pages with their fonts and calculators/);
  return downloads;
}

/** From here on, anything that still goes to the network fails. */
async function goOffline(page: Page, context: BrowserContext): Promise<void> {
  await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  await context.route('**/*', (route) => route.abort('internetdisconnected'));
}

test('a first visit downloads only the page and what it uses: no worker, no cache, no search index', async ({
  page,
  network,
  context,
  problems,
}) => {
  void problems;
  const requested: string[] = [];
  context.on('request', (request) => requested.push(pathOf(request.url())));
  await page.goto('evaluating-models/');
  await network.quiet();
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
  expect(await page.evaluate(() => caches.keys())).toEqual([]);
  const pages = requested.filter((path) => path.endsWith('/') || path.endsWith('.html'));
  expect(pages).toEqual(['/evaluating-models/']);
  expect(requested.filter((path) => /pagefind|sw\.js|search-aliases/.test(path))).toEqual([]);
});

test('saving for offline use downloads the pages, then the search index, and the guide then works offline', async ({
  page,
  context,
  problems,
}) => {
  void problems;
  test.slow();
  const downloads = await saveForOffline(page, context);
  const lastPage = downloads.findLastIndex((path) => path.endsWith('/') || path.endsWith('.html'));
  const firstSearch = downloads.findIndex((path) => path.includes('/pagefind/'));
  expect(lastPage).toBeGreaterThan(0);
  expect(firstSearch).toBeGreaterThan(lastPage);
  await goOffline(page, context);

  // A page never opened, with its formulas' fonts.
  await page.goto('regression-metrics/');
  await expect(page.getByRole('heading', { level: 1, name: 'Regression metrics' })).toBeVisible();
  await page.locator('.katex-display').first().scrollIntoViewIfNeeded();
  // KaTeX's fonts are added once the page is painted (src/components/katex-fonts.ts): wait for one.
  await page.waitForFunction(() =>
    [...document.fonts].some((font) => font.family === 'KaTeX_Main' && font.status === 'loaded'),
  );

  // Search, with its index.
  await page.keyboard.press('/');
  await page.getByRole('combobox', { name: 'Search terms' }).fill('perplexity');
  await expect(
    page.getByRole('dialog').getByRole('listbox', { name: 'Search results' }).getByRole('option').first(),
  ).toBeVisible();

  // A calculator, whose code is fetched on use: from the copy.
  await page.goto('classification-metrics/');
  const form = page.getByRole('form', { name: /Confusion matrix metrics/ });
  await form.getByLabel('True positives (TP)').fill('90');
  await expect(form.locator('output[name=precision]')).toHaveText('90 / (90 + 10) = 0.9');

  // An address that does not exist: the saved 404 page.
  await page.goto('no-such-page/');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});

test('the offline copy can be removed: its caches and its worker are gone', async ({ page, context, problems }) => {
  void problems;
  test.slow();
  await saveForOffline(page, context);
  await page.getByRole('button', { name: 'Remove the offline copy' }).click();
  await expect(page.locator('[data-saved]')).toHaveText('Nothing is saved on this device.');
  await expect(page.getByRole('button', { name: 'Remove the offline copy' })).toBeDisabled();
  expect(await page.evaluate(() => caches.keys())).toEqual([]);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
});

test('the site is installable: a manifest with icons', async ({ page, problems }) => {
  void problems;
  await page.goto('');
  const href = await page.locator('link[rel=manifest]').getAttribute('href');
  const response = await page.request.get(new URL(href ?? '', page.url()).href);
  const manifest = (await response.json()) as {
    start_url: string;
    icons: { sizes: string; src: string }[];
    display: string;
  };
  expect(manifest.display).toBe('standalone');
  expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of manifest.icons)
    expect((await page.request.get(new URL(icon.src, page.url()).href)).ok()).toBe(true);
});
