import { test, expect } from './fixtures.ts';

test('the theme switch applies dark mode, and it survives a reload without a flash', async ({ page, problems }) => {
  void problems;
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('');
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // The attribute must be set before the body is parsed, i.e. before first paint.
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') {
        (window as unknown as { themeAtParse: string | undefined }).themeAtParse =
          document.documentElement.dataset['theme'];
      }
    });
  });
  await page.reload();
  expect(await page.evaluate(() => (window as unknown as { themeAtParse: string | undefined }).themeAtParse)).toBe(
    'dark',
  );
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(17, 20, 24)');
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('auto');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
});

test('the skip link moves focus to the main content', async ({ page, problems }) => {
  void problems;
  await page.goto('exam-blueprint/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('on a narrow screen the topic menu opens and closes by keyboard', async ({ page, problems }) => {
  void problems;
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('exam-blueprint/');
  const sidebar = page.getByRole('navigation', { name: 'Topics' });
  await expect(sidebar).toBeHidden();
  const menu = page.getByRole('button', { name: 'Menu' });
  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(sidebar).toBeVisible();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(sidebar).toBeHidden();
  await expect(menu).toBeFocused();
});

test('topic pages link to the previous and next topic and to their sections', async ({ page, problems }) => {
  void problems;
  await page.goto('');
  const first = page.locator('.card-list a').first();
  await first.click();
  const pager = page.getByRole('navigation', { name: 'Previous and next topic' });
  await expect(pager.getByRole('link', { name: /Next/ })).toBeVisible();
  const anchor = page.locator('.heading-anchor').first();
  const href = await anchor.getAttribute('href');
  expect(href).toMatch(/^#.+/);
  await expect(page.locator(`[id="${(href ?? '#').slice(1)}"]`)).toHaveCount(1);
});

test('an unknown address shows the 404 page with a way on', async ({ page }) => {
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Search the guide' })).toBeVisible();
});

test('prints in light colors without navigation chrome', async ({ page, problems }) => {
  void problems;
  await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
  await page.goto('classification-metrics/');
  for (const name of ['Topics', 'On this page']) {
    await expect(page.getByRole('navigation', { name })).toBeHidden();
  }
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.locator('h1')).toBeVisible();
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
});

test('the page script changes nothing on the page until the first contentful paint is on screen', async ({
  page,
  problems,
}) => {
  void problems;
  // A change while the first frame is presented costs a style and layout pass that Lighthouse counts in
  // the largest paint (src/components/after-first-paint.ts). Watch from the end of parsing, which is
  // before the page script runs (module scripts run after it), and record when the header's search link
  // and the <head> change.
  await page.addInitScript(() => {
    const changes: { what: string; at: number }[] = [];
    (window as unknown as { changes: typeof changes }).changes = changes;
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      new MutationObserver((records) => {
        for (const record of records) {
          const target = record.target as Element;
          if (target === document.head || target.matches?.('[data-open-search]')) {
            changes.push({ what: `${record.type} ${record.attributeName ?? target.nodeName}`, at: performance.now() });
          }
        }
      }).observe(document, { subtree: true, childList: true, attributes: true });
    });
  });
  await page.goto('classification-metrics/');
  // The search link becomes a button that opens a dialog, and KaTeX's fonts are linked.
  await expect(page.getByRole('button', { name: 'Search' }).first()).toHaveAttribute('aria-haspopup', 'dialog');
  await expect(page.locator('head > link[href*="katex-fonts"]')).toHaveCount(1);
  const { changes, firstPaint } = await page.evaluate(() => ({
    changes: (window as unknown as { changes: { what: string; at: number }[] }).changes,
    firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
  }));
  expect(changes.map((change) => change.what)).toEqual(
    expect.arrayContaining(['attributes role', 'attributes aria-haspopup', 'childList HEAD']),
  );
  expect(Number.isFinite(firstPaint)).toBe(true);
  for (const change of changes) expect(change.at, change.what).toBeGreaterThanOrEqual(firstPaint);
});
