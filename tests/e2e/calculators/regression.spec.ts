import { test, expect, watchProblems } from '../fixtures.ts';
import { shown, vectorCases } from './helpers.ts';

const PAGE = 'regression-metrics/';
const FORM = /Regression errors/;

test.describe('regression-errors calculator', () => {
  test('shows the example result computed at build time, even without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(PAGE);
    const form = page.getByRole('form', { name: FORM });
    await expect(form.getByLabel('Actual values (y)')).toHaveValue('70, 80, 90, 60, 85');
    await expect(form.locator('output[name=mae]')).toHaveText('(2 + 2 + 1 + 2 + 10) / 5 = 3.4');
    await expect(form.locator('output[name=rmse]')).toHaveText('√22.6 = 4.7539');
    await expect(form.locator('output[name=compare]')).toHaveText(
      /^RMSE \(4.7539\) is 1.4 × MAE \(3.4\), 39.8 % larger/,
    );
    await expect(form.getByRole('img', { name: /Predicted against actual values, 5 examples/ })).toBeVisible();
    await context.close();
  });

  test('recomputes when the values change and matches scikit-learn on a reference case', async ({ page, problems }) => {
    void problems;
    const reference = vectorCases('regression').find((c) => c.name === 'ordinary_temperatures')!;
    const input = reference.input as { y_true: number[]; y_pred: number[] };
    const expected = reference.expected as Record<'mae' | 'mse' | 'rmse' | 'mape' | 'r2', number>;
    await page.goto(PAGE);
    const form = page.getByRole('form', { name: FORM });
    await form.getByLabel('Actual values (y)').fill(input.y_true.join(', '));
    await form.getByLabel('Predicted values (ŷ)').fill(input.y_pred.join(', '));
    await expect(form.locator('output[name=mae]')).toHaveText(new RegExp(` = ${shown(expected.mae)}$`));
    await expect(form.locator('output[name=mse]')).toHaveText(new RegExp(` = ${shown(expected.mse)}$`));
    await expect(form.locator('output[name=rmse]')).toHaveText(new RegExp(` = ${shown(expected.rmse)}$`));
    await expect(form.locator('output[name=mape]')).toContainText(` = ${shown(expected.mape)} (`);
    await expect(form.locator('output[name=r2]')).toHaveText(new RegExp(` = ${shown(expected.r2)}$`));
    await expect(form.getByRole('img', { name: /6 examples/ })).toBeVisible();
  });

  test('explains a zero actual value and a single example', async ({ page, problems }) => {
    void problems;
    await page.goto(PAGE);
    const form = page.getByRole('form', { name: FORM });
    await form.getByLabel('Actual values (y)').fill('0, 1, 2');
    await form.getByLabel('Predicted values (ŷ)').fill('1, 1, 2');
    await expect(form.locator('output[name=mape]')).toHaveText(/= 1.5 × 10¹⁵ \(1.5 × 10¹⁷ %\) — an actual value is 0/);
    await expect(form).toContainText('MAPE: the actual value of example 1 is 0.');
    await form.getByLabel('Actual values (y)').fill('3');
    await form.getByLabel('Predicted values (ŷ)').fill('2.5');
    await expect(form.locator('output[name=r2]')).toHaveText(/^undefined: R² needs at least 2 examples/);
    await expect(form).not.toContainText(/NaN|Infinity|null/);
  });

  test('answers bad input with a message at the field', async ({ page, problems }) => {
    void problems;
    await page.goto(PAGE);
    const form = page.getByRole('form', { name: FORM });
    const predicted = form.getByLabel('Predicted values (ŷ)');
    for (const [input, message] of [
      [
        '72, 78',
        'There are 5 actual values but 2 predictions: give one prediction per actual value, in the same order.',
      ],
      ['72, 78, x', 'Number 3 (“x”): “x” is not a number.'],
      ['', 'Enter at least one number.'],
    ] as const) {
      await predicted.fill(input);
      await expect(predicted).toHaveAttribute('aria-invalid', 'true');
      await expect(predicted).toHaveAccessibleDescription(`One per actual value, in the same order. ${message}`);
    }
    await expect(form.locator('output[name=mae]')).toHaveText('—');
    await expect(form.getByRole('img')).toHaveCount(0);
    await predicted.fill('9'.repeat(1_000_000));
    await expect(predicted).toHaveAccessibleDescription(/too long/, { timeout: 15_000 });
    await predicted.fill('72, 78, 91, 62, 75');
    await expect(predicted).not.toHaveAttribute('aria-invalid');
    await expect(form.locator('output[name=mae]')).toHaveText('(2 + 2 + 1 + 2 + 10) / 5 = 3.4');
  });

  test('keeps its inputs in the URL and restores them from a link', async ({ page, problems }) => {
    void problems;
    await page.goto(PAGE);
    const form = page.getByRole('form', { name: FORM });
    await form.getByLabel('Predicted values (ŷ)').fill('72, 78, 91, 62, 84');
    await expect(page).toHaveURL(/reg\.predicted=72%2C\+78%2C\+91%2C\+62%2C\+84/);
    const link = page.url();
    // Open the link in a new tab, as a reader would, and check that one loads cleanly too.
    const tab = await page.context().newPage();
    const tabProblems = await watchProblems(tab);
    await tab.goto(link);
    const restored = tab.getByRole('form', { name: FORM });
    await expect(restored.getByLabel('Predicted values (ŷ)')).toHaveValue('72, 78, 91, 62, 84');
    await expect(restored.locator('output[name=mae]')).toHaveText('(2 + 2 + 1 + 2 + 1) / 5 = 1.6');
    await expect(restored.locator('output[name=compare]')).toHaveText(/^RMSE \(1.6733\) is 1.05 × MAE \(1.6\)/);
    expect(tabProblems).toEqual({ console: [], requests: [], exceptions: [], csp: [] });
  });

  test('treats text from the URL as text', async ({ page, problems }) => {
    void problems;
    await page.goto(`${PAGE}?reg.actual=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    const actual = page.getByRole('form', { name: FORM }).getByLabel('Actual values (y)');
    await expect(actual).toHaveValue('<img src=x onerror=alert(1)>');
    await expect(actual).toHaveAccessibleDescription(/Number 1 \(“<img”\)/);
    await expect(page.locator('img[src=x]')).toHaveCount(0);
  });

  test('works by keyboard alone and announces results', async ({ page, problems }) => {
    void problems;
    await page.goto(PAGE);
    const form = page.getByRole('form', { name: FORM });
    await form.getByLabel('Actual values (y)').focus();
    await page.keyboard.press('Tab');
    await expect(form.getByLabel('Predicted values (ŷ)')).toBeFocused();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('70, 80, 90, 60, 85');
    await expect(form.locator('[data-summary]')).toHaveText('MAE 0, RMSE 0, MSE 0, MAPE 0 %, R² 1.');
    await expect(form.locator('output[name=r2]')).toHaveText('1: every prediction is exact (SS_res = 0)');
  });
});
