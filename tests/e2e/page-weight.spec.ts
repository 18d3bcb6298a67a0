// Every built page, as a phone loads it (390 x 844): the JavaScript it downloads before the reader
// scrolls or touches anything (each file gzipped on its own, islands already in view included) fits its
// budget, nothing shifts while it loads, and at 320, 390 and 768 px nothing scrolls sideways once every
// part of it has been shown (islands with their code, deferred formulas and self-checks included).
import { gzipSync } from 'node:zlib';
import { JS_BUDGETS, budgetKind } from '../../scripts/page-weight.mjs';
import { test, expect, PAGE_PATHS } from './fixtures.ts';

const MAX_LOAD_SHIFT = 0.02;
const WIDTHS = [320, 390, 768];

for (const path of PAGE_PATHS) {
  test(`/${path} loads within its JavaScript budget and does not shift`, async ({ page, network, problems }) => {
    void problems;
    await page.setViewportSize({ width: 390, height: 844 });
    const scripts: Promise<number>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.body().then((b) => gzipSync(b).length));
    });
    await page.addInitScript(() => {
      (window as unknown as { shifts: number }).shifts = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) (window as unknown as { shifts: number }).shifts += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const response = await page.goto(path);
    await network.quiet();
    const html = (await response?.text()) ?? '';
    const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
      (match) => gzipSync(match[1] ?? '').length,
    );
    const bytes = [...(await Promise.all(scripts)), ...inline].reduce((sum, size) => sum + size, 0);
    const kind = budgetKind(new URL(page.url()).pathname, html);
    expect(bytes, `${kind} page: JavaScript on load, gzipped file by file`).toBeLessThanOrEqual(JS_BUDGETS[kind]);
    const shift = await page.evaluate(() => (window as unknown as { shifts: number }).shifts);
    expect(shift, 'cumulative layout shift while loading').toBeLessThanOrEqual(MAX_LOAD_SHIFT);
  });

  test(`/${path} does not scroll sideways at ${WIDTHS.join(', ')} px`, async ({ page, network, problems }) => {
    void problems;
    test.slow();
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(path);
      // Scroll to the end so that every deferred part is laid out and every island has its code.
      await page.evaluate(async () => {
        const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
          window.scrollTo(0, y);
          await frame();
        }
      });
      await network.quiet();
      const overflow = await page.evaluate(() => {
        const root = document.documentElement;
        // Parts skipped until shown (content-visibility: auto) clip what overflows them: show them
        // plainly, so that their overflow reaches the page as it would once they are on screen.
        for (const element of document.querySelectorAll<HTMLElement>('*')) {
          if (getComputedStyle(element).contentVisibility === 'auto') element.style.contentVisibility = 'visible';
        }
        // What sticks out past the right edge, outside the regions meant to scroll: names the culprit.
        const wide = [...document.querySelectorAll<HTMLElement>('main *, header *, footer *')]
          .filter((element) => element.getBoundingClientRect().right > root.clientWidth + 0.5)
          .filter((element) => !element.parentElement?.closest('[tabindex="0"], .calculator__scroll, pre, table'))
          .slice(0, 3)
          .map((element) => `${element.localName}.${element.className}`);
        return { by: root.scrollWidth - root.clientWidth, wide };
      });
      expect(overflow.by, `sideways scroll at ${width} px (too wide: ${overflow.wide.join(', ')})`).toBe(0);
    }
  });
}
