import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import {
  buildServiceWorker,
  downloadSize,
  fillOfflineFigures,
  groupOf,
  offlineCopy,
  shouldSave,
} from '../../../scripts/service-worker.mjs';

const template = readFileSync('src/offline/sw.js', 'utf8');
const file = (path: string, content = path) => ({ path, content: Buffer.from(content) });
const site = [
  file('index.html', '<h1>Home</h1>'.repeat(50)),
  file('glossary/index.html'),
  file('_astro/a.css'),
  file('_astro/KaTeX_Main-Regular.woff2', 'x'.repeat(300)),
  file('pagefind/wasm.en.pagefind', 'y'.repeat(200)),
  file('sitemap-0.xml'),
];
type Entry = [string, string, number, string];
const copyOf = (
  files: typeof site,
): { entries: Entry[]; pages: number; version: string; bytes: { all: number; pages: number; search: number } } =>
  offlineCopy(files);
const entriesOf = (sw: string): Entry[] => JSON.parse(/const FILES = (\[.*\]);/.exec(sw)![1]!);

describe('offlineCopy', () => {
  test('lists pages under their folder URL, with what they use and the search index, nothing else', () => {
    const copy = copyOf(site);
    expect(copy.entries.map((entry) => [entry[0], entry[3]])).toEqual([
      ['_astro/a.css', 'asset'],
      ['_astro/KaTeX_Main-Regular.woff2', 'asset'],
      ['glossary/', 'page'],
      ['./', 'page'],
      ['pagefind/wasm.en.pagefind', 'search'],
    ]);
    expect(copy.pages).toBe(2);
  });

  test('counts text as a compressing host sends it, and compressed files as they are', () => {
    const copy = copyOf(site);
    const home = copy.entries.find((entry) => entry[0] === './')!;
    expect(home[2]).toBe(gzipSync('<h1>Home</h1>'.repeat(50), { level: 9 }).length);
    expect(home[2]).toBeLessThan('<h1>Home</h1>'.repeat(50).length);
    expect(copy.entries.find((entry) => entry[0].endsWith('.woff2'))![2]).toBe(300);
    expect(copy.bytes.search).toBe(200);
    expect(copy.bytes.all).toBe(copy.bytes.pages + copy.bytes.search);
  });

  test('gets a new version when any saved file changes, and keeps it when nothing does', () => {
    const version = (files: typeof site) => copyOf(files).version;
    expect(version(site)).toBe(version([...site].reverse()));
    expect(version(site)).not.toBe(version([...site.slice(0, 4), file('pagefind/wasm.en.pagefind', 'new')]));
    // A file the copy leaves out does not make a new version.
    expect(version(site)).toBe(version([...site.slice(0, 5), file('sitemap-0.xml', 'changed')]));
  });

  test('gives each file the hash of its content, so an update downloads only what changed', () => {
    const before = copyOf(site).entries;
    const after = copyOf([file('index.html', 'changed'), ...site.slice(1)]).entries;
    const changed = after.filter((entry, index) => entry[1] !== before[index]![1]).map((entry) => entry[0]);
    expect(changed).toEqual(['./']);
  });
});

test('buildServiceWorker writes the version and the file list into the worker', () => {
  const copy = copyOf(site);
  const sw: string = buildServiceWorker(template, copy);
  expect(entriesOf(sw)).toEqual(copy.entries);
  expect(sw).toContain(`const VERSION = '${copy.version}'`);
  expect(sw).not.toContain('__VERSION__');
});

test('fillOfflineFigures writes the build figures into the marked elements only', () => {
  const copy = { ...copyOf(site), bytes: { all: 1_234_567, pages: 851_000, search: 383_567 } };
  const html =
    '<strong data-offline="all">…</strong> <span data-offline="pages">…</span> <span data-offline="search">…</span>' +
    ' <span data-offline="count">…</span> <span data-offline="files">…</span> <span data-offline="other">…</span>';
  expect(fillOfflineFigures(html, copy)).toBe(
    '<strong data-offline="all">1.2 MB</strong> <span data-offline="pages">851 KB</span> <span data-offline="search">384 KB</span>' +
      ' <span data-offline="count">2</span> <span data-offline="files">5</span> <span data-offline="other">…</span>',
  );
});

test.each([
  ['index.html', true, 'page'],
  ['_astro/KaTeX_Main-Regular.woff2', true, 'asset'],
  ['_astro/page.Ab12.js', true, 'asset'],
  ['coverage.json', true, 'asset'],
  ['search-aliases.json', true, 'search'],
  ['pagefind/index/en_1.pf_index', true, 'search'],
  ['pagefind/pagefind-ui.js', false, 'search'],
  ['pagefind/pagefind-component-ui.css', false, 'search'],
  ['sw.js', false, 'asset'],
  ['sitemap-0.xml', false, 'asset'],
  ['robots.txt', false, 'asset'],
  ['practice/bank.json', false, 'asset'],
  ['practice/catalog.json', true, 'asset'],
  ['practice/q/kb-ingestion-order.json', true, 'asset'],
  // The flashcards fetch their deck when they start: offline, the review needs it in the copy.
  ['flashcards/deck.json', true, 'asset'],
  ['flashcards/genai/index.html', true, 'page'],
])('%s: saved %s, group %s', (path, saved, group) => {
  expect(shouldSave(path)).toBe(saved);
  expect(groupOf(path)).toBe(group);
});

test('downloadSize gzips text only', () => {
  const text = Buffer.from('a'.repeat(1000));
  expect(downloadSize('x.html', text)).toBeLessThan(100);
  expect(downloadSize('x.png', text)).toBe(1000);
});
