import { test, expect } from '../fixtures.ts';
import { shown, vectorCases } from './helpers.ts';

const PAGE = 'classification-metrics/';

test.describe('confusion-matrix calculator', () => {
  test('shows the example result computed at build time, even without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(PAGE);
    const form = page.getByRole('form', { name: /Confusion matrix metrics/ });
    await expect(form.getByLabel('True positives (TP)')).toHaveValue('80');
    await expect(form.locator('output[name=precision]')).toHaveText('80 / (80 + 10) = 0.8889');
    await expect(form.getByRole('table').last()).toContainText('Macro average');
    await context.close();
  });

  test('recomputes when a count changes and matches scikit-learn on a reference case', async ({ page, problems }) => {
    void problems;
    const reference = vectorCases('classification').find(
      (c) => c.kind === 'binary_confusion_matrix' && c.tags.includes('random'),
    )!;
    const { tp, fp, fn, tn } = reference.input as Record<'tp' | 'fp' | 'fn' | 'tn', number>;
    const binary = (reference.expected['by_zero_division'] as Record<string, { binary: Record<string, number> }>)[
      'warn'
    ]!.binary;
    await page.goto(PAGE);
    const form = page.getByRole('form', { name: /Confusion matrix metrics/ });
    await form.getByLabel('True positives (TP)').fill(String(tp));
    await form.getByLabel('False positives (FP)').fill(String(fp));
    await form.getByLabel('False negatives (FN)').fill(String(fn));
    await form.getByLabel('True negatives (TN)').fill(String(tn));
    await expect(form.locator('output[name=precision]')).toHaveText(new RegExp(` = ${shown(binary['precision']!)}$`));
    await expect(form.locator('output[name=recall]')).toHaveText(new RegExp(` = ${shown(binary['recall']!)}$`));
    await expect(form.locator('output[name=f1]')).toHaveText(new RegExp(` = ${shown(binary['f1']!)}$`));
    await expect(form.locator('output[name=specificity]')).toHaveText(
      new RegExp(` = ${shown(binary['specificity']!)}$`),
    );
  });

  test('explains an undefined ratio instead of showing NaN', async ({ page, problems }) => {
    void problems;
    await page.goto(PAGE);
    const form = page.getByRole('form', { name: /Confusion matrix metrics/ });
    await form.getByLabel('True positives (TP)').fill('0');
    await form.getByLabel('False positives (FP)').fill('0');
    await expect(form.locator('output[name=precision]')).toHaveText(
      /^undefined: 0 \+ 0 = 0 \(nothing was predicted positive\)$/,
    );
    await expect(form).not.toContainText(/NaN|Infinity|null/);
  });

  test('answers bad input with a message at the field', async ({ page, problems }) => {
    void problems;
    await page.goto(PAGE);
    const form = page.getByRole('form', { name: /Confusion matrix metrics/ });
    const fp = form.getByLabel('False positives (FP)');
    for (const [input, message] of [
      ['-3', 'Enter a number of at least 0.'],
      ['abc', '“abc” is not a number.'],
      ['', 'Enter a number.'],
      ['2.5', 'Enter a whole number.'],
    ] as const) {
      await fp.fill(input);
      await expect(fp).toHaveAttribute('aria-invalid', 'true');
      await expect(fp).toHaveAccessibleDescription(message);
    }
    await expect(form.locator('output[name=precision]')).toHaveText('—');
    await fp.fill('10');
    await expect(fp).not.toHaveAttribute('aria-invalid');
    const matrix = form.getByLabel(/Counts, one row per actual class/);
    await matrix.fill('1 2\n3');
    await expect(matrix).toHaveAccessibleDescription('Row 2 has 1 counts; a 2-class matrix needs 2 per row.');
    await matrix.fill('9'.repeat(1_000_000));
    await expect(matrix).toHaveAccessibleDescription(/too long/);
    await expect(form).not.toContainText(/NaN|Infinity|undefined: undefined/);
  });

  test('keeps its inputs in the URL and restores them from a link', async ({ page, problems }) => {
    void problems;
    await page.goto(PAGE);
    const form = page.getByRole('form', { name: /Confusion matrix metrics/ });
    await form.getByLabel('True positives (TP)').fill('7');
    await form.getByLabel('When a denominator is 0 (zero_division)').selectOption('1');
    await expect(page).toHaveURL(/cm\.tp=7.*cm\.zeroDivision=1/);
    const link = page.url();
    await page.goto('about:blank');
    await page.goto(link);
    await expect(form.getByLabel('True positives (TP)')).toHaveValue('7');
    await expect(form.getByLabel('When a denominator is 0 (zero_division)')).toHaveValue('1');
    await expect(form.locator('output[name=precision]')).toHaveText('7 / (7 + 10) = 0.4118');
  });

  test('treats text from the URL as text', async ({ page, problems }) => {
    void problems;
    await page.goto(`${PAGE}?cm.matrix=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    const matrix = page.getByRole('form', { name: /Confusion matrix metrics/ }).getByLabel(/Counts, one row/);
    await expect(matrix).toHaveValue('<img src=x onerror=alert(1)>');
    await expect(matrix).toHaveAccessibleDescription(/Row 1/);
    await expect(page.locator('img[src=x]')).toHaveCount(0);
  });

  test('works by keyboard alone and announces results', async ({ page, problems }) => {
    void problems;
    await page.goto(PAGE);
    const form = page.getByRole('form', { name: /Confusion matrix metrics/ });
    await form.getByLabel('True positives (TP)').focus();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('60');
    await page.keyboard.press('Tab');
    await expect(form.getByLabel('False positives (FP)')).toBeFocused();
    await expect(form.locator('[data-summary]')).toHaveText(/Precision 60 \/ \(60 \+ 10\) = 0.8571/);
  });
});
