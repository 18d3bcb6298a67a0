import { test, expect } from '../fixtures.ts';
import { shown, vectorCases } from './helpers.ts';

const PAGE = 'evaluating-models/';
const FORM = /Perplexity and cross-entropy/;
const VALUES = 'One value per observed token';

test.describe('perplexity calculator', () => {
  test('shows the example result computed at build time, even without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(PAGE);
    const form = page.getByRole('form', { name: FORM });
    await expect(form.getByLabel(VALUES)).toHaveValue('0.5, 0.25, 0.8, 0.1');
    await expect(form.locator('output[name=ppl]')).toHaveText('e^H = e^1.1513 = 3.1623');
    await expect(form.locator('output[name=bits]')).toHaveText(/= 1.661 bits per token$/);
    await expect(form.getByRole('img', { name: /probability p of each token/ })).toBeVisible();
    await expect(form.getByRole('table', { name: /probability and surprisal/ })).toContainText('2.3026');
    await context.close();
  });

  test('recomputes from log-probabilities and matches numpy on reference cases', async ({ page, problems }) => {
    void problems;
    const cases = vectorCases('perplexity');
    const probs = cases.find((c) => c.name === 'ordinary_sentence_probs')!;
    const bits = cases.find((c) => c.name === 'ordinary_logprobs_bits')!;
    await page.goto(PAGE);
    const form = page.getByRole('form', { name: FORM });
    await form.getByLabel(VALUES).fill((probs.input['probs'] as number[]).join(', '));
    await expect(form.locator('output[name=ppl]')).toHaveText(
      new RegExp(` = ${shown(probs.expected['perplexity'] as number)}$`),
    );
    await expect(form.locator('output[name=nats]')).toHaveText(
      new RegExp(` = ${shown(probs.expected['mean_nll_nats'] as number)} nats per token$`),
    );
    await form.getByLabel('The values are').selectOption('log2');
    await form.getByLabel(VALUES).fill((bits.input['logprobs'] as number[]).join(' '));
    await expect(form.locator('output[name=ppl]')).toHaveText(
      new RegExp(` = ${shown(bits.expected['perplexity'] as number)}$`),
    );
  });

  test('explains an infinite perplexity and draws surprisal bars', async ({ page, problems }) => {
    void problems;
    await page.goto(PAGE);
    const form = page.getByRole('form', { name: FORM });
    await form.getByLabel('Bars show').selectOption('surprisal');
    await expect(form.getByRole('img', { name: /surprisal/ })).toBeVisible();
    await form.getByLabel(VALUES).fill('0.5, 0, 0.25');
    await expect(form.locator('output[name=ppl]')).toHaveText('e^H = e^∞ = ∞');
    await expect(form.locator('[data-view=note]')).toContainText('Token 2 has probability 0');
    await expect(form).not.toContainText(/NaN|Infinity|undefined|null/);
  });

  test('answers bad input with a message at the field', async ({ page, problems }) => {
    void problems;
    test.slow(); // a 1 MB paste takes a while to type into the field
    await page.goto(PAGE);
    const form = page.getByRole('form', { name: FORM });
    const values = form.getByLabel(VALUES);
    for (const [input, message] of [
      ['0.5, 1.5', 'Number 2 (1.5) is not a probability: each must be between 0 and 1.'],
      ['-0.2', 'Number 1 (−0.2) is not a probability: each must be between 0 and 1.'],
      ['', 'Enter at least one number (one per token).'],
      ['0.5 abc', 'Number 2 (“abc”): “abc” is not a number.'],
    ] as const) {
      await values.fill(input);
      await expect(values).toHaveAttribute('aria-invalid', 'true');
      await expect(values).toHaveAccessibleDescription(new RegExp(`${message.replace(/[().]/g, '\\$&')}$`));
    }
    await expect(form.locator('output[name=ppl]')).toHaveText('—');
    await form.getByLabel('The values are').selectOption('ln');
    await values.fill('0.3, -1.2');
    await expect(values).toHaveAccessibleDescription(/Number 1 \(0.3\) is positive/);
    await values.fill('9'.repeat(1_000_000));
    await expect(values).toHaveAccessibleDescription(/too long/, { timeout: 15_000 });
    await values.fill('-1, -inf');
    await expect(values).not.toHaveAttribute('aria-invalid');
    await expect(form.locator('output[name=ppl]')).toHaveText('e^H = e^∞ = ∞');
  });

  test('keeps its inputs in the URL and restores them from a link', async ({ page, problems }) => {
    void problems;
    await page.goto(PAGE);
    const form = page.getByRole('form', { name: FORM });
    await form.getByLabel('The values are').selectOption('log2');
    await form.getByLabel(VALUES).fill('-1 -2 -3');
    await expect(page).toHaveURL(/ppl\.values=-1\+-2\+-3.*ppl\.kind=log2/);
    await page.waitForLoadState('load');
    const link = page.url();
    await page.goto('about:blank');
    await page.goto(link);
    await expect(form.getByLabel(VALUES)).toHaveValue('-1 -2 -3');
    await expect(form.getByLabel('The values are')).toHaveValue('log2');
    await expect(form.locator('output[name=ppl]')).toHaveText('2^H_bits = 2^2 = 4');
  });

  test('works by keyboard alone and announces results', async ({ page, problems }) => {
    void problems;
    await page.goto(PAGE);
    const form = page.getByRole('form', { name: FORM });
    await form.getByLabel(VALUES).focus();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('0.25 0.25');
    await page.keyboard.press('Tab');
    await expect(form.getByLabel('The values are')).toBeFocused();
    await expect(form.locator('[data-summary]')).toHaveText(
      'Perplexity 4; cross-entropy 1.3863 nats, 2 bits per token.',
    );
  });
});
