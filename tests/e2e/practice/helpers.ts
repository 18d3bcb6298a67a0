// Helpers for the practice-exam tests: the built bank (to know the keys), answering a question on screen
// as a person would (by role and label), and a synthetic bank served in place of the real one, so every
// item type and the fixed forms can be tested before the real bank has them. Nothing is written to
// content/.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect } from '../fixtures.ts';
import type { BankQuestion } from '../../../src/lib/practice/bank.ts';
import { toIndexEntry } from '../../../src/lib/practice/export.ts';
import { fixedForms } from '../../../src/lib/practice/forms.ts';
import { syntheticBank } from '../../unit/practice/synthetic-bank.ts';

export const LETTERS = 'ABCDEFG';

/** The real bank as built (dist/practice/bank.json), by id. */
export function builtBank(): Map<string, BankQuestion> {
  const bank = JSON.parse(readFileSync('dist/practice/bank.json', 'utf8')) as BankQuestion[];
  return new Map(bank.map((question) => [question.id, question]));
}

/** The id of the question on screen (its hint's id is "pq-<id>-hint"). */
export async function shownId(page: Page): Promise<string> {
  const hint = await page.locator('[data-question] fieldset').getAttribute('aria-describedby');
  return hint!.replace(/^pq-/, '').replace(/-hint$/, '');
}

/** The response that answers a question rightly, or wrongly but completely. */
export function responseFor(question: BankQuestion, right: boolean): number[] {
  const key = [...question.answer];
  if (question.type === 'single') return right ? key : [(key[0]! + 1) % question.options.length];
  if (question.type === 'multiple') {
    if (right) return key;
    const other = question.options.findIndex((_, index) => !key.includes(index));
    return [...key.slice(1), other].sort((a, b) => a - b);
  }
  if (question.type === 'ordering') {
    const positions = question.options.map((_, option) => key.indexOf(option));
    if (!right) [positions[key[0]!], positions[key[1]!]] = [positions[key[1]!]!, positions[key[0]!]!];
    return positions;
  }
  const choices = [...key];
  if (!right) [choices[0], choices[1]] = [choices[1]!, choices[0]!];
  return choices;
}

/** Answers the question on screen through its labeled controls. */
export async function answer(page: Page, question: BankQuestion, right: boolean): Promise<void> {
  const form = page.locator('[data-question]');
  const response = responseFor(question, right);
  if (question.type === 'single' || question.type === 'multiple') {
    const role = question.type === 'single' ? 'radio' : 'checkbox';
    for (const index of response)
      await form.getByRole(role, { name: `${LETTERS[index]}. ${question.options[index]}`, exact: true }).check();
  } else if (question.type === 'ordering') {
    for (const [option, position] of response.entries())
      await form
        .getByRole('combobox', { name: question.options[option]!, exact: true })
        .selectOption({ index: position + 1 });
  } else {
    for (const [prompt, option] of response.entries())
      await form
        .getByRole('combobox', { name: question.prompts![prompt]!, exact: true })
        .selectOption({ label: `${LETTERS[option]}. ${question.options[option]}` });
  }
}

/** Serves a synthetic bank (every item type, 8 fixed forms) in place of the built one. */
export async function serveSyntheticBank(
  page: Page,
  perDomain?: readonly number[],
): Promise<Map<string, BankQuestion>> {
  const questions = syntheticBank(perDomain).map((question) => ({ ...question, teaches: '/practice/#read' }));
  const index = questions.map(toIndexEntry);
  const byId = new Map(questions.map((question) => [question.id, question]));
  await page.route('**/practice/catalog.json', (route) =>
    route.fulfill({ json: { questions: index, forms: fixedForms(index) } }),
  );
  await page.route('**/practice/q/*.json', (route) => {
    const id = /\/q\/([^/]+)\.json$/.exec(route.request().url())?.[1] ?? '';
    const question = byId.get(id);
    return question ? route.fulfill({ json: question }) : route.fulfill({ status: 404, body: 'not found' });
  });
  return byId;
}

/** Starts the attempt from its start screen and waits for the first question. */
export async function start(page: Page, button = /^Start the (exam|set)$/): Promise<void> {
  await page.getByRole('button', { name: button }).click();
  await expect(page.locator('[data-progress]')).toHaveText(/^Question 1 of \d+$/);
}
