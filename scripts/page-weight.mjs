// What a built page weighs on a first visit, file by file, each gzipped on its own as a browser
// downloads it from a compressing host: its HTML, its stylesheets, and the JavaScript it runs on load
// (its scripts and what they import statically; dynamic imports load later, on use). The budgets
// (issue 15) are checked by tests/dist/budgets.test.ts and tests/e2e/page-weight.spec.ts, and printed
// by `npm run figures`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const KB = 1024;
export const HTML_BUDGET = 30 * KB;
export const CSS_BUDGET = 15 * KB;
/**
 * The first stylesheet of a page (the site's). On a slow 4G phone over HTTP/1.1 it reuses the page's
 * connection while KaTeX's stylesheet, the page script and the manifest each open one: it must arrive in
 * the two round trips the others spend, with a quarter of the bandwidth (4 TCP segments per round trip
 * in Lighthouse's model, 11.4 KB in all). Larger, it delays the largest paint of every math page by a
 * round trip (docs/PERFORMANCE.md, "Largest paint").
 */
export const FIRST_STYLESHEET_BUDGET = 11 * KB;
/** JavaScript a page may run on load, gzipped, every file counted on its own. */
export const JS_BUDGETS = {
  content: 3 * KB,
  // However many calculators: their code loads when they come near the viewport.
  calculator: 15 * KB,
  // Pages whose first screen is a tool: the study apps, the search page and the offline copy's control.
  app: 20 * KB,
};
/** Pages whose first screen is a tool, relative to the site's base. Calculator pages are found by markup. */
export const APP_PAGES = [
  'flashcards/',
  'progress/',
  'practice/',
  'practice/exam/',
  'practice/set/',
  'search/',
  'offline/',
];

/** "content", "calculator" or "app": which JavaScript budget a page has. `url` is its address path. */
export function budgetKind(url, html) {
  if (APP_PAGES.some((page) => url.endsWith(`/${page}`))) return 'app';
  return html.includes('data-calculator') ? 'calculator' : 'content';
}

export const gzipSize = (text) => gzipSync(text, { level: 9 }).length;

/** Static imports of a module (dynamic import() calls load later, on use, and are not followed). */
export function staticImports(code) {
  return [...code.matchAll(/\b(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)].map((m) => m[1]);
}

/**
 * Every script a page runs on load, once each: inline scripts, external scripts and what they import,
 * with its depth (1 for the page's own scripts, 2 for what they import, ...).
 * @returns {{ name: string, code: string, depth: number }[]}
 */
export function scriptsOnLoad(site, html) {
  const readAsset = (path) => readFileSync(join(site.dir, path.slice(site.base.length)), 'utf8');
  const scripts = [];
  const seen = new Set();
  const follow = (code, depth) => {
    for (const path of staticImports(code)) {
      const absolute = path.startsWith('/') ? path : `${site.base}_astro/${path.replace(/^\.\//, '')}`;
      if (seen.has(absolute)) continue;
      seen.add(absolute);
      const imported = readAsset(absolute);
      scripts.push({ name: absolute, code: imported, depth });
      follow(imported, depth + 1);
    }
  };
  for (const match of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /\ssrc="([^"]+)"/.exec(match[1] ?? '')?.[1];
    const code = src ? readAsset(src) : (match[2] ?? '');
    if (src) seen.add(src);
    scripts.push({ name: src ?? 'inline', code, depth: 1 });
    follow(code, 2);
  }
  return scripts;
}

/** The page's stylesheets and inline styles, as { name, code }. */
export function stylesOf(site, html) {
  const readAsset = (path) => readFileSync(join(site.dir, path.slice(site.base.length)), 'utf8');
  return [
    ...[...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => ({ name: m[1], code: readAsset(m[1]) })),
    ...[...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => ({ name: 'inline', code: m[1] })),
  ];
}

/** A page's weight in gzipped bytes: { kind, html, css, js, jsFiles, depth }. `url` is its address path. */
export function pageWeight(site, url, html) {
  const scripts = scriptsOnLoad(site, html);
  const sum = (items) => items.reduce((total, item) => total + gzipSize(item.code), 0);
  return {
    kind: budgetKind(url, html),
    html: gzipSize(html),
    css: sum(stylesOf(site, html)),
    js: sum(scripts),
    jsFiles: scripts.length,
    depth: Math.max(0, ...scripts.map((script) => script.depth)),
  };
}
