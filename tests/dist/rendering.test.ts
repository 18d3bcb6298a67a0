import { describe, expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import { SITES, listPages, readPage } from './built-site.ts';

const site = SITES[0]!;

describe.each(listPages(site))('rendering of %s', (page) => {
  const html = readPage(site, page);

  test('has no KaTeX error and loads KaTeX CSS only if it shows math', () => {
    expect(html).not.toContain('katex-error');
    const showsMath = html.includes('class="katex"');
    expect(/katex[^"]*\.css/.test(html)).toBe(showsMath);
    expect(html).not.toMatch(/<script[^>]+katex/);
  });

  test('carries a CSP whose script-src allows no inline or eval code', () => {
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
    expect(csp).toBeDefined();
    const scriptSrc = csp?.split(';').find((directive) => directive.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(csp).toContain("object-src 'none'");
  });

  test('opens its <head> with the CSP, so the preload scanner finds every stylesheet and script at once', () => {
    // Chromium does not preload past a CSP <meta> the parser has not reached; a policy also only governs
    // what follows it.
    expect(html).toMatch(/^<!DOCTYPE html><html[^>]*><head><meta charset="utf-8"><meta http-equiv="content-security-policy"/);
  });

  test('allows each of its inline scripts by hash, and has no inline event handler', () => {
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
    expect(inline.length).toBeGreaterThan(0);
    for (const code of inline) {
      expect(csp).toContain(`'sha256-${createHash('sha256').update(code).digest('base64')}'`);
    }
    expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+="/);
  });

  test('blocks rendering with at most two stylesheets: the site stylesheet and, with math, KaTeX', () => {
    const blocking = html.replace(/<noscript>[\s\S]*?<\/noscript>/g, '');
    const sheets = [...blocking.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(sheets.filter((href) => !/katex/.test(href))).toHaveLength(1);
    expect(sheets.length).toBeLessThanOrEqual(2);
    expect(html).not.toMatch(/<style/);
    // The larger one first: over HTTP/1.1 the first request reuses the page's connection (katex-css-prune.mjs).
    expect(/katex/.test(sheets[0] ?? '')).toBe(false);
  });

  test("adds KaTeX's fonts after the first paint, and without JavaScript at once", () => {
    const fonts = /<link rel="stylesheet" href="[^"]*katex\.[\w-]+\.css" data-fonts="([^"]+)">/.exec(html)?.[1];
    expect(fonts !== undefined).toBe(html.includes('class="katex"'));
    if (fonts) {
      expect(html).toContain(`<noscript><link rel="stylesheet" href="${fonts}"></noscript>`);
      expect(readPage(site, fonts.slice(site.base.length))).toMatch(/^@font-face\{/);
    }
  });

  test('has a title, a description, a canonical link and a language', () => {
    expect(html).toMatch(/<html lang="en"/);
    expect(html).toMatch(/<title>[^<]{3,}<\/title>/);
    expect(html).toMatch(/<meta name="description" content="[^"]{20,}"/);
    expect(html).toMatch(/<link rel="canonical" href="http[^"]+"/);
    expect(html).toMatch(/<meta property="og:title" content="[^"]+"/);
  });
});

test('the site has a sitemap and a favicon', () => {
  const pages = listPages(site);
  expect(pages).toContain('404.html');
  expect(() => readPage(site, 'sitemap-index.xml')).not.toThrow();
  expect(readPage(site, 'favicon.svg')).toContain('<svg');
});
