// The exam and set pages beyond a plain run: resume after a reload, the clock (announcements, the
// accommodation, time-out, with Playwright's clock), damaged saved data, fixed forms and every item type
// (on a synthetic bank served in place of the real one), practice sets, and what the page loads.
import { gzipSync } from 'node:zlib';
import { test, expect } from '../fixtures.ts';
import { answer, builtBank, serveSyntheticBank, shownId, start } from './helpers.ts';

test('a reload resumes the attempt: same question, answers, flags and clock', async ({ page, problems }) => {
  void problems;
  const bank = builtBank();
  await page.clock.install();
  await page.goto('practice/exam/?seed=77');
  await start(page);
  await answer(page, bank.get(await shownId(page))!, true);
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  const second = await shownId(page);
  await answer(page, bank.get(second)!, false);
  await page.getByRole('button', { name: 'Flag for review' }).click();
  await page.clock.runFor(125_000);
  // 2 min 5 s run for, plus the few seconds the test itself takes (the installed clock still flows).
  await expect(page.locator('[role="timer"]')).toHaveText(/^1:27:[345]\d$/);
  await page.reload();
  await expect(page.locator('[data-progress]')).toHaveText('Question 2 of 65');
  await expect(page.getByRole('alert')).toHaveText('Resumed where you left off.');
  expect(await shownId(page)).toBe(second);
  await expect(page.getByRole('button', { name: 'Flagged for review' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[data-note]')).toHaveText('Answered.');
  await expect(page.locator('[data-nav-summary]')).toHaveText('All questions: 2 answered, 1 flagged, 63 not answered');
  // The clock resumes from what was saved (every 10 s and on leaving), not from 90 minutes.
  await expect(page.locator('[role="timer"]')).toHaveText(/^1:2[78]:\d\d$/);
});

test('the clock announces 10 and 1 minutes left, then submits at time-out', async ({ page, problems }) => {
  void problems;
  await page.clock.install();
  await page.goto('practice/exam/?seed=5');
  await start(page);
  const status = page.locator('[data-announce]');
  await expect(status).toHaveAttribute('role', 'status');
  await expect(status).toHaveText('');
  await page.clock.runFor(79 * 60_000 + 30_000);
  await expect(status).toHaveText('');
  await page.clock.runFor(31_000);
  await expect(status).toHaveText('10 minutes left.');
  await expect(page.locator('[role="timer"]')).toHaveText(/^9:5\d$/);
  await page.clock.runFor(9 * 60_000);
  await expect(status).toHaveText('1 minute left.');
  await page.clock.runFor(61_000);
  await expect(page.getByRole('heading', { level: 2, name: /^Your result/ })).toBeVisible();
  await expect(page.locator('.report__figures')).toContainText('Time used1 h 30 min of 1 h 30 min');
  await expect(page.locator('.report__figures')).toContainText('Time ran out: the exam was submitted automatically.');
  await expect(page.locator('.report__figures')).toContainText('0 of 65 questions');
});

test('the accommodation adds 30 minutes', async ({ page, problems }) => {
  void problems;
  await page.clock.install();
  await page.goto('practice/exam/?seed=6');
  await page.getByLabel(/Add 30 minutes/).check();
  await start(page);
  await expect(page.locator('[role="timer"]')).toHaveText('2:00:00');
  await page.clock.runFor(91 * 60_000);
  await expect(page.locator('[data-progress]')).toBeVisible();
  await expect(page.locator('[role="timer"]')).toHaveText('29:00');
});

test('a damaged saved attempt is set aside with a message and never used', async ({ page, problems }) => {
  void problems;
  const damaged = '{"version":1,"id":"a-x","mode":"exam","questionIds":["one"],"responses":[[9';
  await page.addInitScript((text) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('aip:attempt', text);
      sessionStorage.setItem('seeded', '1');
    }
  }, damaged);
  await page.goto('practice/exam/?seed=8');
  await expect(page.getByRole('alert')).toContainText('A saved attempt could not be read');
  expect(await page.evaluate(() => localStorage.getItem('aip:attempt:set-aside'))).toBe(damaged);
  expect(await page.evaluate(() => localStorage.getItem('aip:attempt'))).toBeNull();
  await start(page);
});

test('an attempt from an older version of the site is set aside too', async ({ page, problems }) => {
  void problems;
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('aip:attempt', JSON.stringify({ version: 0, questions: ['a'] }));
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.goto('practice/');
  await expect(page.getByRole('alert')).toContainText('set aside');
  await expect(page.locator('[data-unfinished]')).toBeHidden();
});

test('another unfinished attempt is offered, and starting this one discards it', async ({ page, problems }) => {
  void problems;
  await page.goto('practice/exam/?seed=10');
  await start(page);
  await page.goto('practice/exam/?seed=11');
  await expect(page.locator('[data-unfinished]')).toContainText(
    'You have an unfinished attempt: Mock exam, random form 10',
  );
  await expect(page.getByRole('link', { name: 'Resume that attempt' })).toHaveAttribute(
    'href',
    /\/practice\/exam\/\?seed=10$/,
  );
  await page.goto('practice/');
  await expect(page.locator('[data-unfinished]')).toContainText('Mock exam, random form 10, 0 of 65 questions begun');
  await page.goto('practice/exam/?seed=11');
  await start(page);
  await page.goto('practice/exam/?seed=10');
  await expect(page.locator('[data-unfinished]')).toContainText('random form 11');
});

for (const [path, message] of <[string, string][]>[
  ['exam/?form=9', 'There is no form “9”: the fixed forms are numbered 1 to 8.'],
  ['exam/?seed=12x', 'The seed “12x” is not a whole number from 0 to 4294967295.'],
  ['set/?domain=7', 'There is no domain “7”: the domains are 1 to 5.'],
  ['set/?objective=1.2', '“1.2” is not an objective number such as 1.2.5.'],
  ['set/', 'This address does not say which practice set to take.'],
  ['exam/?attempt=a-none-0000', 'This browser holds no attempt with this address'],
]) {
  test(`the address practice/${path} is explained, not guessed`, async ({ page, problems }) => {
    void problems;
    await page.goto(`practice/${path}`);
    await expect(page.locator('[data-start-summary]')).toContainText(message);
    await expect(page.getByRole('button', { name: /^Start/ })).toBeDisabled();
  });
}

test('a random form without a seed gets one in its address, and the same seed gives the same questions', async ({
  page,
  problems,
}) => {
  void problems;
  await page.goto('practice/exam/');
  await expect(page).toHaveURL(/\?seed=\d+$/);
  const seed = new URL(page.url()).searchParams.get('seed');
  await start(page);
  const first = await shownId(page);
  // Leave first (leaving saves the attempt), then forget it, so the same address starts afresh.
  await page.goto('practice/');
  await page.evaluate(() => localStorage.clear());
  await page.goto(`practice/exam/?seed=${seed}`);
  await start(page);
  expect(await shownId(page)).toBe(first);
});

test('before the first question the exam page loads at most 20 KB of JavaScript and only its 65 questions', async ({
  page,
  problems,
}) => {
  void problems;
  const scripts: Promise<number>[] = [];
  const fetched: string[] = [];
  page.on('response', (response) => {
    const url = response.url();
    if (url.endsWith('.js')) scripts.push(response.body().then((body) => gzipSync(body, { level: 9 }).length));
    if (url.includes('/practice/')) fetched.push(new URL(url).pathname);
  });
  await page.goto('practice/exam/?seed=3');
  await start(page);
  const sizes = await Promise.all(scripts);
  const total = sizes.reduce((a, b) => a + b, 0);
  test.info().annotations.push({
    type: 'JavaScript before the first question (gzipped)',
    description: `${total} bytes in ${sizes.length} files`,
  });
  expect(total).toBeLessThanOrEqual(20 * 1024);
  expect(fetched.filter((path) => path.includes('/practice/q/'))).toHaveLength(65);
  expect(fetched.filter((path) => path.endsWith('bank.json'))).toEqual([]);
});

test('a fixed form of a full bank: every item type by keyboard and selects, scored all or nothing', async ({
  page,
  problems,
}) => {
  void problems;
  test.setTimeout(120_000);
  const bank = await serveSyntheticBank(page);
  await page.goto('practice/exam/?form=3');
  await expect(page.locator('[data-start-summary]')).toContainText(
    'No question of this form is in another fixed form.',
  );
  await start(page);
  const seen = new Set<string>();
  const wrong: { number: number; type: string }[] = [];
  for (let number = 1; number <= 65; number += 1) {
    await expect(page.locator('[data-progress]')).toHaveText(`Question ${number} of 65`);
    const question = bank.get(await shownId(page))!;
    if (!seen.has(question.type)) {
      seen.add(question.type);
      if (question.type === 'single') {
        // Keys choose: "2" picks option B.
        await page.locator('.pq__legend').focus();
        await page.keyboard.press(String(question.answer[0]! + 1));
        await expect(page.getByRole('radio', { checked: true })).toHaveAccessibleName(
          new RegExp(`^${'ABCD'[question.answer[0]!]}\\. `),
        );
      } else if (question.type === 'ordering') {
        // Every step's position set from the keyboard on its own labeled select.
        await expect(page.locator('[data-question] select')).toHaveCount(question.options.length);
        for (const [option] of question.options.entries()) {
          await page.getByRole('combobox', { name: question.options[option]!, exact: true }).focus();
          for (let step = 0; step <= question.answer.indexOf(option); step += 1) await page.keyboard.press('ArrowDown');
        }
        await expect(page.locator('[data-note]')).toHaveText('Answered.');
      } else await answer(page, question, true);
    } else {
      const right = number % 5 !== 0;
      await answer(page, question, right);
      if (!right) wrong.push({ number, type: question.type });
    }
    if (number === 65) break;
    // The keys work from a choice; in a select, letters pick its options, so the button moves on.
    if (question.type === 'single' || question.type === 'multiple') await page.keyboard.press('n');
    else await page.getByRole('button', { name: 'Next', exact: true }).click();
  }
  expect([...seen].sort()).toEqual(['matching', 'multiple', 'ordering', 'single']);
  await page.getByRole('button', { name: 'Review and submit' }).click();
  await page.getByRole('button', { name: 'Submit the exam' }).click();
  await expect(page.locator('.report__figures')).toContainText(`${65 - wrong.length} of 65 questions`);
  await page.getByRole('radio', { name: 'Wrong or not answered' }).check();
  const items = page.locator('[data-report-items] > li');
  await expect(items.filter({ visible: true })).toHaveCount(wrong.length);
  // Ordering and matching are all or nothing: two swapped steps or responses make the item wrong.
  const swapped = wrong.find((item) => item.type === 'ordering' || item.type === 'matching')!;
  const item = items.nth(swapped.number - 1);
  await item.locator('summary').click();
  await expect(item).toContainText(swapped.type === 'ordering' ? 'Correct order:' : 'Your answer: right');
  await expect(item.locator('.pr')).toHaveAttribute('data-verdict', 'wrong');
});

test('a practice set explains each answer once it is checked, then locks it', async ({ page, problems }) => {
  void problems;
  const bank = await serveSyntheticBank(page, [30, 30, 30, 30, 30]);
  await page.goto('practice/set/?domain=2&count=10&seed=4');
  await expect(page.locator('[data-start-summary]')).toHaveText(
    '10 questions from domain 2 (Fundamentals of GenAI), untimed.',
  );
  await start(page, /^Start the set$/);
  await expect(page.locator('[data-clock-box]')).toBeHidden();
  const question = bank.get(await shownId(page))!;
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.locator('[data-note]')).toHaveText('Choose an answer first.');
  await answer(page, question, false);
  await page.getByRole('button', { name: 'Check answer' }).click();
  const feedback = page.locator('[data-feedback] .pr');
  await expect(feedback).toBeFocused();
  await expect(feedback).toContainText('Wrong.');
  for (const explanation of question.explanations) await expect(feedback).toContainText(explanation);
  await expect(page.locator('[data-question] :is(input, select)').first()).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Check answer' })).toBeHidden();
  await page.getByRole('button', { name: 'Review and finish' }).click();
  await page.getByRole('button', { name: 'Finish the set' }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Your result: Practice set: domain 2, 10 questions' }),
  ).toBeVisible();
  await expect(page.locator('.report__figures')).not.toContainText('scaled');
  await expect(page.locator('[data-estimate]')).toBeHidden();
});

test('the set of mistakes holds the questions last answered wrongly, self-checks included', async ({
  page,
  problems,
}) => {
  void problems;
  const bank = builtBank();
  const [first, second] = [...bank.values()];
  await page.addInitScript(
    ([a, b]) => {
      if (localStorage.getItem('aip:progress')) return;
      localStorage.setItem(
        'aip:progress',
        JSON.stringify({
          version: 1,
          answers: { page: { [a!]: { correct: false, at: 5 }, [b!]: { correct: true, at: 6 } } },
        }),
      );
    },
    [first!.id, second!.id],
  );
  await page.goto('practice/');
  await expect(page.locator('[data-wrong-count]')).toHaveText(' (1 waiting)');
  await page.getByRole('link', { name: 'Questions you answered wrongly before' }).click();
  await expect(page.locator('[data-start-summary]')).toContainText('1 question you answered wrongly the last time');
  await start(page, /^Start the set$/);
  expect(await shownId(page)).toBe(first!.id);
});

test('on a phone, moving to the next question shows its number and the flag button below the sticky header', async ({
  page,
  problems,
}) => {
  void problems;
  // A short phone screen, so no question fits in it whole.
  await page.setViewportSize({ width: 390, height: 480 });
  await page.goto('practice/exam/?seed=11');
  await start(page);
  const header = await page.locator('header').first().boundingBox();
  for (let step = 0; step < 3; step += 1) {
    // Scroll to the bottom first, as a reader does after reading the options, then go on.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await expect(page.locator('[data-progress]')).toHaveText(`Question ${step + 2} of 65`);
    const progress = await page.locator('[data-progress]').boundingBox();
    const flag = await page.getByRole('button', { name: 'Flag for review' }).boundingBox();
    expect(progress!.y).toBeGreaterThanOrEqual(header!.y + header!.height);
    expect(flag!.y).toBeGreaterThanOrEqual(header!.y + header!.height);
    await expect(page.locator('.pq__legend')).toBeFocused();
  }
});
