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
