import AxeBuilder from '@axe-core/playwright';
import { test, expect, PAGE_PATHS } from './fixtures.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const path of PAGE_PATHS) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`/${path} has no axe violations in ${scheme} mode and loads cleanly`, async ({ page, problems }) => {
      void problems;
      // axe walks every node: pages with calculators, charts and a self-check take long on 2 cores.
      test.slow();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      await expect(page.locator('h1')).toHaveCount(1);
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
    });
  }

  test(`/${path} reads completely with JavaScript disabled`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(path);
    await expect(page.locator('main h1')).toBeVisible();
    const text = await page.locator('main').innerText();
    expect(text.length).toBeGreaterThan(200);
    await expect(page.getByRole('link', { name: 'Search' }).first()).toBeVisible();
    await context.close();
  });
}

for (const path of ['', 'classification-metrics/', 'glossary/']) {
  test(`/${path} has no axe violations on a narrow screen`, async ({ page, problems }) => {
    void problems;
    test.slow();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
