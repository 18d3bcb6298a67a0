import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { MIN_TOPICS, readGlossary, readQuestionFiles, readTopics } from './content-files.ts';

// Misspellings found in the source notes (shared docs ERRATA.md #27 and a read of the notes).
// Search has no typo tolerance: a misspelled term on a page is a term nobody finds.
const TYPOS = [
  'Practicioner', 'Teperature', 'transofmer', 'Generateive', 'convulational', 'regluarization', 'enchanes',
  'paramtere', 'modell', 'guarden', 'messaing', 'persone', 'famework', 'netwrok', 'numberic', 'continous',
  'speciic', 'acutal', 'prediciton', 'engineernig', 'transalations', 'th emodel', 'PostGre', 'Regressions metrics',
  'receiver operator', 'leaning algorithm', 'copy and pase', 'array os',
];
// Case-sensitive: "FOrest" is the typo, "Forest" is right.
const CASED_TYPOS = ['FOrest'];
// Words the notes used in place of "word".
const WRONG_WORDS = [/\bselects a rod\b/i, /\bnext work\b/i];

// A <Correction believed="..."> quotes a misconception on purpose; everything else is checked.
const withoutQuotedMisconceptions = (body: string) => body.replace(/believed="[^"]*"/g, '');

const sources = [
  ...readTopics().map((topic) => ({
    name: `content/${topic.slug}.mdx`,
    text: withoutQuotedMisconceptions(topic.body) + JSON.stringify(topic.frontmatter),
  })),
  { name: 'content/glossary/*.json', text: JSON.stringify(readGlossary()) },
];
// Questions may quote a misconception in a wrong option on purpose; their spelling is still checked.
// Ids are left out: they never change once published.
const questionFiles = readQuestionFiles().map((file) => ({
  name: file.file,
  text: JSON.stringify(file.data, (key, value: unknown) => (key === 'id' ? undefined : value)),
}));

// The guide is in American English, as AWS and the exam are (search maps British queries to these).
const BRITISH = /\b(un)?labell(ed|ing)\b|\b\w*(summari|normali|tokeni|optimi|organi|recogni|anonymi|visuali|categori|customi|speciali|generali|standardi|minimi|maximi|utili)s(e|es|ed|ing|er|ation|ations)\b|\b\w*(behavio|colo|favo|neighbo|hono|labo)ur|\bmodell(ed|ing)\b|\bcatalogu(e|ing)\b|\bcentres?\b|\bdefence\b|\blicence\b|\bjudgements?\b|\bpractis(e|es|ed|ing)\b|\banalys(e|ed|ing)\b/gi;

// Whole words only: "PostGre" is a typo, "PostgreSQL" is right.
const asWord = (typo: string, flags: string) => new RegExp(`(?<![\\p{L}])${typo}(?![\\p{L}])`, flags);

test('checks every topic page and the glossary', () => {
  expect(sources.length).toBeGreaterThanOrEqual(MIN_TOPICS + 1);
});

describe.each(sources)('$name', ({ text }) => {
  test('repeats no typo of the source notes', () => {
    expect(TYPOS.filter((typo) => asWord(typo, 'iu').test(text))).toEqual([]);
    expect(CASED_TYPOS.filter((typo) => asWord(typo, 'u').test(text))).toEqual([]);
    expect(WRONG_WORDS.filter((pattern) => pattern.test(text)).map(String)).toEqual([]);
  });

});

describe.each([...sources, ...questionFiles])('$name', ({ text }) => {
  test('uses American spelling', () => {
    expect(text.match(BRITISH) ?? []).toEqual([]);
  });
});

test('the typo list itself catches a typo of the notes', () => {
  const notes = readFileSync('tests/fixtures/source-notes.md', 'utf8').toLowerCase();
  // Every listed typo really is in the notes, so the list stays honest.
  expect(TYPOS.filter((typo) => !notes.includes(typo.toLowerCase()))).toEqual([]);
});
