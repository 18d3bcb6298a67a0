import { test, expect } from '../fixtures.ts';
import { shown, vectorCases } from './helpers.ts';

const PAGE = 'evaluating-models/';
const FORM = /BLEU score/;

test.describe('BLEU calculator', () => {
  test('shows the example result computed at build time, even without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(PAGE);
    const form = page.getByRole('form', { name: FORM });
    await expect(form.getByLabel('References, one per line')).toHaveValue('the cat is sitting on the mat');
    await expect(form.locator('output[name=p2]')).toHaveText('4 / 5 = 0.8');
    await expect(form.locator('output[name=bp]')).toHaveText('c = 6 ≤ r = 7: BP = exp(1 − 7 / 6) = 0.8465');
    await expect(form.locator('output[name=bleu]')).toHaveText('0.8465 × (1 × 0.8 × 0.75 × 0.6667)^¼ = 0.6732');
    await context.close();
  });

  test('recomputes with several references and matches nltk on a reference case', async ({ page, problems }) => {
    void problems;
    const reference = vectorCases('bleu').find((c) => c.name === 'edge_multiple_references')!;
    const input = reference.input as { references: string[][]; hypothesis: string[] };
    const expected = reference.expected as {
      bleu: number;
      bleu_smoothing_method1: number;
      modified_precisions: { n: number; numerator: number; denominator: number }[];
      closest_ref_len: number;
    };
    await page.goto(PAGE);
    const form = page.getByRole('form', { name: FORM });
    await form.getByLabel('References, one per line').fill(input.references.map((r) => r.join(' ')).join('\n'));
    await form.getByLabel("Candidate (the model's translation)").fill(input.hypothesis.join(' '));
    for (const { n, numerator, denominator } of expected.modified_precisions) {
      await expect(form.locator(`output[name=p${n}]`)).toHaveText(new RegExp(`^${numerator} / ${denominator} = `));
    }
    await expect(form.locator('output[name=bleu]')).toHaveText(new RegExp(`= ${shown(expected.bleu)}$`));
    await expect(form.locator('output[name=lengths]')).toContainText(`the closest is r = ${expected.closest_ref_len}`);
    await form.getByLabel(/Smoothing/).check();
    await expect(form.locator('output[name=bleu]')).toHaveText(
      new RegExp(`= ${shown(expected.bleu_smoothing_method1)}$`),
    );
  });

  test('explains the tiny unsmoothed BLEU of a short candidate in scientific notation', async ({ page, problems }) => {
    void problems;
    await page.goto(PAGE);
    const form = page.getByRole('form', { name: FORM });
    await form.getByLabel('References, one per line').fill('the cat is on the mat');
    await form.getByLabel("Candidate (the model's translation)").fill('the cat');
    // nltk: 2.018753310664318e-155 without smoothing, 0.04279677428117006 with method1.
    await expect(form.locator('output[name=bleu]')).toHaveText(/= 2\.02 × 10⁻¹⁵⁵$/);
    await expect(form.locator('[data-view=note]')).toContainText('BLEU collapses to a tiny number');
    await form.getByLabel(/Smoothing/).check();
    await expect(form.locator('output[name=bleu]')).toHaveText(/= 0\.0428$/);
    await expect(form).not.toContainText(/NaN|Infinity|undefined|null/);
  });

  test('answers bad input with a message at the field', async ({ page, problems }) => {
    void problems;
    test.slow(); // a 1 MB paste takes a while to type into the field
    await page.goto(PAGE);
    const form = page.getByRole('form', { name: FORM });
    const references = form.getByLabel('References, one per line');
    await references.fill('\n \n');
    await expect(references).toHaveAttribute('aria-invalid', 'true');
    await expect(references).toHaveAccessibleDescription('Enter at least one reference, one per line.');
    await expect(form.locator('output[name=bleu]')).toHaveText('—');
    await references.fill('the cat');
    await expect(references).not.toHaveAttribute('aria-invalid');
    const candidate = form.getByLabel("Candidate (the model's translation)");
    await candidate.fill('');
    await expect(candidate).toHaveAccessibleDescription('Enter the candidate sentence.');
    await candidate.fill('x'.repeat(1_000_000));
    await expect(candidate).toHaveAccessibleDescription(/too long/, { timeout: 15_000 });
  });

  test('keeps its inputs in the URL and restores them from a link', async ({ page, problems }) => {
    void problems;
    await page.goto(PAGE);
    const form = page.getByRole('form', { name: FORM });
    await form.getByLabel("Candidate (the model's translation)").fill('The cat is sitting on the mat');
    await form.getByLabel(/Smoothing/).check();
    await expect(page).toHaveURL(/bleu\.candidate=The\+cat.*bleu\.smooth=on/);
    await page.waitForLoadState('load');
    const link = page.url();
    await page.goto('about:blank');
    await page.goto(link);
    await expect(form.getByLabel("Candidate (the model's translation)")).toHaveValue('The cat is sitting on the mat');
    await expect(form.getByLabel(/Smoothing/)).toBeChecked();
    // "The" is not "the": 6 of 7 unigrams match.
    await expect(form.locator('output[name=p1]')).toHaveText('6 / 7 = 0.8571');
  });

  test('works by keyboard alone and announces results', async ({ page, problems }) => {
    void problems;
    await page.goto(PAGE);
    const form = page.getByRole('form', { name: FORM });
    await form.getByLabel("Candidate (the model's translation)").focus();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('the cat');
    await page.keyboard.press('Tab');
    await expect(form.getByLabel(/Smoothing/)).toBeFocused();
    await page.keyboard.press('Space');
    await expect(form.getByLabel(/Smoothing/)).toBeChecked();
    await expect(form.locator('[data-summary]')).toHaveText('BLEU 0.026; brevity penalty 0.0821.');
  });
});
