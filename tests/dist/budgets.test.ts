import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SITES, listPages, readPage } from './built-site.ts';

// Budgets from the project's quality gates, in gzipped bytes.
const KB = 1024;
const HTML_BUDGET = 30 * KB;
const CSS_BUDGET = 20 * KB;
const JS_BUDGET_CONTENT = 3 * KB;
const JS_BUDGET_CALCULATOR = 15 * KB;
const site = SITES[0]!;

const gzipSize = (text: string) => gzipSync(text, { level: 9 }).length;
const readAsset = (path: string) => readFileSync(join(site.dir, path.slice(site.base.length)), 'utf8');

/** Static imports of a module (dynamic import() calls load later, on use, and are not followed). */
function staticImports(code: string): string[] {
  return [...code.matchAll(/\b(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)].map((m) => m[1] ?? '');
}

/** Every script that runs when the page loads: inline scripts, external scripts and what they import. */
function scriptsOnLoad(html: string): { name: string; code: string }[] {
  const scripts: { name: string; code: string }[] = [];
  const seen = new Set<string>();
  const follow = (code: string) => {
    for (const path of staticImports(code)) {
      const absolute = path.startsWith('/') ? path : `${site.base}_astro/${path.replace(/^\.\//, '')}`;
      if (seen.has(absolute)) continue;
      seen.add(absolute);
      const imported = readAsset(absolute);
      scripts.push({ name: absolute, code: imported });
      follow(imported);
    }
  };
  for (const match of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /\ssrc="([^"]+)"/.exec(match[1] ?? '')?.[1];
    const code = src ? readAsset(src) : (match[2] ?? '');
    if (src) seen.add(src);
    scripts.push({ name: src ?? 'inline', code });
    follow(code);
  }
  return scripts;
}

describe.each(listPages(site))('budgets of %s', (page) => {
  const html = readPage(site, page);

  test('its HTML is at most 30 KB gzipped', () => {
    expect(gzipSize(html)).toBeLessThanOrEqual(HTML_BUDGET);
  });

  test('its stylesheets are at most 20 KB gzipped', () => {
    const sheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => readAsset(m[1] ?? ''));
    const inline = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
    expect(gzipSize([...sheets, ...inline].join('\n'))).toBeLessThanOrEqual(CSS_BUDGET);
  });

  test('the JavaScript it runs on load fits its budget and loads no search code', () => {
    const scripts = scriptsOnLoad(html);
    // Calculator pages and the study apps (flashcards, progress, practice) get the interactive-page budget.
    const interactive = /data-calculator|<aip-flashcards|<aip-progress-dashboard|<aip-practice-/.test(html);
    const budget = interactive ? JS_BUDGET_CALCULATOR : JS_BUDGET_CONTENT;
    expect(gzipSize(scripts.map((script) => script.code).join('\n'))).toBeLessThanOrEqual(budget);
    expect(scripts.map((script) => script.name).filter((name) => name.includes('pagefind'))).toEqual([]);
  });
});
