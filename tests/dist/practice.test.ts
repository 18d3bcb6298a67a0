// The question bank as the build wrote it: practice/bank.json (the whole bank, for checking and reuse),
// practice/catalog.json (ids, objectives, types and the fixed forms) and one file per question (what the practice page fetches), the fixed forms,
// and the readable question lists. The figures of issue 14 (8 fixed forms) fail until the bank is full.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { domainOf } from '../../src/lib/exam/objective-ids.ts';
import { parseBankQuestion, parsePracticeIndex, type BankQuestion } from '../../src/lib/practice/bank.ts';
import { EXAM_LENGTH, FIXED_FORM_COUNT, formBlueprint } from '../../src/lib/practice/forms.ts';
import { elementIds, listPages, readPage, resolveToFile, SITES } from './built-site.ts';

const read = (dir: string, path: string) => JSON.parse(readFileSync(join(dir, path), 'utf8')) as Record<string, unknown>;
/** bank.json is a plain array of questions, as issue 14 describes it. */
const readBank = (dir: string) => JSON.parse(readFileSync(join(dir, 'practice/bank.json'), 'utf8')) as unknown;

describe.each(SITES)('the bank in $dir', (site) => {
  const bank = readBank(site.dir);
  const questions = (Array.isArray(bank) ? bank : []).map(parseBankQuestion);
  const forms = read(site.dir, 'practice/catalog.json')['forms'] as string[][];

  test('bank.json is an array of well-formed questions with unique ids', () => {
    expect(Array.isArray(bank)).toBe(true);
    expect(questions.length).toBeGreaterThan(0);
    expect(questions.filter((question) => question === undefined)).toEqual([]);
    const ids = questions.map((question) => question!.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('every link to a teaching section leads to a page with that section', () => {
    const broken = questions.flatMap((question) => {
      const url = new URL(question!.teaches, 'http://site.example');
      const file = resolveToFile(site, url.pathname);
      const ok = file !== undefined && url.hash.length > 1 && elementIds(readPage(site, file)).has(decodeURIComponent(url.hash.slice(1)));
      return ok ? [] : [`${question!.id} -> ${question!.teaches}`];
    });
    expect(broken).toEqual([]);
  });

  test('every question has its own file, equal to its entry in bank.json', () => {
    for (const question of questions as BankQuestion[])
      expect(read(site.dir, `practice/q/${question.id}.json`)).toEqual(JSON.parse(JSON.stringify(question)));
  });

  test('the catalog lists every question (id, objective, type) and the fixed forms, with no stem or key', () => {
    const catalog = parsePracticeIndex(read(site.dir, 'practice/catalog.json'));
    expect(catalog).toBeDefined();
    expect(catalog!.questions).toEqual(
      (questions as BankQuestion[]).map(({ id, objective, type }) => ({ id, objective, type })),
    );
    expect(readFileSync(join(site.dir, 'practice/catalog.json'), 'utf8')).not.toMatch(/"(stem|answer|options)"/);
  });

  test('the fixed forms are weighted like the exam and never share a question', () => {
    const objectiveOf = new Map((questions as BankQuestion[]).map((question) => [question.id, question.objective]));
    const weights = formBlueprint().map((item) => item.count);
    for (const form of forms) {
      expect(form).toHaveLength(EXAM_LENGTH);
      expect([1, 2, 3, 4, 5].map((d) => form.filter((id) => domainOf(objectiveOf.get(id)!) === d).length)).toEqual(weights);
    }
    expect(new Set(forms.flat()).size).toBe(forms.flat().length);
  });

  test('every question can be read without JavaScript on exactly one question list page', () => {
    const pages = listPages(site).filter((page) => page.startsWith('practice/questions/'));
    const shown = pages.flatMap((page) => [...elementIds(readPage(site, page))].filter((id) => id.startsWith('q-') && !id.endsWith('-title')));
    expect([...shown].sort()).toEqual((questions as BankQuestion[]).map((question) => `q-${question.id}`).sort());
  });
});

test(`the bank fills ${FIXED_FORM_COUNT} fixed forms (issue 14: fails until the bank has its 520+ questions)`, () => {
  const forms = read(SITES[0]!.dir, 'practice/catalog.json')['forms'] as string[][];
  expect(forms).toHaveLength(FIXED_FORM_COUNT);
});

test('the exam page holds no question: it fetches only those of the chosen form', () => {
  const html = readPage(SITES[0]!, 'practice/exam/index.html');
  const stems = (readBank(SITES[0]!.dir) as { stem: string }[]).map((question) => question.stem);
  expect(stems.filter((stem) => html.includes(stem.slice(0, 60)))).toEqual([]);
  expect(existsSync(join(SITES[0]!.dir, 'practice/catalog.json'))).toBe(true);
});
