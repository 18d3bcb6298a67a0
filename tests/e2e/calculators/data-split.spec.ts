import { test, expect } from '../fixtures.ts';
import { openInNewTab } from './new-tab.ts';

const PAGE = 'ai-ml-overview/';
const FORM = /Training, validation and test split/;

test.describe('data-split calculator', () => {
  test('shows the example result computed at build time, even without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(PAGE);
    const form = page.getByRole('form', { name: FORM });
    await expect(form.getByLabel('Dataset size (labeled examples)')).toHaveValue('1200');
    await expect(form.locator('output[name=train]')).toHaveText('1,200 × 70 % = 840');
    await expect(form.locator('output[name=validation]')).toHaveText('1,200 × 15 % = 180');
    await expect(form.locator('output[name=test]')).toHaveText('1,200 × 15 % = 180');
    await expect(form.getByRole('img', { name: /split in proportion/ })).toBeVisible();
    await context.close();
  });

  test('rounds by the largest remainder when a share is not whole', async ({ page, problems }) => {
    void problems;
    await page.goto(PAGE);
    const form = page.getByRole('form', { name: FORM });
    await form.getByLabel('Dataset size (labeled examples)').fill('1001');
    await expect(form.locator('output[name=train]')).toHaveText(
      '1,001 × 70 % = 700.7 → 701 (rounded up: it has one of the largest remainders)',
    );
    await expect(form.locator('output[name=test]')).toHaveText(
      '1,001 × 15 % = 150.15 → 150 (rounded down to its whole part)',
    );
    await expect(form.getByRole('table', { name: /split of 1,001 examples/ })).toContainText('Total');
  });

  test('refuses percentages that do not add up to 100 and says the sum', async ({ page, problems }) => {
    void problems;
    await page.goto(PAGE);
    const form = page.getByRole('form', { name: FORM });
    await form.getByLabel('Training %').fill('80');
    const test = form.getByLabel('Test %');
    await expect(test).toHaveAttribute('aria-invalid', 'true');
    await expect(test).toHaveAccessibleDescription(
      /The three percentages add up to 110 %, not 100 %\. Change one of them so that they add up to 100\.$/,
    );
    await expect(form.locator('output[name=train]')).toHaveText('—');
    await test.fill('5');
    await expect(test).not.toHaveAttribute('aria-invalid');
    await expect(form.locator('output[name=train]')).toHaveText('1,200 × 80 % = 960');
    await expect(form).toContainText('Outside the common ranges');
  });

  test('answers bad input with a message at the field', async ({ page, problems }) => {
    void problems;
    await page.goto(PAGE);
    const form = page.getByRole('form', { name: FORM });
    const total = form.getByLabel('Dataset size (labeled examples)');
    for (const [input, message] of [
      ['-10', 'Enter a number of at least 0.'],
      ['ten', '“ten” is not a number.'],
      ['', 'Enter a number.'],
      ['10.5', 'Enter a whole number.'],
    ] as const) {
      await total.fill(input);
      await expect(total).toHaveAttribute('aria-invalid', 'true');
      await expect(total).toHaveAccessibleDescription(message);
    }
    await expect(form).not.toContainText(/NaN|Infinity|undefined|null/);
  });

  test('refuses a 1 MB paste at once, with a message at the field', async ({ page, problems }) => {
    void problems;
    await page.goto(PAGE);
    const form = page.getByRole('form', { name: FORM });
    const field = form.getByLabel('Dataset size (labeled examples)');
    await field.fill('9'.repeat(1_000_000));
    // Filling a megabyte takes a while on a slow machine.
    await expect(field).toHaveAttribute('aria-invalid', 'true', { timeout: 15_000 });
    await expect(field).toHaveAccessibleDescription(/too long/);
    await expect(form).not.toContainText(/NaN|Infinity|undefined|null/);
  });

  test('keeps its inputs in the URL and restores them from a link', async ({ page, problems }) => {
    void problems;
    await page.goto(PAGE);
    const form = page.getByRole('form', { name: FORM });
    await form.getByLabel('Dataset size (labeled examples)').fill('500');
    await form.getByLabel('Training %').fill('60');
    await form.getByLabel('Validation %').fill('20');
    await form.getByLabel('Test %').fill('20');
    await expect(page).toHaveURL(/split\.total=500.*split\.trainPct=60.*split\.testPct=20/);
    const link = page.url();
    const { tab, clean } = await openInNewTab(page, link);
    const reopened = tab.getByRole('form', { name: FORM });
    await expect(reopened.getByLabel('Training %')).toHaveValue('60');
    await expect(reopened.locator('output[name=train]')).toHaveText('500 × 60 % = 300');
    await clean();
  });

  test('works by keyboard alone and announces results', async ({ page, problems }) => {
    void problems;
    await page.goto(PAGE);
    const form = page.getByRole('form', { name: FORM });
    await form.getByLabel('Dataset size (labeled examples)').focus();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('2000');
    await page.keyboard.press('Tab');
    await expect(form.getByLabel('Training %')).toBeFocused();
    await expect(form.locator('[data-summary]')).toHaveText(
      'Training 1,400, validation 300, test 300 of 2,000 examples.',
    );
  });
});
