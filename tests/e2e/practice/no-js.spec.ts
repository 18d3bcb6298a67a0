// Without JavaScript: the practice page says the timer and scoring need it, and every question can be
// read with its answer behind a <details>.
import { test, expect } from '../fixtures.ts';
import { builtBank } from './helpers.ts';

test('without JavaScript the practice pages list the questions with answers to reveal', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('practice/');
  await expect(page.getByText('The timer, the scoring and the score report need JavaScript.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Read the questions' })).toBeVisible();
  await page.getByRole('link', { name: /^1\.1 / }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Practice questions 1\.1/ })).toBeVisible();
  const first = page.locator('.qread').first();
  const question = builtBank().get((await first.getAttribute('id'))!.replace(/^q-/, ''))!;
  await expect(first).toContainText(question.stem);
  const answer = first.locator('details');
  await expect(answer.getByText(question.explanations[0]!)).toBeHidden();
  await answer.getByText('Show the answer and explanations').click();
  for (const explanation of question.explanations) await expect(answer).toContainText(explanation);
  await expect(answer.getByRole('link', { name: question.teachesTitle })).toHaveAttribute('href', question.teaches);

  await page.goto('practice/exam/?form=1');
  await expect(page.getByText('The timer, the scoring and the score report need JavaScript.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start the exam' })).toBeHidden();
  await context.close();
});
