import { describe, expect, test } from 'vitest';
import { describeCopy, formatBytes, parseCopyIndex, type CopyIndex } from '../../../src/lib/offline/copy-status.ts';

const totals = { files: 4, pages: 2 };
const complete: CopyIndex = {
  version: 'abc',
  savedAt: '2026-12-03T12:00:00.000Z',
  files: {
    './': ['h1', 5_000, 'page'],
    'glossary/': ['h2', 20_000, 'page'],
    '_astro/a.css': ['h3', 6_000, 'asset'],
    'pagefind/x.pf_meta': ['h4', 300_000, 'search'],
  },
};

describe('describeCopy', () => {
  test('says nothing is saved when the index is empty', () => {
    expect(describeCopy({ files: {} }, totals)).toEqual({
      state: 'none',
      text: 'Nothing is saved on this device.',
      bytes: 0,
    });
  });

  test('says when and how much was saved once every file of this build is there', () => {
    const status = describeCopy(complete, totals);
    expect(status.state).toBe('complete');
    expect(status.bytes).toBe(331_000);
    expect(status.text).toBe(
      'Saved on December 3, 2026: all 2 pages with their fonts and calculators, and the search index (331 KB).',
    );
  });

  test('calls a copy partial when a download stopped (no version) or files are missing', () => {
    const { version, ...stopped } = complete;
    void version;
    expect(describeCopy(stopped, totals).state).toBe('partial');
    const missing = { ...complete, files: { './': complete.files['./']! } };
    const status = describeCopy(missing, totals);
    expect(status.state).toBe('partial');
    expect(status.text).toBe(
      'Partly saved: 1 of 2 pages, no search index yet (5 KB). Press “Save for offline use” to finish.',
    );
  });

  test('says a partial copy already holds part of the search index', () => {
    const { version, ...stopped } = complete;
    void version;
    expect(describeCopy(stopped, totals).text).toBe(
      'Partly saved: 2 of 2 pages, part of the search index (331 KB). Press “Save for offline use” to finish.',
    );
  });

  test.each([
    ['no date', undefined],
    ['a date that does not parse', 'yesterday-ish'],
  ])('leaves the date out of a complete copy with %s', (_, savedAt) => {
    const { savedAt: saved, ...rest } = complete;
    void saved;
    const index = savedAt === undefined ? rest : { ...rest, savedAt };
    expect(describeCopy(index, totals).text).toBe(
      'Saved: all 2 pages with their fonts and calculators, and the search index (331 KB).',
    );
  });
});

describe('parseCopyIndex', () => {
  test.each([undefined, null, 'text', 42, [], { files: null }, { files: 'x' }])(
    'reads %j as nothing saved',
    (value) => {
      expect(parseCopyIndex(value)).toEqual({ files: {} });
    },
  );

  test('keeps well-formed entries and drops damaged ones', () => {
    const index = parseCopyIndex({
      version: 'v',
      files: { './': ['h', 10, 'page'], bad: ['h', 'ten', 'page'], worse: 3 },
    });
    expect(index).toEqual({ version: 'v', files: { './': ['h', 10, 'page'] } });
  });

  test.each([
    ['an object in place of the entry', { 0: 'h', 1: 10, 2: 'page' }],
    ['a hash that is not text', [7, 10, 'page']],
    ['a group that is not text', ['h', 10, 3]],
  ])('drops an entry with %s', (_, entry) => {
    expect(parseCopyIndex({ files: { './': ['h', 10, 'page'], bad: entry } })).toEqual({
      files: { './': ['h', 10, 'page'] },
    });
  });

  test('keeps the version and date when they are text, and drops them otherwise', () => {
    const files = { './': ['h', 10, 'page'] };
    expect(parseCopyIndex({ version: 'v1', savedAt: '2026-12-03T12:00:00.000Z', files })).toEqual({
      version: 'v1',
      savedAt: '2026-12-03T12:00:00.000Z',
      files,
    });
    // A number as the version would make a stopped download look complete; as the date, one in 1970.
    expect(parseCopyIndex({ version: 1, savedAt: 1_764_763_200_000, files })).toEqual({ files });
  });
});

test.each([
  [0, '1 KB'],
  [1_499, '1 KB'],
  [640_000, '640 KB'],
  [999_499, '999 KB'],
  [999_999, '1.0 MB'],
  [1_000_000, '1.0 MB'],
  [1_260_000, '1.3 MB'],
])('formatBytes(%d) is %s', (bytes, text) => {
  expect(formatBytes(bytes)).toBe(text);
});
