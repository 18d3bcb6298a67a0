import { readGlossary } from '../content/content-files.ts';
import { describe, expect, test } from 'vitest';
import { ankiBack, ankiExport, ankiField, ankiGuid, toAnkiMath, type AnkiCard } from '../../../src/lib/study/anki.ts';

const glossary = readGlossary();

const card = (overrides: Partial<AnkiCard> = {}): AnkiCard => ({
  id: 'foundation-model',
  front: 'Foundation model (FM)',
  definition: 'A very large pre-trained model.',
  aliases: ['FM', 'FMs'],
  url: 'https://example.org/generative-ai/#foundation-models',
  page: 'generative-ai',
  ...overrides,
});

describe('ankiExport', () => {
  test('starts with the file headers Anki reads, in order', () => {
    const lines = ankiExport([card()]).split('\n');
    expect(lines.slice(0, 7)).toEqual([
      '#separator:tab',
      '#html:true',
      '#guid column:1',
      '#notetype:Basic',
      '#deck:AWS AI Practitioner (AIF-C01)::Glossary',
      '#tags column:4',
      '#columns:GUID\tFront\tBack\tTags',
    ]);
  });

  test('writes one line per card with GUID, front, back and tags', () => {
    const text = ankiExport([card(), card({ id: 'llm', front: 'LLM', aliases: [], page: 'x' })]);
    const lines = text.trimEnd().split('\n').slice(7);
    expect(lines).toHaveLength(2);
    expect(lines[0]!.split('\t')).toEqual([
      ankiGuid('foundation-model'),
      'Foundation model (FM)',
      'A very large pre-trained model.<br><br>Also: FM, FMs<br><br>See: <a href="https://example.org/generative-ai/#foundation-models">https://example.org/generative-ai/#foundation-models</a>',
      'aif-c01::generative-ai',
    ]);
    expect(lines[1]!.split('\t')[2]).not.toContain('Also:');
    expect(text.endsWith('\n')).toBe(true);
  });

  test('keeps every line at four fields even when the text holds tabs and line breaks', () => {
    const text = ankiExport([card({ front: 'a\tb', definition: 'one\ntwo\r\nthree\rfour', aliases: ['x\ty'] })]);
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(8);
    expect(lines[7]!.split('\t')).toHaveLength(4);
    expect(lines[7]).toContain('one<br>two<br>three<br>four');
  });

  test('never lets a card line start with # (an Anki comment)', () => {
    const text = ankiExport([card({ id: '#x', front: '#hash' })]);
    expect(text.trimEnd().split('\n').at(-1)!.startsWith('#')).toBe(false);
  });
});

describe('ankiGuid', () => {
  test('is stable for an id: the same id gives the same GUID on every export', () => {
    expect(ankiGuid('foundation-model')).toBe(ankiGuid('foundation-model'));
    // Pinned: a changed hash would turn every re-import into duplicate notes without review history.
    expect(ankiGuid('foundation-model')).toBe('aip-1awlch1p1sl');
  });

  test('depends on the id only, not on the card text', () => {
    const before = ankiExport([card()]).split('\n')[7]!.split('\t')[0];
    const after = ankiExport([card({ front: 'Renamed', definition: 'A new definition.' })])
      .split('\n')[7]!
      .split('\t')[0];
    expect(after).toBe(before);
  });

  test('has a fixed prefix and is unique across the whole glossary', () => {
    const guids = glossary.map((entry) => ankiGuid(entry.id));
    expect(guids.length).toBeGreaterThan(100);
    expect(new Set(guids).size).toBe(guids.length);
    for (const guid of guids) expect(guid).toMatch(/^aip-[0-9a-z]+$/);
  });
});

describe('ankiField', () => {
  test('escapes HTML so text is shown as written, quotes included', () => {
    expect(ankiField('a < b & "c" > d')).toBe('a &lt; b &amp; &quot;c&quot; &gt; d');
  });

  test('replaces tabs with spaces and line breaks with <br>', () => {
    expect(ankiField('a\tb\nc')).toBe('a b<br>c');
  });

  test('escapes the link in the back as well', () => {
    expect(ankiBack(card({ url: 'https://x.org/?a=1&b="2"', aliases: [] }))).toContain(
      'See: <a href="https://x.org/?a=1&amp;b=&quot;2&quot;">',
    );
  });
});

describe('toAnkiMath', () => {
  test.each([
    ['inline math', 'F1 is $2PR/(P+R)$ here', 'F1 is \\(2PR/(P+R)\\) here'],
    ['display math', 'So $$\\frac{TP}{TP+FP}$$.', 'So \\[\\frac{TP}{TP+FP}\\].'],
    ['display math with spaces inside', '$$ x^2 $$', '\\[x^2\\]'],
    ['both in one text', '$a$ and $$b$$', '\\(a\\) and \\[b\\]'],
    ['an escaped dollar', 'costs \\$5', 'costs $5'],
    ['prices', 'between $5 and $10', 'between $5 and $10'],
    ['a price followed by a digit after the closing sign', '$x$5', '$x$5'],
    ['a lone dollar sign', 'US$ only', 'US$ only'],
    ['an unclosed formula', 'see $x', 'see $x'],
    ['an unclosed display formula', 'see $$x', 'see $$x'],
    ['an escaped dollar inside a formula', '$a\\$b$', '\\(a\\$b\\)'],
    ['no math', 'plain text', 'plain text'],
  ])('converts %s', (_name, input, output) => {
    expect(toAnkiMath(input)).toBe(output);
  });

  test('converts math before escaping, so formulas with < stay formulas', () => {
    expect(ankiField('$a<b$')).toBe('\\(a&lt;b\\)');
  });
});
