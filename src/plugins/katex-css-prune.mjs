// An Astro integration: after the build, KaTeX's stylesheet keeps only the rules that can match the
// formulas the site actually has, and the @font-face rules of the fonts those rules use. KaTeX styles
// every construct it can typeset (sizes, colours, arrays, boxes, ...); a page links the whole file and
// it blocks rendering, so the unused rules cost every page with math a few KB before its first paint.
// The font files no rule needs are left out of the build. Formulas are rendered at build time only (no
// KaTeX in the browser), so the built pages list every class the stylesheet will ever need to match.
//
// The @font-face rules go into a second file that does not block rendering: the page script adds it
// after the first paint (src/components/katex-fonts.ts; a <noscript> link without JavaScript). Fonts are
// requested as soon as text in them is laid out, so with the faces in the blocking stylesheet the first
// layout fetched 40-50 KB of fonts before anything was painted, and Lighthouse's simulation counted
// them in the first paint (about 0.45 s on a page with inline math). KaTeX's fonts are font-display:
// block, so a formula is drawn once its fonts are there, as before. Both files get content-hashed names.
import { createHash } from 'node:crypto';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Class names used in a page's markup. */
export function classesIn(html) {
  const classes = new Set();
  for (const match of html.matchAll(/\sclass="([^"]*)"/g))
    for (const name of match[1].split(/\s+/)) if (name) classes.add(name);
  return classes;
}

/**
 * The stylesheet without the selectors that need a class no page uses, the rules left with no selector,
 * and the @font-face rules of families no remaining rule names. Expects flat CSS (KaTeX's has no @media).
 */
export function pruneUnusedRules(css, used) {
  const rules = css.match(/[^{}]+\{[^{}]*\}/g) ?? [];
  if (rules.join('').length !== css.trim().length)
    throw new Error('pruneUnusedRules: unexpected CSS structure (nested rules?)');
  const kept = [];
  const fontFaces = [];
  for (const rule of rules) {
    const open = rule.indexOf('{');
    const prelude = rule.slice(0, open).trim();
    if (prelude.startsWith('@font-face')) {
      fontFaces.push(rule);
      continue;
    }
    if (prelude.startsWith('@')) throw new Error(`pruneUnusedRules: unexpected at-rule ${prelude}`);
    const selectors = prelude
      .split(',')
      .filter((selector) => [...selector.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].every((match) => used.has(match[1])));
    if (selectors.length > 0) kept.push(`${selectors.join(',')}${rule.slice(open)}`);
  }
  const body = kept.join('');
  const faces = fontFaces.filter((face) => {
    const family = /font-family:\s*([^;}]+)/.exec(face)?.[1]?.trim().replace(/["']/g, '');
    return family !== undefined && body.includes(family);
  });
  return faces.join('') + body;
}

/** Splits flat CSS into its @font-face rules and the rest. */
export function splitFontFaces(css) {
  const faces = css.match(/@font-face\{[^{}]*\}/g) ?? [];
  return { faces: faces.join(''), rules: faces.reduce((rest, face) => rest.replace(face, ''), css) };
}

/**
 * The page linking `rules` (render-blocking) instead of `old`, with the address of `fonts` for the page
 * script and a <noscript> link to it. Paths keep the page's own prefix (the site's base).
 *
 * The links go last in <head>, after the site's stylesheet: over HTTP/1.1 the first request after the
 * page reuses the page's open connection and the others each open one (a round trip more), so the
 * largest render-blocking file (the site's, 8 KB against KaTeX's 1 KB) should be the first requested.
 * KaTeX first cost /classification-metrics/ one round trip in Lighthouse (LCP 1.20 s, 1.07 s after).
 */
export function linkKatexSheets(html, old, rules, fonts) {
  const link = new RegExp(`<link rel="stylesheet" href="([^"]*)${old.replace(/\./g, '\\.')}">`);
  const prefix = link.exec(html)?.[1];
  if (prefix === undefined || !html.includes('</head>')) return html;
  const fontsHref = `${prefix}${fonts}`;
  const links =
    `<link rel="stylesheet" href="${prefix}${rules}" data-fonts="${fontsHref}">` +
    `<noscript><link rel="stylesheet" href="${fontsHref}"></noscript>`;
  return html.replace(link, '').replace('</head>', `${links}</head>`);
}

async function htmlFiles(root) {
  return (await readdir(root, { recursive: true }))
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(root, name));
}

/** @returns {import('astro').AstroIntegration} */
export function katexCssPrune() {
  return {
    name: 'aip:katex-css-prune',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const assets = join(root, '_astro');
        const sheet = (await readdir(assets)).find((name) => /^katex\.min\.[\w-]+\.css$/.test(name));
        if (!sheet) return;
        const pages = await htmlFiles(root);
        const used = new Set();
        const texts = new Map();
        for (const page of pages) {
          const html = await readFile(page, 'utf8');
          texts.set(page, html);
          for (const name of classesIn(html)) used.add(name);
        }
        const css = await readFile(join(assets, sheet), 'utf8');
        const pruned = pruneUnusedRules(css, used);
        const { faces, rules } = splitFontFaces(pruned);
        const hashed = (prefix, text) =>
          `${prefix}.${createHash('sha256').update(text).digest('base64url').slice(0, 10)}.css`;
        const rulesName = hashed('katex', rules);
        const fontsName = hashed('katex-fonts', faces);
        await writeFile(join(assets, rulesName), rules);
        await writeFile(join(assets, fontsName), faces);
        await rm(join(assets, sheet));
        for (const [page, html] of texts) {
          if (html.includes(sheet)) await writeFile(page, linkKatexSheets(html, sheet, rulesName, fontsName));
        }
        // The fonts of the dropped @font-face rules are linked from nowhere now (nor saved offline).
        const unused = (await readdir(assets)).filter(
          (file) => /^KaTeX_.*\.woff2$/.test(file) && !faces.includes(file),
        );
        for (const file of unused) await rm(join(assets, file));
        logger.info(
          `KaTeX stylesheet: ${css.length} -> ${rules.length} bytes of rules (${rulesName}) and ${faces.length} of fonts ` +
            `(${fontsName}); ${unused.length} unused fonts left out`,
        );
      },
    },
  };
}
