import { describe, expect, test } from 'vitest';
import { moveCspMetaFirst } from '../../../src/plugins/csp-meta-first.mjs';
import { classesIn, linkKatexSheets, pruneUnusedRules, splitFontFaces } from '../../../src/plugins/katex-css-prune.mjs';
import { keepWoff2Only } from '../../../src/plugins/katex-woff2-only.mjs';
import { pageScriptChunk } from '../../../src/plugins/page-script-chunk.mjs';

const CSP = '<meta http-equiv="content-security-policy" content="default-src \'self\'">';

describe('moveCspMetaFirst', () => {
  test('puts the CSP <meta> right after <meta charset>, before scripts and stylesheets', () => {
    const html = `<head><meta charset="utf-8"><script>x()</script><link rel="stylesheet" href="a.css">${CSP}<link rel="stylesheet" href="b.css"></head>`;
    expect(moveCspMetaFirst(html)).toBe(
      `<head><meta charset="utf-8">${CSP}<script>x()</script><link rel="stylesheet" href="a.css"><link rel="stylesheet" href="b.css"></head>`,
    );
  });

  test('leaves a page without a CSP <meta> unchanged', () => {
    const html = '<head><meta charset="utf-8"><title>x</title></head>';
    expect(moveCspMetaFirst(html)).toBe(html);
  });
});

describe('pruneUnusedRules', () => {
  const css =
    '@font-face{font-family:KaTeX_Main;src:url(main.woff2) format("woff2")}' +
    '@font-face{font-family:KaTeX_Fraktur;src:url(frak.woff2) format("woff2")}' +
    '.katex{font:normal 1.21em KaTeX_Main}' +
    '.katex .mathfrak{font-family:KaTeX_Fraktur}' +
    '.katex .mfrac .frac-line,.katex .cancel-pad{border-bottom-style:solid}' +
    '.katex .vlist>span{display:block}';

  test('keeps the selectors whose classes all appear, and the fonts they name', () => {
    const used = new Set(['katex', 'mfrac', 'frac-line', 'vlist']);
    expect(pruneUnusedRules(css, used)).toBe(
      '@font-face{font-family:KaTeX_Main;src:url(main.woff2) format("woff2")}' +
        '.katex{font:normal 1.21em KaTeX_Main}' +
        '.katex .mfrac .frac-line{border-bottom-style:solid}' +
        '.katex .vlist>span{display:block}',
    );
  });

  test('keeps a rule for a construct as soon as a page uses it', () => {
    const used = new Set(['katex', 'mathfrak']);
    const pruned = pruneUnusedRules(css, used);
    expect(pruned).toContain('.katex .mathfrak{font-family:KaTeX_Fraktur}');
    expect(pruned).toContain('font-family:KaTeX_Fraktur;src:url(frak.woff2)');
  });

  test('refuses CSS it cannot prune safely', () => {
    expect(() => pruneUnusedRules('@media print{.katex{color:red}}', new Set(['katex']))).toThrow(/unexpected/);
  });

  test('classesIn lists every class of the markup', () => {
    expect([...classesIn('<span class="katex"><span class="mord  mathnormal">x</span></span>')]).toEqual([
      'katex',
      'mord',
      'mathnormal',
    ]);
  });
});

test('splitFontFaces puts the @font-face rules apart from the rest', () => {
  const css =
    '@font-face{font-family:A;src:url(a.woff2)}.katex{font:1em A}@font-face{font-family:B;src:url(b.woff2)}.x{y:z}';
  expect(splitFontFaces(css)).toEqual({
    faces: '@font-face{font-family:A;src:url(a.woff2)}@font-face{font-family:B;src:url(b.woff2)}',
    rules: '.katex{font:1em A}.x{y:z}',
  });
});

test.each([['/'], ['/aws-ai-practitioner/']])(
  'linkKatexSheets links the rules after the site stylesheet, and the fonts for the page script and without JavaScript (base %s)',
  (base) => {
    const html = `<head><link rel="stylesheet" href="${base}_astro/katex.min.Ab1.css"><link rel="stylesheet" href="${base}_astro/style.css"></head><body></body>`;
    expect(linkKatexSheets(html, 'katex.min.Ab1.css', 'katex.R.css', 'katex-fonts.F.css')).toBe(
      `<head><link rel="stylesheet" href="${base}_astro/style.css">` +
        `<link rel="stylesheet" href="${base}_astro/katex.R.css" data-fonts="${base}_astro/katex-fonts.F.css">` +
        `<noscript><link rel="stylesheet" href="${base}_astro/katex-fonts.F.css"></noscript></head><body></body>`,
    );
  },
);

test('linkKatexSheets leaves a page without the KaTeX link unchanged', () => {
  const html = '<head><link rel="stylesheet" href="/_astro/style.css"></head>';
  expect(linkKatexSheets(html, 'katex.min.Ab1.css', 'katex.R.css', 'katex-fonts.F.css')).toBe(html);
});

test('keepWoff2Only drops the woff and ttf sources of each font', () => {
  const rule =
    '@font-face{src:url(fonts/KaTeX_AMS-Regular.woff2) format("woff2"),url(fonts/KaTeX_AMS-Regular.woff) format("woff"),url(fonts/KaTeX_AMS-Regular.ttf) format("truetype")}';
  expect(keepWoff2Only(rule)).toBe('@font-face{src:url(fonts/KaTeX_AMS-Regular.woff2) format("woff2")}');
});

test.each([
  ['\0vite/preload-helper.js', 'page'],
  ['/work/site/src/layouts/BaseLayout.astro?astro&type=script&index=0&lang.ts', 'page'],
  ['/work/site/src/components/page-script.ts', 'page'],
  ['/work/site/src/components/study/self-check.ts', undefined],
])('pageScriptChunk(%j) is %s', (id, chunk) => {
  expect(pageScriptChunk(id)).toBe(chunk);
});
