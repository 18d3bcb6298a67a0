import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { SITES, listPages, pageUrl, readPage } from './built-site.ts';
import {
  CSS_BUDGET,
  FIRST_STYLESHEET_BUDGET,
  HTML_BUDGET,
  JS_BUDGETS,
  budgetKind,
  gzipSize,
  scriptsOnLoad,
  stylesOf,
} from '../../scripts/page-weight.mjs';

// Budgets of every built page (issue 15), in gzipped bytes. Each file is counted gzipped on its own, as
// a browser downloads it: two small scripts cost more than their text gzipped together.
/** Levels of modules a page runs on load: its scripts and what they import, nothing imported deeper. */
const MAX_IMPORT_DEPTH = 2;
/** The only custom elements whose code runs on load: the header's controls, in sight on every page. */
const DEFINED_ON_LOAD = ['aip-menu-toggle', 'aip-theme-switch'];
/** Loaded by the search launcher when the dialog first opens, or by the search page. */
const LOADED_BY_SEARCH = ['aip-search'];
const site = SITES[0]!;
const islandTags = [
  ...readFileSync('src/components/islands/islands.ts', 'utf8').matchAll(/^\s*'(aip-[a-z0-9-]+)':/gm),
].map((match) => match[1]!);

describe.each(listPages(site))('budgets of %s', (page) => {
  const html = readPage(site, page);
  const kind = budgetKind(pageUrl(site, page), html);
  const scripts = scriptsOnLoad(site, html);

  test('its HTML is at most 30 KB gzipped', () => {
    expect(gzipSize(html)).toBeLessThanOrEqual(HTML_BUDGET);
  });

  test('its stylesheets are at most 15 KB gzipped, each file counted on its own', () => {
    const bytes = stylesOf(site, html).reduce((sum, sheet) => sum + gzipSize(sheet.code), 0);
    expect(bytes).toBeLessThanOrEqual(CSS_BUDGET);
  });

  test('its first stylesheet arrives with the others on a slow phone (at most 11 KB gzipped)', () => {
    const first = stylesOf(site, html)[0];
    expect(first?.name).toMatch(/\/_astro\/style\.[\w-]+\.css$/);
    expect(gzipSize(first?.code ?? '')).toBeLessThanOrEqual(FIRST_STYLESHEET_BUDGET);
  });

  test(`the JavaScript it runs on load fits the ${kind} page budget, each file counted on its own`, () => {
    const bytes = scripts.reduce((sum, script) => sum + gzipSize(script.code), 0);
    expect(bytes).toBeLessThanOrEqual(JS_BUDGETS[kind]);
    expect(scripts.map((script) => script.name).filter((name) => name.includes('pagefind'))).toEqual([]);
  });

  test('its scripts on load import at most one level deep', () => {
    expect(Math.max(0, ...scripts.map((script) => script.depth))).toBeLessThanOrEqual(MAX_IMPORT_DEPTH);
  });

  test('every interactive element loads its code when needed, not on load', () => {
    const code = scripts.map((script) => script.code).join('\n');
    const definedOnLoad = [...code.matchAll(/customElements\.define\(\s*["'`](aip-[a-z0-9-]+)["'`]/g)].map((m) => m[1]);
    expect(definedOnLoad.filter((tag) => !DEFINED_ON_LOAD.includes(tag ?? ''))).toEqual([]);
    // A tag with no loader would never get its code: list it in src/components/islands/islands.ts.
    const tags = new Set([...html.matchAll(/<(aip-[a-z0-9-]+)/g)].map((m) => m[1] ?? ''));
    const known = [...DEFINED_ON_LOAD, ...LOADED_BY_SEARCH, ...islandTags];
    expect([...tags].filter((tag) => !known.includes(tag))).toEqual([]);
  });

  test('nothing that needs JavaScript is hidden until its script runs (it would shift the page)', () => {
    const hiddenUntilScript = [...html.matchAll(/<[a-z][^>]*\bdata-needs-js\b[^>]*>/g)]
      .map((m) => m[0])
      .filter((tag) => /\shidden[\s=>]/.test(tag));
    expect(hiddenUntilScript).toEqual([]);
  });
});

test('the islands registry names each element once', () => {
  expect(islandTags.length).toBeGreaterThan(0);
  expect(new Set(islandTags).size).toBe(islandTags.length);
});
