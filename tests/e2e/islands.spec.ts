// The islands mechanism (src/components/islands/load-when-needed.ts): an interactive element's code is
// downloaded only when it comes near the viewport or is first used, and a use made before the code
// arrived still takes effect. Chunks are held back with a route to make "before" last long enough.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

/** Holds back the chunk whose file name starts with `name` until `release()` is called. */
async function holdChunk(page: Page, name: string) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const requested: string[] = [];
  await page.route(new RegExp(`/_astro/${name}\\.[\\w-]+\\.js$`), async (route) => {
    requested.push(route.request().url());
    await released;
    await route.continue();
  });
  return { release, requested };
}

test('a topic page downloads the self-check code only when the questions come near', async ({
  page,
  network,
  problems,
}) => {
  void problems;
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('prompt-engineering/');
  await network.quiet();
  expect(scripts.filter((path) => /self-check|studied-toggle/.test(path))).toEqual([]);
  await page.getByRole('heading', { name: 'Check yourself' }).scrollIntoViewIfNeeded();
  await expect.poll(() => scripts.filter((path) => /\/self-check\.[\w-]+\.js$/.test(path)).length).toBe(1);
});

test('an answer checked before the self-check code has arrived is graded once it arrives', async ({
  page,
  problems,
}) => {
  void problems;
  const chunk = await holdChunk(page, 'self-check');
  await page.goto('prompt-engineering/');
  const form = page.locator('form.quiz').first();
  await form.getByRole('radio').first().check();
  await form.getByRole('button', { name: 'Check answer' }).click();
  // The page did not submit the form away (no reload, no query), and nothing is graded yet.
  await expect(page).toHaveURL(/prompt-engineering\/$/);
  await expect(form.getByRole('status')).toHaveText('');
  expect(chunk.requested.length).toBe(1);
  chunk.release();
  await expect(form.getByRole('status')).toHaveText(/^(Correct\.|Not quite: the answer is [A-E, and]+\.)$/);
});

test('numbers typed before the calculator code has arrived are computed once it arrives', async ({
  page,
  problems,
}) => {
  void problems;
  const chunk = await holdChunk(page, 'confusion-calculator');
  await page.goto('classification-metrics/');
  const form = page.getByRole('form', { name: /Confusion matrix metrics/ });
  await form.getByLabel('True positives (TP)').fill('30');
  await form.getByLabel('False positives (FP)').fill('20');
  await expect(form.locator('output[name=precision]')).toHaveText('80 / (80 + 10) = 0.8889');
  chunk.release();
  await expect(form.locator('output[name=precision]')).toHaveText('30 / (30 + 20) = 0.6');
});

test('"Mark this page as studied" pressed before its code has arrived counts once it arrives', async ({
  page,
  problems,
}) => {
  void problems;
  const chunk = await holdChunk(page, 'studied-toggle');
  await page.goto('inference/');
  const button = page.getByRole('button', { name: 'Mark this page as studied' });
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  chunk.release();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('status').filter({ hasText: 'Marked as studied' })).toBeVisible();
});

test('a calculator link opened far above the calculator applies its numbers at once', async ({ page, problems }) => {
  void problems;
  await page.goto('classification-metrics/?cm.tp=7&cm.fp=3');
  const form = page.getByRole('form', { name: /Confusion matrix metrics/ });
  // Not scrolled to: the calculator is far below the first screen.
  expect(await form.evaluate((element) => element.getBoundingClientRect().top)).toBeGreaterThan(2000);
  await expect(form.getByLabel('True positives (TP)')).toHaveValue('7');
  await expect(form.locator('output[name=precision]')).toHaveText('7 / (7 + 3) = 0.7');
});
