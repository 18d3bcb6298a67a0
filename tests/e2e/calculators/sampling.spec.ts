import { test, expect } from '../fixtures.ts';
import { openInNewTab } from './new-tab.ts';
import { shown, vectorCases } from './helpers.ts';

const PAGE = 'prompt-engineering/';
const FORM = /Sampling explorer/;

test.describe('sampling explorer', () => {
  test('shows the example result computed at build time, even without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(PAGE);
    const form = page.getByRole('form', { name: FORM });
    await expect(form.getByLabel(/Tokens and probabilities/)).toHaveValue(
      'wet 0.4\nslippery 0.34\nmuddy 0.15\ngreen 0.07\ncold 0.04',
    );
    await expect(form.locator('output[name=kept]')).toHaveText(
      '5 of 5 tokens survive: wet, slippery, muddy, green, cold.',
    );
    await expect(form.locator('output[name=formula]')).toHaveText(/^p\(wet\) = exp\(z \/ T\) .* = 0\.4$/);
    await expect(form.locator('output[name=draw]')).toHaveText(/^Seed 42: u = 0\.6011 → “slippery”/);
    await expect(form.getByRole('img', { name: /Next-token probabilities/ })).toBeVisible();
    await expect(form.getByRole('button', { name: 'Sample a token' })).toBeHidden();
    await context.close();
  });

  test('reproduces the page’s worked examples: temperature 0.5, then top-k 4 and top-p 0.8', async ({
    page,
    problems,
  }) => {
    void problems;
    await page.goto(PAGE);
    const form = page.getByRole('form', { name: FORM });
    await form.getByLabel('Temperature T').fill('0.5');
    await expect(form.locator('output[name=formula]')).toHaveText(/= 0\.5253$/);
    await expect(form.getByRole('table', { name: /Each token before and after/ })).toContainText('0.0053');
    await expect(form.getByLabel('Temperature slider')).toHaveValue('0.5');
    await form.getByLabel('Temperature T').fill('1');
    await form.getByLabel('Top-k', { exact: true }).fill('4');
    await form.getByLabel('Top-p', { exact: true }).fill('0.8');
    await expect(form.locator('output[name=kept]')).toHaveText(
      '3 of 5 tokens survive: wet, slippery, muddy. Removed: green (top-p), cold (top-k).',
    );
    await expect(form.locator('output[name=final]')).toHaveText('p′(wet) = 0.4 / (0.4 + 0.34 + 0.15) = 0.4494');
    const rows = form.getByRole('table', { name: /Each token before and after/ }).getByRole('row');
    await expect(rows.filter({ hasText: 'green' })).toContainText('✕ removed by top-p');
    await expect(rows.filter({ hasText: 'cold' })).toContainText('✕ removed by top-k');
  });

  test('matches the reference vectors on a 10-token case', async ({ page, problems }) => {
    void problems;
    const reference = vectorCases('sampling').find((c) => c.name === 'ordinary_10_tokens_t13_k8_p095')!;
    const logits = reference.input['logits'] as number[];
    const options = reference.options as { temperature: number; top_k: number; top_p: number };
    const probs = reference.expected['probs'] as number[];
    const max = Math.max(...logits);
    await page.goto(PAGE);
    const form = page.getByRole('form', { name: FORM });
    await form
      .getByLabel(/Tokens and probabilities/)
      .fill(logits.map((z, i) => `t${i} ${Math.exp(z - max)}`).join('\n'));
    await form.getByLabel('Temperature T').fill(String(options.temperature));
    await form.getByLabel('Top-k', { exact: true }).fill(String(options.top_k));
    await form.getByLabel('Top-p', { exact: true }).fill(String(options.top_p));
    await expect(form.locator('output[name=sum]')).toHaveText(/^Normalized:/);
    const rows = form.getByRole('table', { name: /Each token before and after/ }).getByRole('row');
    for (const [i, p] of probs.entries()) {
      await expect(
        rows
          .nth(i + 1)
          .getByRole('cell')
          .nth(3),
      ).toHaveText(shown(p));
    }
    const kept = reference.expected['kept'] as number[];
    await expect(form.locator('output[name=kept]')).toHaveText(new RegExp(`^${kept.length} of 10 tokens survive`));
  });

  test('labels temperature 0 as greedy decoding', async ({ page, problems }) => {
    void problems;
    await page.goto(PAGE);
    const form = page.getByRole('form', { name: FORM });
    await form.getByLabel('Temperature T').fill('0');
    await expect(form.locator('output[name=kept]')).toHaveText(/^Greedy decoding \(temperature 0\): always “wet”/);
    await expect(form.getByRole('img', { name: /greedy decoding \(temperature 0\)/ })).toBeVisible();
  });

  test('answers bad input with a message at the field', async ({ page, problems }) => {
    void problems;
    await page.goto(PAGE);
    const form = page.getByRole('form', { name: FORM });
    const tokens = form.getByLabel(/Tokens and probabilities/);
    for (const [input, message] of [
      ['wet 0.4\nslippery 1.2', 'Line 2 (“slippery”): a probability must be between 0 and 1.'],
      ['wet -0.4', 'Line 1 (“wet”): a probability must be between 0 and 1.'],
      ['wet', 'Line 1 (“wet”): write a token, a space and its probability, for example “wet 0.4”.'],
      ['', 'Enter one token and its probability per line, for example “wet 0.4”.'],
    ] as const) {
      await tokens.fill(input);
      await expect(tokens).toHaveAttribute('aria-invalid', 'true');
      await expect(tokens).toHaveAccessibleDescription(new RegExp(`${message.replace(/[().]/g, '\\$&')}$`));
    }
    await expect(form.locator('output[name=kept]')).toHaveText('—');
    await tokens.fill('a 0.3\nb 0.2');
    await expect(tokens).not.toHaveAttribute('aria-invalid');
    await expect(form.locator('output[name=sum]')).toHaveText(
      /add up to 0\.5, not 1, so softmax of ln p divides each by 0\.5/,
    );
    const temperature = form.getByLabel('Temperature T');
    await temperature.fill('3');
    await expect(temperature).toHaveAccessibleDescription(/Enter a number of at most 2\.$/);
    await temperature.fill('warm');
    await expect(temperature).toHaveAccessibleDescription(/“warm” is not a number\.$/);
    await expect(form).not.toContainText(/NaN|Infinity|undefined|null/);
  });

  test('refuses a 1 MB paste at once, with a message at the field', async ({ page, problems }) => {
    void problems;
    await page.goto(PAGE);
    const form = page.getByRole('form', { name: FORM });
    const field = form.getByLabel(/Tokens and probabilities/);
    await field.fill('x 0.1 '.repeat(200_000));
    // Filling a megabyte takes a while on a slow machine.
    await expect(field).toHaveAttribute('aria-invalid', 'true', { timeout: 15_000 });
    await expect(field).toHaveAccessibleDescription(/too long/);
    await expect(form).not.toContainText(/NaN|Infinity|undefined|null/);
  });

  test('draws a token reproducibly and keeps the seed in the URL', async ({ page, problems }) => {
    void problems;
    await page.goto(PAGE);
    const form = page.getByRole('form', { name: FORM });
    await form.getByRole('button', { name: 'Sample a token' }).click();
    await expect(form.getByLabel('Random seed')).toHaveValue('43');
    await expect(page).toHaveURL(/smp\.seed=43/);
    const draw = await form.locator('output[name=draw]').textContent();
    expect(draw).toMatch(/^Seed 43: u = /);
    await form.getByLabel('Top-k', { exact: true }).fill('1');
    await expect(form.locator('output[name=draw]')).toHaveText(/^Seed 43: .*→ “wet”/);
    await form.getByLabel('Top-k', { exact: true }).fill('0');
    await expect(form.locator('output[name=draw]')).toHaveText(draw!);
    const link = page.url();
    const { tab, clean } = await openInNewTab(page, link);
    const reopened = tab.getByRole('form', { name: FORM });
    await expect(reopened.getByLabel('Random seed')).toHaveValue('43');
    await expect(reopened.locator('output[name=draw]')).toHaveText(draw!);
    await clean();
  });

  test('keeps its inputs in the URL and restores them from a link', async ({ page, problems }) => {
    void problems;
    await page.goto(PAGE);
    const form = page.getByRole('form', { name: FORM });
    await form.getByLabel(/Tokens and probabilities/).fill('sunny 0.7\nrainy 0.3');
    await form.getByLabel('Temperature T').fill('1.5');
    await form.getByLabel('Top-p', { exact: true }).fill('0.5');
    await expect(page).toHaveURL(/smp\.tokens=sunny.*smp\.temperature=1\.5.*smp\.topP=0\.5/);
    const link = page.url();
    const { tab, clean } = await openInNewTab(page, link);
    const reopened = tab.getByRole('form', { name: FORM });
    await expect(reopened.getByLabel(/Tokens and probabilities/)).toHaveValue('sunny 0.7\nrainy 0.3');
    await expect(reopened.getByLabel('Temperature slider')).toHaveValue('1.5');
    await expect(reopened.locator('output[name=kept]')).toHaveText(
      '1 of 2 tokens survive: sunny. Removed: rainy (top-p).',
    );
    await clean();
  });

  test('treats token text from the URL as text', async ({ page, problems }) => {
    void problems;
    await page.goto(`${PAGE}?smp.tokens=${encodeURIComponent('<img src=x onerror=alert(1)> 0.5\nok 0.5')}`);
    const form = page.getByRole('form', { name: FORM });
    await expect(form.getByRole('table', { name: /Each token before and after/ })).toContainText(
      '<img src=x onerror=alert(1)>',
    );
    await expect(page.locator('img[src=x]')).toHaveCount(0);
  });

  test('works by keyboard alone and announces results', async ({ page, problems }) => {
    void problems;
    await page.goto(PAGE);
    const form = page.getByRole('form', { name: FORM });
    const slider = form.getByLabel('Temperature slider');
    await slider.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(form.getByLabel('Temperature T')).toHaveValue('0.9');
    await expect(form.locator('[data-summary]')).toHaveText(/5 of 5 tokens kept; most probable wet at 0\.41/);
    await page.keyboard.press('Tab');
    await expect(form.getByLabel('Temperature T')).toBeFocused();
    await form.getByLabel('Random seed').focus();
    await page.keyboard.press('Tab');
    await expect(form.getByRole('button', { name: 'Sample a token' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(form.getByLabel('Random seed')).toHaveValue('43');
    await expect(form.locator('[data-summary]')).toHaveText(/Seed 43 draws “/);
  });
});
