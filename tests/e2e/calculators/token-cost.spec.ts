import { test, expect } from '../fixtures.ts';
import { openInNewTab } from './new-tab.ts';

const PAGE = 'amazon-bedrock/';
const FORM = /Token cost: on-demand and batch/;

test.describe('token cost calculator', () => {
  test('shows the page’s example with made-up prices, even without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(PAGE);
    const form = page.getByRole('form', { name: FORM });
    await expect(form.getByLabel('Price per 1,000 input tokens')).toHaveValue('0.0008');
    await expect(form.getByLabel('Price per 1,000 input tokens')).toHaveAccessibleDescription(/Made-up example/);
    await expect(form).toContainText('Example prices only.');
    await expect(form.locator('output[name=onDemand]')).toHaveText('0.0032 × 10,000 = 32.00');
    await expect(form.locator('output[name=batch]')).toHaveText('32.00 × (1 − 50 %) = 16.00');
    await expect(form.locator('output[name=savings]')).toHaveText('32.00 − 16.00 = 16.00 (50 % less)');
    await context.close();
  });

  test('recomputes when the workload and prices change', async ({ page, problems }) => {
    void problems;
    await page.goto(PAGE);
    const form = page.getByRole('form', { name: FORM });
    await form.getByLabel('Number of requests').fill('10');
    await form.getByLabel('Price per 1,000 input tokens').fill('0.003');
    await form.getByLabel('Price per 1,000 output tokens').fill('0.015');
    await expect(form.locator('output[name=perRequest]')).toHaveText('0.006 + 0.0075 = 0.0135');
    await expect(form.locator('output[name=onDemand]')).toHaveText('0.0135 × 10 = 0.135');
    await form.getByLabel('Batch discount (%)').fill('20');
    await expect(form.locator('output[name=batch]')).toHaveText('0.135 × (1 − 20 %) = 0.108');
    await expect(form.getByRole('img', { name: /On-demand and batch cost/ })).toBeVisible();
  });

  test('answers bad input with a message at the field', async ({ page, problems }) => {
    void problems;
    await page.goto(PAGE);
    const form = page.getByRole('form', { name: FORM });
    const discount = form.getByLabel('Batch discount (%)');
    await discount.fill('150');
    await expect(discount).toHaveAttribute('aria-invalid', 'true');
    await expect(discount).toHaveAccessibleDescription(/Enter a number of at most 100\.$/);
    await expect(form.locator('output[name=batch]')).toHaveText('—');
    await discount.fill('50');
    const tokens = form.getByLabel('Input tokens per request');
    for (const [input, message] of [
      ['-1', 'Enter a number of at least 0.'],
      ['lots', '“lots” is not a number.'],
      ['', 'Enter a number.'],
      ['1.5', 'Enter a whole number.'],
    ] as const) {
      await tokens.fill(input);
      await expect(tokens).toHaveAccessibleDescription(message);
    }
    await expect(form).not.toContainText(/NaN|Infinity|undefined|null/);
  });

  test('refuses a 1 MB paste at once, with a message at the field', async ({ page, problems }) => {
    void problems;
    await page.goto(PAGE);
    const form = page.getByRole('form', { name: FORM });
    const field = form.getByLabel('Input tokens per request');
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
    await form.getByLabel('Output tokens per request').fill('1000');
    await expect(page).toHaveURL(/cost\.outputTokens=1000/);
    const link = page.url();
    const { tab, clean } = await openInNewTab(page, link);
    const reopened = tab.getByRole('form', { name: FORM });
    await expect(reopened.getByLabel('Output tokens per request')).toHaveValue('1000');
    await expect(reopened.locator('output[name=onDemand]')).toHaveText('0.0048 × 10,000 = 48.00');
    await clean();
  });

  test('works by keyboard alone and announces results', async ({ page, problems }) => {
    void problems;
    await page.goto(PAGE);
    const form = page.getByRole('form', { name: FORM });
    await form.getByLabel('Number of requests').focus();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('20000');
    await page.keyboard.press('Tab');
    await expect(form.getByLabel('Price per 1,000 input tokens')).toBeFocused();
    await expect(form.locator('[data-summary]')).toHaveText('On-demand 64.00; batch 32.00; batch saves 32.00.');
  });
});
