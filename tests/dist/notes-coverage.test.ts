import { expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { SITES, elementIds, readPage } from './built-site.ts';

// Every section of the source notes has a home on the site: tests/fixtures/notes-map/*.json maps each
// heading of the notes (and two unheaded blocks) to a page and a section id, checked in the build.
interface MapEntry {
  heading: string;
  page: string;
  anchor: string;
}

const site = SITES[0]!;
const notes = readFileSync('tests/fixtures/source-notes.md', 'utf8');
const UNHEADED_BLOCKS = ['Feature engineering', 'Important terms'];
const headings = [
  ...[...notes.matchAll(/^#{1,6}\s+(.+?)\s*$/gm)].map((match) => (match[1] ?? '').trim()),
  ...UNHEADED_BLOCKS,
];
const map: MapEntry[] = readdirSync('tests/fixtures/notes-map')
  .filter((name) => name.endsWith('.json'))
  .flatMap((name) => JSON.parse(readFileSync(`tests/fixtures/notes-map/${name}`, 'utf8')) as MapEntry[]);

test('the notes have the headings this check expects', () => {
  expect(headings).toContain('Fine tuning');
  expect(headings.length).toBeGreaterThan(30);
});

test.each([...new Set(headings)])('the notes section "%s" has a home on the site', (heading) => {
  const entry = map.find((candidate) => candidate.heading === heading);
  expect(entry, `tests/fixtures/notes-map has no entry for "${heading}"`).toBeDefined();
  const file = entry!.page === 'index' ? 'index.html' : `${entry!.page}/index.html`;
  const ids = elementIds(readPage(site, file));
  if (entry!.anchor) expect(ids, `${file} has no id "${entry!.anchor}"`).toContain(entry!.anchor);
});
