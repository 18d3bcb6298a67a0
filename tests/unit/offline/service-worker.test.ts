import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildServiceWorker, shouldPrecache } from '../../../scripts/service-worker.mjs';

const template = readFileSync('src/offline/sw.js', 'utf8');
const file = (path: string, content = path) => ({ path, content: Buffer.from(content) });
const site = [file('index.html'), file('glossary/index.html'), file('_astro/a.css'), file('pagefind/wasm.en.pagefind')];

describe('buildServiceWorker', () => {
  test('precaches pages under their folder URL, with styles and the search index', () => {
    const sw: string = buildServiceWorker(template, site);
    const list = JSON.parse(/const PRECACHE = (\[.*\]);/.exec(sw)![1]!);
    expect(list).toEqual(['_astro/a.css', 'glossary/', './', 'pagefind/wasm.en.pagefind']);
  });

  test('gets a new version when any precached file changes, and keeps it when nothing does', () => {
    const version = (files: typeof site) =>
      /const VERSION = '([0-9a-f]+)'/.exec(buildServiceWorker(template, files))![1];
    expect(version(site)).toBe(version([...site]));
    expect(version(site)).not.toBe(version([...site.slice(0, 3), file('pagefind/wasm.en.pagefind', 'new')]));
  });
});

test.each([
  ['index.html', true],
  ['_astro/KaTeX_Main-Regular.woff2', true],
  ['_astro/KaTeX_Main-Regular.ttf', false],
  ['pagefind/pagefind-ui.js', false],
  ['pagefind/index/en_1.pf_index', true],
  ['sw.js', false],
  ['sitemap-0.xml', false],
  ['practice/bank.json', false],
  ['practice/catalog.json', true],
  ['practice/q/kb-ingestion-order.json', true],
])('shouldPrecache(%j) is %s', (path, expected) => {
  expect(shouldPrecache(path)).toBe(expected);
});
