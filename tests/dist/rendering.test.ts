import { describe, expect, test } from 'vitest';
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
