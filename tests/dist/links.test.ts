import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SITES, attributeUrls, elementIds, listFiles, listPages, pageUrl, readPage, resolveToFile } from './built-site.ts';

const ORIGIN = 'http://site.invalid';

describe.each(SITES)('links in $dir (base $base)', (site) => {
  const pages = listPages(site);
  const idsByFile = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!idsByFile.has(file)) idsByFile.set(file, elementIds(readPage(site, file)));
    return idsByFile.get(file) ?? new Set<string>();
  };

  test('the build has its pages', () => {
    expect(pages).toContain('index.html');
    expect(pages).toContain('404.html');
    expect(pages.length).toBeGreaterThan(5);
  });

  test.each(pages)('every internal link, asset and #anchor of %s resolves', (page) => {
    const html = readPage(site, page);
    const here = new URL(pageUrl(site, page), ORIGIN);
    const broken: string[] = [];
    for (const raw of attributeUrls(html)) {
      if (raw === '' || /^(mailto:|data:)/.test(raw)) continue;
      const url = new URL(raw, here);
      if (url.origin !== ORIGIN) continue; // external: not checked offline
      const file = resolveToFile(site, url.pathname);
      if (!file) {
        broken.push(`${raw} (no file)`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && file.endsWith('.html') && !idsOf(file).has(anchor)) broken.push(`${raw} (no id "${anchor}")`);
    }
    expect(broken, `broken links in ${site.dir}/${page}`).toEqual([]);
  });

  test('every url() in the stylesheets resolves', () => {
    const broken: string[] = [];
    for (const sheet of listFiles(join(site.dir, '_astro'), '.css')) {
      const css = readFileSync(join(site.dir, '_astro', sheet), 'utf8');
      for (const match of css.matchAll(/url\(([^)]+)\)/g)) {
        const raw = (match[1] ?? '').replace(/^["']|["']$/g, '');
        if (raw.startsWith('data:')) continue;
        const url = new URL(raw, new URL(`${site.base}_astro/${sheet}`, ORIGIN));
        if (!resolveToFile(site, url.pathname)) broken.push(`${sheet}: ${raw}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
