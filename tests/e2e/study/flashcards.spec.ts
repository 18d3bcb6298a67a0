import { readFileSync } from 'node:fs';
import { readGlossary } from '../../unit/content/content-files.ts';
import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures.ts';
import { ankiGuid } from '../../../src/lib/study/anki.ts';
import { STUDY_PATH } from '../../../src/data/study-path.ts';

const PAGE = 'flashcards/';
const glossary = readGlossary();
/** A fixed morning, so "today" and the daily limit of new cards do not depend on when the tests run. */
const START = new Date('2026-03-10T09:00:00');
const DAY = 24 * 60 * 60 * 1000;

const review = (page: Page) => page.getByRole('region', { name: 'Review', exact: true });
const count = (page: Page, name: 'due' | 'new' | 'learned') => page.locator(`[data-count="${name}"]`);
const front = (page: Page) => page.locator('[data-front]');
const storedCards = (page: Page) =>
  page.evaluate(() => Object.keys(JSON.parse(localStorage.getItem('aip:deck') ?? '{"cards":{}}').cards).length);

async function startReview(page: Page): Promise<void> {
  await review(page).getByRole('button', { name: 'Start review' }).click();
  // The first review fetches ts-fsrs; on a busy machine that can take a few seconds.
  await expect(front(page)).not.toBeEmpty({ timeout: 15_000 });
}

test.describe('flashcards', () => {
  test('lists the deck part by part with its answers without JavaScript and says review needs it', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(PAGE);
    await expect(page.getByText('The review mode and the Anki export need JavaScript.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Start review' })).toBeHidden();
    const parts = page.getByRole('region', { name: 'Read the deck without reviewing' }).getByRole('link');
    for (const { id, title } of STUDY_PATH)
      await expect(parts.filter({ hasText: title })).toHaveAttribute('href', `/flashcards/${id}/`);

    // Foundation models are explained on a page of the "Generative AI on AWS" part.
    const part = STUDY_PATH.find((candidate) => candidate.slugs.includes('generative-ai'))!;
    await parts.filter({ hasText: part.title }).click();
    await expect(page).toHaveURL(new RegExp(`/flashcards/${part.id}/$`));
    const inPart = glossary.filter((item) => part.slugs.includes(item.page));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Flashcards: ${part.title}`);
    await expect(page.locator('.topic__lead')).toContainText(`${inPart.length} cards`);
    await expect(page.locator('details[data-card]')).toHaveCount(inPart.length);
    const entry = glossary.find((item) => item.id === 'foundation-model')!;
    const card = page.locator('details[data-card="foundation-model"]');
    await expect(card.getByText(entry.definition)).toBeHidden();
    await card.locator('summary').click();
    await expect(card.getByText(entry.definition)).toBeVisible();
    await expect(card).toContainText('Also: FM, FMs');
    await expect(card.getByRole('link', { name: /^Read more: Generative AI basics › / })).toHaveAttribute(
      'href',
      `/${entry.page}/#${entry.anchor}`,
    );
    await page.getByRole('link', { name: 'flashcards page' }).click();
    await expect(page).toHaveURL(/\/flashcards\/$/);
    await context.close();
  });

  test('reviews the cards of the downloaded deck', async ({ page, problems }) => {
    void problems;
    const card = (id: string, front: string) => ({
      id,
      front,
      definition: `What ${front} means.`,
      aliases: [],
      page: 'generative-ai',
      href: '/generative-ai/',
      linkText: 'Read more: Generative AI basics',
    });
    // A two-card deck instead of the site's: what the review shows can only come from the download.
    await page.route('**/flashcards/deck.json', (route) =>
      route.fulfill({
        json: { version: 1, cards: [card('first-term', 'First term'), card('second-term', 'Second term')] },
      }),
    );
    await page.goto(PAGE);
    await expect(page.locator('[data-count="total"]')).toHaveText('2');
    await expect(count(page, 'new')).toHaveText('2');
    await startReview(page);
    await expect(front(page)).toHaveText('First term');
    await page.keyboard.press('Space');
    await expect(page.locator('[data-back-definition]')).toHaveText('What First term means.');
    await expect(page.locator('[data-back-link]')).toHaveText('Read more: Generative AI basics');
    await page.keyboard.press('3');
    await expect(front(page)).toHaveText('Second term');
  });

  for (const [what, body, says] of [
    ['a deck that is not JSON', '{"version":1,"cards":[{"id":"ll', 'damaged'],
    ['a deck of the wrong shape', '{"version":1,"cards":[{"id":"llm","front":"LLM"}]}', 'damaged'],
    ['a missing deck', undefined, 'damaged'],
    ['no connection', null, 'offline'],
  ] as const) {
    test(`says so and keeps the review off when the download gives ${what}`, async ({ page }) => {
      const exceptions: string[] = [];
      page.on('pageerror', (error) => exceptions.push(error.message));
      await page.route('**/flashcards/deck.json', (route) =>
        body === null
          ? route.abort('internetdisconnected')
          : body === undefined
            ? route.fulfill({ status: 404, body: 'Not found' })
            : route.fulfill({ contentType: 'application/json', body }),
      );
      await page.goto(PAGE);
      const message = review(page).getByRole('alert');
      await expect(message).toContainText('The flashcards could not be loaded');
      await expect(message).toContainText(says);
      await expect(message).toContainText('Read the deck without reviewing');
      await expect(review(page).getByRole('button', { name: 'Start review' })).toBeDisabled();
      await expect(page.getByRole('button', { name: 'Download for Anki (.txt)' })).toBeDisabled();
      // The counts rendered at build time stand: numbers, never NaN or undefined.
      for (const name of ['due', 'new', 'learned', 'total'])
        await expect(page.locator(`[data-count="${name}"]`)).toHaveText(/^\d+$/);
      await expect(page.locator('main')).not.toContainText(/NaN|undefined/);
      expect(exceptions).toEqual([]);
    });
  }

  test('rates cards by keyboard and mouse and keeps the schedule after a reload', async ({ page, problems }) => {
    void problems;
    await page.clock.install({ time: START });
    await page.goto(PAGE);
    await expect(count(page, 'due')).toHaveText('0');
    await expect(count(page, 'new')).toHaveText('20');
    await expect(count(page, 'learned')).toHaveText('0');
    await startReview(page);

    // Keyboard: Space shows the answer, 3 rates Good.
    const first = await front(page).textContent();
    const reveal = page.getByRole('button', { name: /Show answer/ });
    await expect(reveal).toHaveAttribute('aria-keyshortcuts', 'Space Enter');
    await expect(page.locator('[data-back]')).toBeHidden();
    await page.keyboard.press('Space');
    await expect(page.locator('[data-back]')).toBeVisible();
    await expect(page.getByRole('button', { name: /^Good/ })).toHaveAttribute('aria-keyshortcuts', '3');
    await page.keyboard.press('3');
    await expect(page.getByRole('status').filter({ hasText: `“${first}”: Good` })).toBeVisible();
    await expect(count(page, 'learned')).toHaveText('1');

    // Mouse: the buttons do the same; the rated card is not shown again right away.
    const second = await front(page).textContent();
    expect(second).not.toBe(first);
    await page.getByRole('button', { name: /Show answer/ }).click();
    await page.getByRole('button', { name: /^Easy/ }).click();
    await expect(page.getByRole('button', { name: /Show answer/ })).toBeVisible();
    await expect(count(page, 'learned')).toHaveText('2');
    expect(await storedCards(page)).toBe(2);

    await page.reload();
    await expect(count(page, 'learned')).toHaveText('2');
    await expect(count(page, 'new')).toHaveText('18');
    await expect(count(page, 'due')).toHaveText('0');
    await startReview(page);
    await expect(front(page)).not.toHaveText(first!);
    await expect(front(page)).not.toHaveText(second!);
  });

  test('brings reviewed cards back when they are due days later', async ({ page, problems }) => {
    void problems;
    await page.clock.install({ time: START });
    await page.goto(PAGE);
    await startReview(page);
    const first = await front(page).textContent();
    await page.keyboard.press('Enter');
    await page.keyboard.press('4');
    await expect(count(page, 'learned')).toHaveText('1');
    await page.reload();
    await expect(count(page, 'due')).toHaveText('0');

    const due = await page.evaluate(() => JSON.parse(localStorage.getItem('aip:deck')!).cards);
    const dueAt = (Object.values(due)[0] as { due: number }).due;
    expect(dueAt - START.getTime()).toBeGreaterThanOrEqual(DAY);

    await page.clock.setSystemTime(new Date(dueAt + 60_000));
    await page.reload();
    await expect(count(page, 'due')).toHaveText('1');
    // A new day: the daily allowance of new cards is back to the full limit.
    await expect(count(page, 'new')).toHaveText('20');
    await startReview(page);
    await expect(front(page)).toHaveText(first!);
  });

  test('brings a card rated Again back within minutes in the same session', async ({ page, problems }) => {
    void problems;
    await page.clock.install({ time: START });
    await page.goto(PAGE);
    await startReview(page);
    const first = await front(page).textContent();
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: /^Again/ })).toContainText('in 1 minute');
    await page.keyboard.press('1');
    await expect(page.getByRole('status').filter({ hasText: 'Again, shown again in 1 minute' })).toBeVisible();
    await expect(front(page)).not.toHaveText(first!);
    await page.clock.fastForward(2 * 60_000);
    await page.keyboard.press('Space');
    await page.keyboard.press('3');
    // Now overdue, the card rated Again comes before any new card.
    await expect(count(page, 'due')).toHaveText('1');
    await expect(front(page)).toHaveText(first!);
    await page.keyboard.press('Space');
    await page.keyboard.press('3');
    await expect(count(page, 'due')).toHaveText('0');
    await expect(front(page)).not.toHaveText(first!);
  });

  test('exports the deck as an Anki text file with stable identifiers', async ({ page, problems }) => {
    void problems;
    await page.goto(PAGE);
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download for Anki (.txt)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('aif-c01-glossary-anki.txt');
    const text = readFileSync((await download.path())!, 'utf8');
    const lines = text.trimEnd().split('\n');
    expect(lines.slice(0, 7)).toEqual([
      '#separator:tab',
      '#html:true',
      '#guid column:1',
      '#notetype:Basic',
      '#deck:AWS AI Practitioner (AIF-C01)::Glossary',
      '#tags column:4',
      '#columns:GUID\tFront\tBack\tTags',
    ]);
    expect(lines).toHaveLength(7 + glossary.length);
    for (const line of lines.slice(7)) expect(line.split('\t')).toHaveLength(4);
    const entry = glossary.find((item) => item.id === 'foundation-model')!;
    const fields = lines.find((line) => line.startsWith(`${ankiGuid('foundation-model')}\t`))!.split('\t');
    expect(fields[1]).toBe(entry.term);
    expect(fields[2]).toContain(entry.definition);
    expect(fields[2]).toContain(`See: <a href="${new URL(`../${entry.page}/#${entry.anchor}`, page.url()).href}">`);
    expect(fields[3]).toBe(`aif-c01::${entry.page}`);
    await expect(page.getByText(`Downloaded aif-c01-glossary-anki.txt with ${glossary.length} cards.`)).toBeVisible();
  });

  test('keeps reviewing in memory with a message when the browser refuses to save', async ({ page, problems }) => {
    void problems;
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.goto(PAGE);
    const message = review(page).getByRole('alert');
    await expect(message).toBeHidden();
    await startReview(page);
    await page.keyboard.press('Space');
    await page.keyboard.press('3');
    await expect(message).toContainText('Your browser refused to save your reviews');
    await expect(count(page, 'learned')).toHaveText('1');
    await page.getByRole('button', { name: /Show answer/ }).click();
    await page.getByRole('button', { name: /^Hard/ }).click();
    await expect(count(page, 'learned')).toHaveText('2');
    await expect(message).toBeVisible();
  });

  test('says when the saved schedule is damaged and replaces it with the first review', async ({ page, problems }) => {
    void problems;
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('aip:deck', '{"version":1,"cards":');
        sessionStorage.setItem('seeded', '1');
      }
    });
    await page.goto(PAGE);
    const message = review(page).getByRole('alert');
    await expect(message).toContainText('could not be read');
    await expect(count(page, 'learned')).toHaveText('0');
    await startReview(page);
    await page.keyboard.press('Space');
    await page.keyboard.press('3');
    await expect(message).toBeHidden();
    expect(await storedCards(page)).toBe(1);
    await page.reload();
    await expect(message).toBeHidden();
    await expect(count(page, 'learned')).toHaveText('1');
  });
});
