import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test, expect } from '../fixtures.ts';
import type { Page } from '@playwright/test';

const DASHBOARD = 'progress/';
const TOPIC = 'inference/';

/** The first page with a self-check, and the index of a right option of its first question. */
function firstQuiz(): { slug: string; question: string; right: number } | undefined {
  const dir = 'content/questions';
  const name = existsSync(dir) ? readdirSync(dir).find((file) => file.endsWith('.json')) : undefined;
  if (!name) return undefined;
  const quiz = JSON.parse(readFileSync(`${dir}/${name}`, 'utf8')) as {
    questions: { id: string; type: string; selfCheck?: boolean; options: { correct: boolean }[] }[];
  };
  const question = quiz.questions.find((candidate) => candidate.type === 'single' && candidate.selfCheck);
  if (!question) return undefined;
  return {
    slug: name.replace(/\.json$/, ''),
    question: question.id,
    right: question.options.findIndex((option) => option.correct),
  };
}

const stored = (page: Page, key: string) => page.evaluate((name) => localStorage.getItem(name), key);

const SAMPLE_PROGRESS = {
  version: 1,
  answers: { inference: { q1: { correct: true, at: 1_700_000_000_000 } } },
  studied: { inference: 1_700_000_000_000, 'amazon-q': 1_700_000_000_000 },
};
const SAMPLE_DECK = {
  version: 1,
  cards: {
    'foundation-model': {
      due: 1_700_000_000_000,
      stability: 1,
      difficulty: 5,
      elapsedDays: 0,
      scheduledDays: 1,
      learningSteps: 0,
      reps: 1,
      lapses: 0,
      state: 2,
      first: 1_700_000_000_000,
    },
  },
};

// One finished mock exam: two questions on domain 3 objectives (one right), one on domain 5 (wrong).
const SAMPLE_ATTEMPTS = {
  version: 1,
  attempts: [
    {
      id: 'a-sample-0001',
      mode: 'exam',
      source: { kind: 'form', form: 1 },
      startedAt: 1_700_000_000_000,
      submittedAt: 1_700_000_600_000,
      limitMs: 5_400_000,
      elapsedMs: 600_000,
      timedOut: false,
      items: [
        { id: 'sample-one', objective: '3.1.2', response: [1], correct: true, flagged: false },
        { id: 'sample-two', objective: '3.2.1', response: [0], correct: false, flagged: true },
        { id: 'sample-three', objective: '5.1.1', response: [2], correct: false, flagged: false },
      ],
    },
  ],
};

test.describe('progress dashboard', () => {
  // Each test loads several pages (topic pages are large); on a busy machine that outlasts 30 s.
  test.slow();

  test('lists every domain and its pages without JavaScript and says the figures need it', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(DASHBOARD);
    for (const domain of [1, 2, 3, 4, 5])
      await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^Domain ${domain}:`) })).toBeVisible();
    await expect(page.getByText('so they need JavaScript')).toBeVisible();
    await expect(page.locator('[data-domain="1"]').getByRole('link', { name: 'Inference' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'exam blueprint', exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Download my progress' })).toBeHidden();
    await context.close();
  });

  test('remembers a page marked as studied across a reload and counts it', async ({ page, problems }) => {
    void problems;
    await page.goto(TOPIC);
    const toggle = page.getByRole('button', { name: 'Mark this page as studied' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await page.reload();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await page.goto(DASHBOARD);
    await expect(page.locator('[data-total="studied"]')).toHaveText(/^1 of \d+$/);
    await expect(page.locator('[data-page="inference"] [data-status]').first()).toContainText('Studied on');
    await page.goto(TOPIC);
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await page.goto(DASHBOARD);
    await expect(page.locator('[data-total="studied"]')).toHaveText(/^0 of \d+$/);
  });

  test('shows a self-check answer on the dashboard', async ({ page, problems }) => {
    void problems;
    const quiz = firstQuiz();
    expect(quiz, 'the first question file has a self-check question').toBeDefined();
    const { slug, question, right } = quiz!;
    await page.goto(`${slug}/`);
    const form = page.locator(`form[data-question="${question}"]`);
    await form.locator(`input[value="${right}"]`).check();
    await form.getByRole('button', { name: 'Check answer' }).click();
    await expect(form.locator('.quiz__result')).toHaveText('Correct.');
    await page.goto(DASHBOARD);
    await expect(page.locator(`[data-page="${slug}"] [data-status]`).first()).toContainText(
      /1 of \d+ correct \(1 answered/,
    );
    await expect(page.locator('[data-total="answered"]')).toHaveText('1 answered');
  });

  test('exports the data to a file, resets it and imports it back', async ({ page, problems, network }, testInfo) => {
    void problems;
    // Quiet first: a reload while the favicon still loads would abort it and count as a failed request.
    await page.goto(DASHBOARD);
    await network.quiet();
    await page.evaluate(
      ([progress, deck, attempts]) => {
        localStorage.setItem('aip:progress', progress!);
        localStorage.setItem('aip:deck', deck!);
        localStorage.setItem('aip:attempts', attempts!);
      },
      [JSON.stringify(SAMPLE_PROGRESS), JSON.stringify(SAMPLE_DECK), JSON.stringify(SAMPLE_ATTEMPTS)],
    );
    await page.reload();
    await network.quiet();
    await expect(page.locator('[data-total="studied"]')).toHaveText(/^2 of \d+$/);
    await expect(page.locator('[data-total="due"]')).toHaveText('1');
    // The attempt's answers count toward the domains of the questions' objectives.
    const practice = page.getByRole('table', { name: /Practice results by domain/ });
    const cells = (domain: number) => practice.locator(`[data-practice-domain="${domain}"] td`);
    await expect(cells(3)).toHaveText(['2', '1 (50 %)']);
    await expect(cells(5)).toHaveText(['1', '0 (0 %)']);
    await expect(cells(1)).toHaveText(['0', '–']);
    await expect(page.locator('[data-practice-summary]')).toContainText('Mock exam, form 1');

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download my progress' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^aif-c01-progress-\d{4}-\d{2}-\d{2}\.json$/);
    const path = testInfo.outputPath(download.suggestedFilename());
    await download.saveAs(path);
    const file = JSON.parse(readFileSync(path, 'utf8'));
    expect(file).toMatchObject({ format: 'aif-c01-study-guide-progress', version: 1 });
    expect(file.data).toEqual({
      'aip:progress': SAMPLE_PROGRESS,
      'aip:deck': SAMPLE_DECK,
      'aip:attempts': SAMPLE_ATTEMPTS,
    });

    await page.getByRole('button', { name: 'Reset progress…' }).click();
    await page.getByRole('button', { name: 'Yes, delete my progress' }).click();
    await expect(page.locator('[data-backup-status]')).toHaveText(/were deleted from this browser/);
    expect(await stored(page, 'aip:progress')).toBeNull();
    expect(await stored(page, 'aip:deck')).toBeNull();
    expect(await stored(page, 'aip:attempts')).toBeNull();
    await expect(page.locator('[data-total="studied"]')).toHaveText(/^0 of \d+$/);

    await page.getByLabel('Import a progress file').setInputFiles(path);
    await expect(page.locator('[data-import-summary]')).toContainText(
      'holds 1 self-check answer on 1 page, 2 studied pages, 1 reviewed flashcard and 1 practice attempt',
    );
    await page.getByRole('button', { name: 'Replace my data with the file' }).click();
    await expect(page.locator('[data-backup-status]')).toHaveText(/^Imported 1 self-check answer/);
    expect(JSON.parse((await stored(page, 'aip:progress'))!)).toEqual(SAMPLE_PROGRESS);
    expect(JSON.parse((await stored(page, 'aip:deck'))!)).toEqual(SAMPLE_DECK);
    expect(JSON.parse((await stored(page, 'aip:attempts'))!)).toEqual(SAMPLE_ATTEMPTS);
    await page.reload();
    await expect(page.locator('[data-total="studied"]')).toHaveText(/^2 of \d+$/);
  });

  test('keeps the data when the reset is canceled', async ({ page, problems }) => {
    void problems;
    await page.goto(DASHBOARD);
    await page.evaluate((text) => localStorage.setItem('aip:progress', text), JSON.stringify(SAMPLE_PROGRESS));
    await page.getByRole('button', { name: 'Reset progress…' }).click();
    await page.getByRole('button', { name: 'Keep it' }).click();
    await expect(page.getByRole('button', { name: 'Yes, delete my progress' })).toBeHidden();
    expect(JSON.parse((await stored(page, 'aip:progress'))!)).toEqual(SAMPLE_PROGRESS);
  });

  test('refuses a file that is not a progress file with a clear message', async ({ page, problems }) => {
    void problems;
    await page.goto(DASHBOARD);
    const input = page.getByLabel('Import a progress file');
    const status = page.locator('[data-backup-status]');
    await input.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('not json') });
    await expect(status).toHaveText(/not a progress file: it does not contain JSON/);
    const newer = JSON.stringify({ format: 'aif-c01-study-guide-progress', version: 9, data: {} });
    await input.setInputFiles({ name: 'new.json', mimeType: 'application/json', buffer: Buffer.from(newer) });
    await expect(status).toHaveText(/newer version of this guide/);
    await input.setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.alloc(5_000_001, 32) });
    await expect(status).toHaveText(/larger than 5 MB/);
    await expect(page.getByRole('button', { name: 'Replace my data with the file' })).toBeHidden();
    expect(await stored(page, 'aip:progress')).toBeNull();
  });

  test('reports damaged stored data and leaves it untouched', async ({ page, problems }) => {
    void problems;
    await page.addInitScript(() => localStorage.setItem('aip:progress', '{"version":1,"answers":'));
    await page.goto(DASHBOARD);
    await expect(page.getByRole('alert')).toContainText('could not be read');
    await expect(page.locator('[data-total="studied"]')).toHaveText(/^0 of \d+$/);
    expect(await stored(page, 'aip:progress')).toBe('{"version":1,"answers":');
    await page.goto(TOPIC);
    // The toggle's code (which reads storage) loads when the reader comes near it.
    await page.locator('aip-studied-toggle').scrollIntoViewIfNeeded();
    await expect(page.locator('aip-studied-toggle [data-status]')).toContainText('could not be read');
    expect(await stored(page, 'aip:progress')).toBe('{"version":1,"answers":');
  });

  test('says so when the browser refuses to save, and keeps the state for the visit', async ({ page, problems }) => {
    void problems;
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.goto(TOPIC);
    const toggle = page.getByRole('button', { name: 'Mark this page as studied' });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('aip-studied-toggle [data-status]')).toContainText('did not let this page save it');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');

    await page.goto(DASHBOARD);
    const backup = JSON.stringify({
      format: 'aif-c01-study-guide-progress',
      version: 1,
      exportedAt: new Date().toISOString(),
      data: { 'aip:progress': SAMPLE_PROGRESS, 'aip:deck': SAMPLE_DECK },
    });
    await page.getByLabel('Import a progress file').setInputFiles({
      name: 'backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(backup),
    });
    await page.getByRole('button', { name: 'Replace my data with the file' }).click();
    await expect(page.locator('[data-backup-status]')).toContainText('your browser refused to store it');
    await expect(page.getByRole('alert')).toContainText('refused to save');
    await expect(page.locator('[data-total="studied"]')).toHaveText(/^2 of \d+$/);
    expect(await stored(page, 'aip:progress')).toBeNull();
  });
});
