import { readFileSync } from 'node:fs';
import { test, expect } from '../fixtures.ts';

interface Question {
  id: string;
  type: 'single' | 'multiple' | 'ordering' | 'matching';
  stem: string;
  selfCheck?: boolean;
  options: { text: string; correct: boolean; explanation: string }[];
}
const PAGE = 'prompt-engineering';
const questions = (
  JSON.parse(readFileSync(`content/questions/${PAGE}.json`, 'utf8')) as { questions: Question[] }
).questions.filter((question) => question.selfCheck);
const single = questions.find((question) => question.type === 'single')!;
const multiple = questions.find((question) => question.type === 'multiple')!;
const letters = (question: Question) =>
  question.options.flatMap((option, i) => (option.correct ? [String.fromCharCode(65 + i)] : []));

test('every topic page ends with at least 6 exam-style questions', async ({ page, problems }) => {
  void problems;
  await page.goto(`${PAGE}/`);
  await expect(page.getByRole('heading', { name: 'Check yourself' })).toBeVisible();
  expect(await page.locator('.quiz').count()).toBeGreaterThanOrEqual(6);
});

test('a right answer is confirmed and every option explained', async ({ page, problems }) => {
  void problems;
  await page.goto(`${PAGE}/`);
  const form = page.locator(`#q-${single.id}`);
  const right = single.options.find((option) => option.correct)!;
  await form.getByLabel(right.text, { exact: false }).check();
  await form.getByRole('button', { name: 'Check answer' }).click();
  await expect(form.getByRole('status')).toHaveText('Correct.');
  for (const option of single.options) await expect(form.locator('details')).toContainText(option.explanation);
  await expect(form.locator('details')).toHaveAttribute('open', '');
});

test('a wrong answer names the right letters and marks the options', async ({ page, problems }) => {
  void problems;
  await page.goto(`${PAGE}/`);
  const form = page.locator(`#q-${multiple.id}`);
  const wrong = multiple.options.findIndex((option) => !option.correct);
  await form.locator('input').nth(wrong).check();
  await form.getByRole('button', { name: 'Check answer' }).click();
  await expect(form.getByRole('status')).toHaveText(`Not quite: the answer is ${letters(multiple).join(' and ')}.`);
  await expect(form.locator(`[data-option="${wrong}"]`)).toHaveAttribute('data-state', 'wrong');
});

test('the score is kept across a reload', async ({ page, problems }) => {
  void problems;
  await page.goto(`${PAGE}/`);
  const form = page.locator(`#q-${single.id}`);
  await form.getByLabel(single.options.find((option) => option.correct)!.text, { exact: false }).check();
  await form.getByRole('button', { name: 'Check answer' }).click();
  await page.reload();
  // The self-check's code loads when it comes near the screen; after a reload the browser may or may not
  // restore the scroll position, so go to the questions as a reader would.
  await page.locator('[data-score]').scrollIntoViewIfNeeded();
  await expect(page.locator('[data-score]')).toHaveText(`Your score: 1 of ${questions.length} correct (1 answered).`);
});

test('without JavaScript the answers can still be revealed', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${PAGE}/`);
  const form = page.locator(`#q-${single.id}`);
  await expect(form.getByRole('button', { name: 'Check answer' })).toBeHidden();
  await form.getByText('Show the answer and explanations').click();
  await expect(form.locator('details')).toContainText(`Answer: ${letters(single).join('')}.`);
  await context.close();
});

test('a storage failure is explained and the answer still graded', async ({ page, problems }) => {
  void problems;
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
  });
  await page.goto(`${PAGE}/`);
  const form = page.locator(`#q-${single.id}`);
  await form.getByLabel(single.options.find((option) => option.correct)!.text, { exact: false }).check();
  await form.getByRole('button', { name: 'Check answer' }).click();
  await expect(form.getByRole('status')).toHaveText('Correct.');
  await expect(page.locator('[data-score]')).toContainText('did not let this page save it');
});
