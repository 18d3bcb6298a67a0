// A whole mock exam from the real bank: 65 questions answered, a few flagged, reviewed, submitted and
// reported; then the report's figures, review list and the flashcard queue.
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from '../fixtures.ts';
import { domainOf } from '../../../src/lib/exam/objective-ids.ts';
import { estimateScaledScore } from '../../../src/lib/practice/scaled-score.ts';
import { answer, builtBank, shownId, start } from './helpers.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const axe = async (page: import('@playwright/test').Page) =>
  (await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()).violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );

test('a whole mock exam: 65 questions answered, reviewed, submitted and reported', async ({ page, problems }) => {
  void problems;
  test.setTimeout(240_000);
  const bank = builtBank();
  await page.goto('practice/exam/?seed=20261203');
  await expect(page.getByRole('heading', { level: 2, name: 'Mock exam, random form' })).toBeVisible();
  await expect(page.locator('[data-start-summary]')).toContainText('picked by the number 20261203');
  await expect(page).toHaveTitle(/^Mock exam, random form 20261203 \|/);
  await start(page, /^Start the exam$/);
  await expect(page.locator('[role="timer"]')).toHaveText(/^1:(30:00|29:5\d)$/);
  expect(await axe(page), 'the question screen').toEqual([]);

  const wrong = new Set([3, 17, 40, 58]);
  const flagged = new Set([5, 17]);
  const asked: string[] = [];
  for (let number = 1; number <= 65; number += 1) {
    await expect(page.locator('[data-progress]')).toHaveText(`Question ${number} of 65`);
    const id = await shownId(page);
    asked.push(id);
    const question = bank.get(id)!;
    // No key, no explanation on screen during the exam.
    await expect(page.locator('[data-screen="run"]')).not.toContainText(question.explanations[0]!);
    await answer(page, question, !wrong.has(number));
    await expect(page.locator('[data-note]')).toHaveText('Answered.');
    if (flagged.has(number)) await page.keyboard.press('f');
    if (number < 65) await page.getByRole('button', { name: 'Next', exact: true }).click();
  }
  expect(new Set(asked).size).toBe(65);
  expect(
    [1, 2, 3, 4, 5].reduce((sum, d) => sum + asked.filter((id) => domainOf(bank.get(id)!.objective) === d).length, 0),
  ).toBe(65);

  await page.getByRole('button', { name: 'Review and submit' }).click();
  await expect(page.getByRole('heading', { name: 'Review before you submit' })).toBeFocused();
  await expect(page.locator('[data-review-summary]')).toHaveText('65 answered, 2 flagged, 0 not answered.');
  await expect(page.locator('[data-review-lists]')).toHaveText(/^Flagged: 5 17\s*$/);
  expect(await axe(page), 'the review screen').toEqual([]);
  // Back to a flagged question from the review screen, then on to submit.
  await page.locator('[data-review-lists]').getByRole('button', { name: '17' }).click();
  await expect(page.locator('[data-progress]')).toHaveText('Question 17 of 65');
  await expect(page.getByRole('button', { name: 'Flagged for review' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('r');
  await page.getByRole('button', { name: 'Submit the exam' }).click();

  // The report.
  await expect(page).toHaveURL(/\/practice\/exam\/\?attempt=a-[a-z0-9]+-[a-z0-9]{4}$/);
  const report = page.locator('[data-screen="report"]');
  await expect(
    page.getByRole('heading', { level: 2, name: 'Your result: Mock exam, random form 20261203' }),
  ).toBeFocused();
  const figures = report.locator('.report__figures');
  // 61 of 65 is 93.8 %, shown rounded down.
  await expect(figures).toContainText('Correct93 %61 of 65 questions');
  await expect(figures).toContainText(
    `Estimated scaled score${estimateScaledScore(61 / 65)}at or above the pass line of 700`,
  );
  await expect(figures).toContainText(/Time used\d+ (s|min( \d+ s)?) of 1 h 30 min/);
  await expect(report.getByRole('img', { name: 'Share of questions right, by exam domain' })).toBeVisible();
  const domains = report.getByRole('table', { name: 'Results by domain' });
  const totals = await domains.locator('tbody tr td:nth-child(3)').allTextContents();
  expect(totals.map(Number).reduce((a, b) => a + b, 0)).toBe(65);
  const objectives = report.getByRole('table', { name: 'Results by objective' });
  const objectiveRows = new Set(asked.map((id) => bank.get(id)!.objective)).size;
  await expect(objectives.locator('tbody tr')).toHaveCount(objectiveRows);
  await expect(report.getByText('The 4 questions you missed were added to your flashcards to review.')).toBeVisible();
  expect(await axe(page), 'the report').toEqual([]);

  // Every question can be reviewed; the missed ones with their key, explanations and teaching link.
  const items = report.locator('[data-report-items] > li');
  await expect(items).toHaveCount(65);
  await report.getByRole('radio', { name: 'Wrong or not answered' }).check();
  await expect(items.filter({ visible: true })).toHaveCount(4);
  const missed = bank.get(asked[2]!)!;
  const item = items.nth(2);
  await item.locator('summary').click();
  await expect(item.locator('summary')).toContainText(`3. Wrong · objective ${missed.objective}`);
  for (const explanation of missed.explanations) await expect(item).toContainText(explanation);
  await expect(item.getByRole('link', { name: missed.teachesTitle })).toHaveAttribute('href', missed.teaches);
  await report.getByRole('radio', { name: 'Flagged' }).check();
  await expect(items.filter({ visible: true })).toHaveCount(2);

  // Kept on the device: the report again after a reload, the attempt listed, the misses queued as cards.
  const deck = JSON.parse((await page.evaluate(() => localStorage.getItem('aip:deck')))!);
  expect(Object.keys(deck.missed).sort()).toEqual([...wrong].map((n) => asked[n - 1]!).sort());
  expect(await page.evaluate(() => localStorage.getItem('aip:attempt'))).toBeNull();
  await page.reload();
  await expect(figures).toContainText('61 of 65 questions');
  await page.goto('practice/');
  await expect(page.getByRole('table', { name: /Your finished attempts/ })).toContainText(
    'Mock exam, random form 20261203',
  );
  await expect(page.locator('[data-wrong-count]')).toHaveText(' (4 waiting)');
});

test('a missed question comes up as a flashcard with its answer on the back', async ({ page, problems }) => {
  void problems;
  const question = [...builtBank().values()].find((candidate) => candidate.type === 'single')!;
  await page.addInitScript((id) => {
    if (!localStorage.getItem('aip:deck'))
      localStorage.setItem('aip:deck', JSON.stringify({ version: 1, cards: {}, missed: { [id]: Date.now() } }));
  }, question.id);
  await page.goto('flashcards/');
  await page.getByRole('button', { name: 'Start review' }).click();
  await expect(page.locator('[data-front-label]')).toHaveText('Question you missed');
  await expect(page.locator('[data-front]')).toHaveText(question.stem);
  await page.getByRole('button', { name: /Show answer/ }).click();
  await expect(page.locator('[data-back-definition]')).toHaveText(`Answer: ${'ABCD'[question.answer[0]!]}.`);
  await expect(page.locator('[data-back-link]')).toHaveAttribute('href', question.teaches);
});
