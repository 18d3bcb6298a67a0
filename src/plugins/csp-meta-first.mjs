// An Astro integration: moves the Content-Security-Policy <meta> that Astro writes (just before its
// stylesheets, at the end of <head>) up to right after <meta charset>. Chromium's preload scanner does
// not fetch anything that comes after a CSP <meta> the parser has not reached yet, so with the meta
// late, every stylesheet and script after it was requested one round trip late (see
// docs/PERFORMANCE.md). A policy also only governs what comes after it: first, it covers the whole page.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CSP_META = /<meta http-equiv="content-security-policy" content="[^"]*">/;
const CHARSET = '<meta charset="utf-8">';

/** The page with its CSP <meta> right after <meta charset>; unchanged if it has neither. */
export function moveCspMetaFirst(html) {
  const meta = CSP_META.exec(html)?.[0];
  if (!meta || !html.includes(CHARSET)) return html;
  return html.replace(meta, '').replace(CHARSET, CHARSET + meta);
}

/** @returns {import('astro').AstroIntegration} */
export function cspMetaFirst() {
  return {
    name: 'aip:csp-meta-first',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        const pages = (await readdir(root, { recursive: true })).filter((name) => name.endsWith('.html'));
        for (const page of pages) {
          const path = join(root, page);
          const html = await readFile(path, 'utf8');
          const moved = moveCspMetaFirst(html);
          if (moved !== html) await writeFile(path, moved);
        }
      },
    },
  };
}
