// KaTeX's stylesheet is trimmed at build time to the rules the site's formulas can match
// (src/plugins/katex-css-prune.mjs). On every page with math, each element of each formula must get the
// same computed style from the trimmed stylesheet as from KaTeX's own, untouched one.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { SITES, listPages, pageUrl, readPage } from '../dist/built-site.ts';
import { test, expect } from './fixtures.ts';

const site = SITES[0]!;
const MATH_PAGES = listPages(site)
  .filter((page) => readPage(site, page).includes('class="katex"'))
  .map((page) => pageUrl(site, page).slice(1));
const ORIGINAL = readFileSync('node_modules/katex/dist/katex.min.css', 'utf8');
// What a rule can change; sizes that follow from the fonts' metrics are left out (the fonts are the same).
const PROPERTIES = [
  'display',
  'position',
  'vertical-align',
  'font-family',
  'font-style',
  'font-weight',
  'font-size',
  'line-height',
  'text-align',
  'white-space',
  'border-bottom-style',
  'border-bottom-width',
  'border-top-style',
  'margin-left',
  'margin-right',
  'padding-left',
  'color',
  'overflow',
  'text-rendering',
];

async function formulaStyles(page: Page): Promise<string[]> {
  return page.evaluate((properties) => {
    const elements = [...document.querySelectorAll<HTMLElement>('.katex, .katex *')];
    return elements.map((element) => {
      const style = getComputedStyle(element);
      return `${element.className}: ${properties.map((name) => style.getPropertyValue(name)).join(' ')}`;
    });
  }, PROPERTIES);
}

for (const path of MATH_PAGES) {
  test(`/${path}: formulas look the same with the trimmed KaTeX stylesheet as with KaTeX's own`, async ({
    page,
    problems,
  }) => {
    void problems;
    test.slow();
    await page.goto(path);
    const trimmed = await formulaStyles(page);
    // Even one small inline formula ($P(X)$) is a score of elements; fewer means KaTeX's markup is missing.
    expect(trimmed.length).toBeGreaterThan(10);
    // KaTeX's own stylesheet in place of the trimmed one; its fonts are the ones the site ships.
    await page.route(/\/_astro\/katex\.[\w-]+\.css$/, (route) =>
      route.fulfill({ contentType: 'text/css', body: ORIGINAL.replace(/@font-face\{[^}]*\}/g, '') }),
    );
    await page.reload();
    expect(await formulaStyles(page)).toEqual(trimmed);
  });
}
