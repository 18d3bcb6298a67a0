import { test, expect } from '../fixtures.ts';
import { shown, vectorCases } from './helpers.ts';

const PAGE = 'evaluating-models/';
const FORM = /ROUGE scores/;

test.describe('ROUGE calculator', () => {
  test('shows the example result computed at build time, even without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(PAGE);
    const form = page.getByRole('form', { name: FORM });
    await expect(form.getByLabel('Reference text (written by a person)')).toHaveValue('The apple fell from the tree.');
    await expect(form.locator('output[name=r1p]')).toHaveText('overlap 5 / 7 candidate unigrams = 0.7143');
    await expect(form.locator('output[name=r2r]')).toHaveText('overlap 3 / 5 reference bigrams = 0.6');
    await expect(form.locator('output[name=rlf]')).toHaveText('2 × 0.7143 × 0.8333 / (0.7143 + 0.8333) = 0.7692');
    await expect(form.locator('[data-view=lcs] mark')).toHaveText([
      'apple fell from the tree',
      'apple fell from the',
      'tree',
    ]);
    await context.close();
  });

  test('recomputes when the texts change and matches rouge-score on a reference case', async ({ page, problems }) => {
    void problems;
    const reference = vectorCases('rouge').find((c) => c.name === 'edge_stemming_on')!;
    const input = reference.input as { reference: string; candidate: string };
    const expected = reference.expected as Record<string, { precision: number; recall: number; fmeasure: number }>;
    await page.goto(PAGE);
    const form = page.getByRole('form', { name: FORM });
    await form.getByLabel('Reference text (written by a person)').fill(input.reference);
    await form.getByLabel("Candidate text (the model's output)").fill(input.candidate);
    await form.getByLabel('n for ROUGE-N (1 to 9)').fill('4');
    await form.getByLabel('Porter stemming (words over 3 letters)').check();
    await expect(form.locator('output[name=r1p]')).toHaveText(
      new RegExp(` = ${shown(expected['rouge1']!.precision)}$`),
    );
    await expect(form.locator('output[name=r1r]')).toHaveText(new RegExp(` = ${shown(expected['rouge1']!.recall)}$`));
    await expect(form.locator('output[name=r2f]')).toHaveText(new RegExp(` = ${shown(expected['rouge2']!.fmeasure)}$`));
    await expect(form.locator('output[name=rlf]')).toHaveText(new RegExp(` = ${shown(expected['rougeL']!.fmeasure)}$`));
    await expect(form.locator('output[name=nLabel]')).toHaveText('ROUGE-4');
    await expect(form.locator('output[name=rnr]')).toHaveText(new RegExp(`${shown(expected['rouge4']!.recall)}$`));
    await expect(form.locator('[data-view=ngrams]')).toContainText('the cat run quick to');
  });

  test('highlights unigram matches on request', async ({ page, problems }) => {
    void problems;
    await page.goto(PAGE);
    const form = page.getByRole('form', { name: FORM });
    await form.getByLabel('Highlight the matched').selectOption('1');
    const marks = form.locator('[data-view=ngrams] mark');
    // The reference's first "the" is the one matched: each occurrence counts at most once.
    await expect(marks).toHaveText(['the apple fell from', 'tree', 'apple fell from the', 'tree']);
    await expect(form.locator('[data-view=ngrams]')).toContainText('Matched unigrams (5)');
  });

  test('answers bad input with a message at the field', async ({ page, problems }) => {
    void problems;
    test.slow(); // a 1 MB paste takes a while to type into the field
    await page.goto(PAGE);
    const form = page.getByRole('form', { name: FORM });
    const n = form.getByLabel('n for ROUGE-N (1 to 9)');
    for (const [input, message] of [
      ['10', 'Enter a number of at most 9.'],
      ['0', 'Enter a number of at least 1.'],
      ['x', '“x” is not a number.'],
      ['1.5', 'Enter a whole number.'],
    ] as const) {
      await n.fill(input);
      await expect(n).toHaveAttribute('aria-invalid', 'true');
      await expect(n).toHaveAccessibleDescription(message);
    }
    await expect(form.locator('output[name=r1p]')).toHaveText('—');
    await n.fill('2');
    await expect(n).not.toHaveAttribute('aria-invalid');
    const candidate = form.getByLabel("Candidate text (the model's output)");
    await candidate.fill('   ');
    await expect(candidate).toHaveAccessibleDescription('Enter the candidate text.');
    await candidate.fill('x'.repeat(1_000_000));
    await expect(candidate).toHaveAccessibleDescription(/too long/, { timeout: 15_000 });
    await expect(form).not.toContainText(/NaN|Infinity|undefined|null/);
  });

  test('keeps its inputs in the URL and restores them from a link', async ({ page, problems }) => {
    void problems;
    await page.goto(PAGE);
    const form = page.getByRole('form', { name: FORM });
    await form.getByLabel("Candidate text (the model's output)").fill('The tree dropped an apple.');
    await form.getByLabel('Porter stemming (words over 3 letters)').check();
    await expect(page).toHaveURL(/rouge\.candidate=The\+tree.*rouge\.stem=on/);
    await page.waitForLoadState('load');
    const link = page.url();
    await page.goto('about:blank');
    await page.goto(link);
    await expect(form.getByLabel("Candidate text (the model's output)")).toHaveValue('The tree dropped an apple.');
    await expect(form.getByLabel('Porter stemming (words over 3 letters)')).toBeChecked();
    // The page's second worked example: ROUGE-L precision 2/5, recall 2/6.
    await expect(form.locator('output[name=rlp]')).toHaveText('LCS 2 / 5 candidate tokens = 0.4');
    await expect(form.locator('output[name=rlf]')).toHaveText(/= 0.3636$/);
  });

  test('treats text from the URL as text', async ({ page, problems }) => {
    void problems;
    await page.goto(`${PAGE}?rouge.candidate=${encodeURIComponent('<img src=x onerror=alert(1)> apple')}`);
    const form = page.getByRole('form', { name: FORM });
    await expect(form.getByLabel("Candidate text (the model's output)")).toHaveValue(
      '<img src=x onerror=alert(1)> apple',
    );
    await expect(form.locator('[data-view=ngrams]')).toContainText('img src x onerror alert 1');
    await expect(page.locator('img[src=x]')).toHaveCount(0);
  });

  test('works by keyboard alone and announces results', async ({ page, problems }) => {
    void problems;
    await page.goto(PAGE);
    const form = page.getByRole('form', { name: FORM });
    await form.getByLabel('n for ROUGE-N (1 to 9)').focus();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('1');
    await page.keyboard.press('Tab');
    await expect(form.getByLabel('Porter stemming (words over 3 letters)')).toBeFocused();
    await page.keyboard.press('Space');
    await expect(form.getByLabel('Porter stemming (words over 3 letters)')).toBeChecked();
    await expect(form.locator('[data-summary]')).toHaveText(
      'F scores: ROUGE-1 0.7692, ROUGE-2 0.5455, ROUGE-L 0.7692, ROUGE-1 0.7692.',
    );
  });
});
