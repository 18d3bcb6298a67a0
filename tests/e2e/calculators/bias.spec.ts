import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures.ts';
import { openInNewTab } from './new-tab.ts';

const PAGE = 'bias-detection/';
const form = (page: Page) => page.getByRole('form', { name: /Subgroup bias/ });
const group = (page: Page, id: 'a' | 'd') => form(page).getByRole('group', { name: new RegExp(`^Group ${id}:`) });
const output = (page: Page, name: string) => form(page).locator(`output[name=${name}]`);

/** The values the page's lender example states, measure by measure. */
const LENDER = { ci: '0.2', dpl: '0.2', dppl: '0.15', di: '0.7', rd: '0.05', ad: '−0.01', dar: '0.1' };

async function fillGroup(page: Page, id: 'a' | 'd', [tp, fp, fn, tn]: readonly string[]) {
  const fields = group(page, id);
  await fields.getByLabel('True positives (TP)').fill(tp!);
  await fields.getByLabel('False positives (FP)').fill(fp!);
  await fields.getByLabel('False negatives (FN)').fill(fn!);
  await fields.getByLabel('True negatives (TN)').fill(tn!);
}

test.describe('subgroup bias calculator', () => {
  test('shows the page’s lender example computed at build time, even without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(PAGE);
    await expect(group(page, 'a').getByLabel('True positives (TP)')).toHaveValue('270');
    await expect(group(page, 'd').getByLabel('True negatives (TN)')).toHaveValue('212');
    await expect(output(page, 'aDerived')).toHaveText(/^600 members .* 360 positive labels .* 300 predicted positive/);
    for (const [name, value] of Object.entries(LENDER)) {
      await expect(output(page, name)).toHaveText(new RegExp(` = ${value}$`));
    }
    await expect(output(page, 'ci')).toHaveText('(600 − 400) / (600 + 400) = 200 / 1,000 = 0.2');
    await expect(output(page, 'diMeaning')).toContainText('below 0.8, so the four-fifths rule flags');
    await expect(output(page, 'diMeaning')).toContainText('not an AWS or Clarify threshold');
    // The page's checked worked example states the same values.
    await expect(page.getByRole('complementary', { name: /Worked example: The lender/ })).toContainText(
      '(DPL 0.2); the model reproduces most of that gap (DPPL 0.15) and fails the four-fifths rule (DI 0.7)',
    );
    await context.close();
  });

  test('recomputes every measure when the counts change', async ({ page, problems }) => {
    void problems;
    await page.goto(PAGE);
    // Group d gets group a's counts: every difference is 0, DI is 1.
    await fillGroup(page, 'd', ['270', '30', '90', '210']);
    await expect(output(page, 'dDerived')).toHaveText(/^600 members/);
    await expect(output(page, 'ci')).toHaveText('(600 − 600) / (600 + 600) = 0 / 1,200 = 0');
    await expect(output(page, 'di')).toHaveText('(300 / 600) / (300 / 600) = 0.5 / 0.5 = 1');
    await expect(output(page, 'diMeaning')).toHaveText('Both groups are predicted positive at the same rate: parity.');
    await expect(output(page, 'rd')).toHaveText('270 / (270 + 90) − 270 / (270 + 90) = 0.75 − 0.75 = 0');
    // Then group d is never approved by the model: DI 0 and DAR undefined, explained in words.
    await fillGroup(page, 'd', ['0', '0', '360', '240']);
    await expect(output(page, 'di')).toHaveText('(0 / 600) / (300 / 600) = 0 / 0.5 = 0');
    await expect(output(page, 'dar')).toHaveText('undefined: group d has no positive predictions (TP + FP = 0)');
    await expect(form(page)).not.toContainText(/NaN|Infinity|null/);
  });

  test('answers bad input with a message at the field, never NaN', async ({ page, problems }) => {
    void problems;
    await page.goto(PAGE);
    const fp = group(page, 'd').getByLabel('False positives (FP)');
    for (const [input, message] of [
      ['-3', 'Enter a number of at least 0.'],
      ['abc', '“abc” is not a number.'],
      ['', 'Enter a number.'],
      ['2.5', 'Enter a whole number.'],
      ['1e12', 'Enter a number of at most 1,000,000,000.'],
      ['Infinity', '“Infinity” is not a number.'],
    ] as const) {
      await fp.fill(input);
      await expect(fp).toHaveAttribute('aria-invalid', 'true');
      await expect(fp).toHaveAccessibleDescription(message);
      await expect(output(page, 'di')).toHaveText('—');
      await expect(form(page)).not.toContainText(/NaN|Infinity\b(?!” is not)|null|undefined/);
    }
    await fp.fill('28');
    await expect(fp).not.toHaveAttribute('aria-invalid');
    await expect(output(page, 'di')).toHaveText(/ = 0.7$/);
  });

  test('keeps its inputs in the URL and restores them from a link', async ({ page, problems }) => {
    void problems;
    await page.goto(PAGE);
    await group(page, 'a').getByLabel('True positives (TP)').fill('7');
    await expect(page).toHaveURL(/bias\.aTp=7&.*bias\.dTn=212/);
    const { tab, clean } = await openInNewTab(page, page.url());
    await expect(group(tab, 'a').getByLabel('True positives (TP)')).toHaveValue('7');
    await expect(output(tab, 'rd')).toHaveText('7 / (7 + 90) − 112 / (112 + 48) = 0.0722 − 0.7 = −0.6278');
    await expect(output(tab, 'aDerived')).toHaveText(/^337 members/);
    await clean();
  });

  test('treats text from the URL as text', async ({ page, problems }) => {
    void problems;
    await page.goto(`${PAGE}?bias.dTp=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    const tp = group(page, 'd').getByLabel('True positives (TP)');
    await expect(tp).toHaveValue('<img src=x onerror=alert(1)>');
    await expect(tp).toHaveAccessibleDescription(/is not a number/);
    await expect(page.locator('img[src=x]')).toHaveCount(0);
  });

  test('works by keyboard alone and announces the results', async ({ page, problems }) => {
    void problems;
    await page.goto(PAGE);
    await group(page, 'a').getByLabel('True positives (TP)').focus();
    for (const expected of ['False positives (FP)', 'False negatives (FN)', 'True negatives (TN)']) {
      await page.keyboard.press('Tab');
      await expect(group(page, 'a').getByLabel(expected)).toBeFocused();
    }
    await page.keyboard.press('Tab');
    await expect(group(page, 'd').getByLabel('True positives (TP)')).toBeFocused();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('145');
    await page.keyboard.press('Tab');
    // d: 145 + 28 = 173 predicted positive of 433, q'd = 0.3995 against q'a = 0.5: DI 0.7991, just below 0.8.
    await expect(form(page).locator('[data-summary]')).toHaveText(/DI 0.7991, .*Four-fifths rule: flags group d\.$/);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('146');
    // 174 / 434 = 0.4009: DI 0.8018 passes.
    await expect(form(page).locator('[data-summary]')).toHaveText(/DI 0.8018, .*Four-fifths rule: nothing flagged\.$/);
  });

  test('fits a 390 px screen, its cells keeping their table roles', async ({ page, problems }) => {
    void problems;
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(PAGE);
    const table = form(page).getByRole('table', { name: /Bias measures with the formulas filled in/ });
    const row = table.getByRole('row', { name: /^Disparate impact \(DI\)/ });
    await expect(row.getByRole('rowheader')).toContainText('DI = q′d / q′a');
    await expect(row.getByRole('cell')).toContainText('= 0.35 / 0.5 = 0.7');
    // Stacked: the result sits below its formula, not beside it.
    const [header, cell] = [await row.getByRole('rowheader').boundingBox(), await row.getByRole('cell').boundingBox()];
    expect(cell!.y).toBeGreaterThanOrEqual(header!.y + header!.height - 1);
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      calculator: document.querySelector('aip-bias-calculator')!.getBoundingClientRect().right,
    }));
    expect(widths.page).toBeLessThanOrEqual(390);
    expect(widths.calculator).toBeLessThanOrEqual(390);
    // The page-wide axe run is at desktop width; the stacked phone layout gets its own, with a message shown.
    const fp = group(page, 'd').getByLabel('False positives (FP)');
    await fp.fill('-1');
    await expect(fp).toHaveAttribute('aria-invalid', 'true');
    const results = await new AxeBuilder({ page })
      .include('aip-bias-calculator')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});
