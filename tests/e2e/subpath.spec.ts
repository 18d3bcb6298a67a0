// Runs against the sub-path build (dist-subpath/, served under SUBPATH_BASE).
import { test, expect } from './fixtures.ts';

test('the home page, its assets and a topic load under the sub-path', async ({ page, problems }) => {
  void problems;
  await page.goto('./');
  await expect(page.locator('h1')).toBeVisible();
  await page.locator('.card-list a').first().click();
  await expect(page.locator('h1')).toBeVisible();
  expect(new URL(page.url()).pathname.startsWith(process.env['SUBPATH_BASE'] ?? '/aws-ai-practitioner/')).toBe(true);
});

test('KaTeX fonts and styles load under the sub-path', async ({ page, problems }) => {
  void problems;
  await page.goto('./');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('combobox', { name: 'Search terms' }).fill('precision');
  await page
    .getByRole('dialog')
    .getByRole('listbox', { name: 'Search results' })
    .getByRole('option')
    .first()
    .getByRole('link')
    .click();
  await expect(page.locator('.katex').first()).toBeVisible();
  // KaTeX's fonts are added once the page is painted (src/components/katex-fonts.ts): wait for one.
  await page.waitForFunction(() =>
    [...document.fonts].some((font) => font.family === 'KaTeX_Main' && font.status === 'loaded'),
  );
});
