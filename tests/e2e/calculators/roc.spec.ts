import { test, expect, watchProblems } from '../fixtures.ts';
import { shown, vectorCases } from './helpers.ts';

const PAGE = 'classification-metrics/';
const FORM = /Threshold and ROC explorer/;

test.describe('threshold and ROC explorer', () => {
  test('shows the example result computed at build time, even without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(PAGE);
    const form = page.getByRole('form', { name: FORM });
    await expect(form.getByLabel('Labels (1 = positive, 0 = negative)')).toHaveValue('1, 1, 0, 1, 0, 1, 1, 0, 0, 0');
    await expect(form.locator('output[name=auc]')).toHaveText('39 / 50 = 0.78 (5 positives, 5 negatives)');
    await expect(form.locator('output[name=precision]')).toHaveText('4 / (4 + 2) = 0.6667');
    await expect(form.getByRole('img', { name: /ROC curve, AUC 0.78/ })).toBeVisible();
    await expect(form.getByRole('table', { name: /Confusion matrix at threshold 0.6/ })).toContainText('TP 4');
    await context.close();
  });

  test('draws a reference case and matches scikit-learn at every threshold', async ({ page, problems }) => {
    void problems;
    const reference = vectorCases('roc').find((c) => c.name === 'ordinary_with_ties')!;
    const input = reference.input as { y_true: number[]; y_score: number[] };
    const expected = reference.expected as {
      auc: number;
      auc_exact_fraction: string;
      curve_all_thresholds: { fpr: number[]; tpr: number[] };
    };
    await page.goto(PAGE);
    const form = page.getByRole('form', { name: FORM });
    await form.getByLabel('Scores').fill(input.y_score.join(', '));
    await form.getByLabel('Labels (1 = positive, 0 = negative)').fill(input.y_true.join(', '));
    const [numerator, denominator] = expected.auc_exact_fraction.split('/');
    await expect(form.locator('output[name=auc]')).toHaveText(
      new RegExp(`^${numerator} / ${denominator} = ${shown(expected.auc)} `),
    );
    const slider = form.getByRole('slider', { name: /Threshold/ });
    const { fpr, tpr } = expected.curve_all_thresholds;
    const last = fpr.length - 1;
    await expect(slider).toHaveAttribute('max', String(last));
    for (const position of [0, 2, last]) {
      await slider.fill(String(position));
      const point = last - position;
      await expect(form.locator('output[name=fpr]')).toHaveText(new RegExp(` = ${shown(fpr[point]!)}$`));
      await expect(form.locator('output[name=recall]')).toHaveText(new RegExp(` = ${shown(tpr[point]!)}$`));
    }
  });

  test('answers bad input with a message at the field', async ({ page, problems }) => {
    void problems;
    await page.goto(PAGE);
    const form = page.getByRole('form', { name: FORM });
    const labels = form.getByLabel('Labels (1 = positive, 0 = negative)');
    for (const [input, message] of [
      ['1 0 1', 'There are 10 scores but 3 labels: give exactly one label per score, in the same order.'],
      ['1, 1, 0, 1, 0, 1, 1, 0, 0, 2', 'Label 10 (“2”) must be 1 (positive) or 0 (negative).'],
      [
        '1, 1, 1, 1, 1, 1, 1, 1, 1, 1',
        'Every label is 1 (positive). With only one class the ROC curve and AUC are undefined (scikit-learn raises an error): add at least one 0.',
      ],
    ] as const) {
      await labels.fill(input);
      await expect(labels).toHaveAttribute('aria-invalid', 'true');
      await expect(labels).toHaveAccessibleDescription(
        `The true class of each example, in the same order as the scores. ${message}`,
      );
    }
    await expect(form.locator('output[name=auc]')).toHaveText(/^undefined: only one class is present/);
    await expect(form.getByRole('img')).toHaveCount(0);
    const scores = form.getByLabel('Scores');
    await scores.fill('0.9, high');
    await expect(scores).toHaveAccessibleDescription(/Number 2 \(“high”\): “high” is not a number\.$/);
    await scores.fill('9'.repeat(1_000_000));
    await expect(scores).toHaveAccessibleDescription(/too long/, { timeout: 15_000 });
    await expect(form).not.toContainText(/NaN|Infinity|null/);
    await scores.fill('0.95, 0.85, 0.8, 0.7, 0.7, 0.6, 0.45, 0.4, 0.3, 0.1');
    await labels.fill('1, 1, 0, 1, 0, 1, 1, 0, 0, 0');
    await expect(labels).not.toHaveAttribute('aria-invalid');
    await expect(form.locator('output[name=auc]')).toHaveText(/^39 \/ 50 = 0.78/);
  });

  test('keeps its inputs in the URL and restores them from a link', async ({ page, problems }) => {
    void problems;
    await page.goto(PAGE);
    const form = page.getByRole('form', { name: FORM });
    // Twenty distinct scores: the linked position 15 lies beyond the example's slider range.
    const scores = Array.from({ length: 20 }, (_, i) => String((i + 1) / 20)).join(' ');
    const labels = Array.from({ length: 20 }, (_, i) => String(i % 2)).join(' ');
    // The slider's range follows the typed scores only once the calculator's code runs (it loads near the
    // viewport); before that the browser clamps position 15 to the example's range. Wait for it, or the
    // test races the download.
    await form.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => customElements.get('aip-roc-calculator') !== undefined);
    await form.getByLabel('Scores').fill(scores);
    await form.getByLabel('Labels (1 = positive, 0 = negative)').fill(labels);
    await form.getByRole('slider', { name: /Threshold/ }).fill('15');
    await expect(page).toHaveURL(/roc\.position=15/);
    await expect(form.locator('output[name=threshold]')).toHaveText('0.8: predicted positive when score ≥ 0.8');
    const link = page.url();
    // Only the inputs belong in the link, not the results shown.
    expect(new URL(link).searchParams.has('roc.auc')).toBe(false);
    // Open the link in a new tab, as a reader would, and check that one loads cleanly too.
    const tab = await page.context().newPage();
    const tabProblems = await watchProblems(tab);
    await tab.goto(link);
    const restored = tab.getByRole('form', { name: FORM });
    await expect(restored.getByLabel('Scores')).toHaveValue(scores);
    await expect(restored.getByRole('slider', { name: /Threshold/ })).toHaveValue('15');
    await expect(restored.locator('output[name=threshold]')).toHaveText('0.8: predicted positive when score ≥ 0.8');
    await expect(restored.locator('output[name=precision]')).toHaveText('3 / (3 + 2) = 0.6');
    expect(tabProblems).toEqual({ console: [], requests: [], exceptions: [], csp: [] });
  });

  test('treats text from the URL as text', async ({ page, problems }) => {
    void problems;
    await page.goto(`${PAGE}?roc.labels=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    const labels = page.getByRole('form', { name: FORM }).getByLabel('Labels (1 = positive, 0 = negative)');
    await expect(labels).toHaveValue('<img src=x onerror=alert(1)>');
    await expect(labels).toHaveAccessibleDescription(/Label 1 \(“<img”\) must be 1/);
    await expect(page.locator('img[src=x]')).toHaveCount(0);
  });

  test('moves the threshold by keyboard and announces the new matrix', async ({ page, problems }) => {
    void problems;
    await page.goto(PAGE);
    const form = page.getByRole('form', { name: FORM });
    const slider = form.getByRole('slider', { name: /Threshold/ });
    await form.getByLabel('Labels (1 = positive, 0 = negative)').focus();
    await page.keyboard.press('Tab');
    await expect(slider).toBeFocused();
    await expect(slider).toHaveAttribute('aria-valuetext', 'threshold 0.6');
    await page.keyboard.press('ArrowLeft');
    await expect(slider).toHaveAttribute('aria-valuetext', 'threshold 0.45');
    await expect(form.locator('[data-summary]')).toHaveText(
      'Threshold 0.45: TP 5, FP 2, FN 0, TN 3; precision 0.7143, recall 1; AUC 0.78.',
    );
    await expect(form.getByRole('img', { name: /ROC curve/ })).toHaveAccessibleDescription(
      /threshold 0.45 is the point FPR 0.4, TPR 1\./,
    );
    await page.keyboard.press('End');
    await expect(form.locator('output[name=threshold]')).toHaveText('above 0.95: nothing is predicted positive');
    await expect(form.locator('output[name=precision]')).toHaveText(
      'undefined: 0 + 0 = 0 (nothing is predicted positive)',
    );
  });
});
