import { test, expect } from './fixtures.ts';

test.use({ serviceWorkers: 'allow' });

async function visitAndGoOffline(
  page: import('@playwright/test').Page,
  context: import('@playwright/test').BrowserContext,
) {
  await page.goto('');
  // Ready = the worker is active and has precached this build.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  // The server becomes unreachable: anything that still goes to the network fails.
  await context.route('**/*', (route) => route.abort('internetdisconnected'));
}

test('after one visit, pages never opened before load offline, with their fonts', async ({
  page,
  context,
  problems,
}) => {
  void problems;
  await visitAndGoOffline(page, context);
  await page.goto('regression-metrics/');
  await expect(page.getByRole('heading', { level: 1, name: 'Regression metrics' })).toBeVisible();
  await expect(page.locator('.katex').first()).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  expect(await page.evaluate(() => document.fonts.check('16px KaTeX_Main'))).toBe(true);
  await page.goto('classification-metrics/?cm.tp=5');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('search works offline', async ({ page, context, problems }) => {
  void problems;
  await visitAndGoOffline(page, context);
  await page.keyboard.press('/');
  await page.getByRole('combobox', { name: 'Search terms' }).fill('perplexity');
  await expect(
    page.getByRole('dialog').getByRole('listbox', { name: 'Search results' }).getByRole('option').first(),
  ).toBeVisible();
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
