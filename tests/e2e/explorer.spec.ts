import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { openInNewTab } from './calculators/new-tab.ts';

const PAGE = 'aws-ai-services/';
const TABLE = 'which-service/';
const FORM = /Which service\?/;
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const explorer = (page: Page) => page.getByRole('form', { name: FORM });
/** The element's code arrives on demand; wait for it before testing behavior. */
const ready = (page: Page) => page.waitForFunction(() => customElements.get('aip-service-explorer') !== undefined);
const answer = (page: Page) => page.locator('.explorer__result');

async function choose(page: Page, have: string, want: string) {
  await explorer(page).scrollIntoViewIfNeeded();
  await ready(page);
  await explorer(page).getByLabel('What you have').selectOption(have);
  await explorer(page).getByLabel('What you want to do').selectOption(want);
}

test.describe('"Which service?" explorer', () => {
  test('shows its example answer without JavaScript and links the full table', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(PAGE);
    const form = explorer(page);
    await expect(form.getByLabel('What you have')).toHaveValue('audio');
    await expect(form.getByLabel('What you want to do')).toHaveValue('extract');
    await expect(form.locator('[data-slot="title"]')).toHaveText('Audio (speech, calls) → Extract');
    await expect(form.locator('[data-slot="fits"] li')).toHaveText([
      'Amazon Transcribe: A transcript with timestamps and speakers.',
      'Amazon Transcribe Call Analytics: Contact-center calls: transcript plus sentiment, categories and issues.',
      'AWS HealthScribe: Patient visits: transcript, medical terms and a draft note.',
    ]);
    await expect(form.locator('[data-slot="misses"]')).toContainText('Amazon Comprehend: Reads text, not audio');
    await form.getByRole('link', { name: 'Every input and goal in one table' }).click();
    await expect(page).toHaveURL(/\/which-service\/$/);
    await context.close();
  });

  test('has the complete table of every input and goal without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(TABLE);
    const tables = page.locator('main table');
    await expect(tables).toHaveCount(8);
    await expect(page.locator('main tbody tr')).toHaveCount(8 * 13);
    for (const [i, table] of (await tables.all()).entries()) {
      await expect(table.locator('tbody tr'), `table ${i + 1}`).toHaveCount(13);
      for (const cell of await table.locator('td').all()) await expect(cell).not.toBeEmpty();
    }
    const audio = page.getByRole('table', { name: 'You have: Audio (speech, calls)' });
    const transcribe = audio.getByRole('row', { name: /^Transcribe \(speech to text\)/ });
    await expect(transcribe).toContainText(
      'Amazon Transcribe Medical: Clinical dictation and conversations (US English).',
    );
    await expect(transcribe).toContainText('Amazon Translate: Changes the language of text');
    const kendra = page.locator('#explorer-company-data-search');
    await expect(kendra).toContainText('Amazon Kendra (closed to new customers since July 30, 2026): Ranked answers');
    const noFit = page.locator('#explorer-audio-forecast');
    await expect(noFit).toContainText('None of the services in this guide does this directly.');
    await noFit.getByRole('link', { name: 'Tabular data (rows, events, time series) → Forecast' }).click();
    await expect(page).toHaveURL(/#explorer-tabular-forecast$/);
    await expect(page.locator('#explorer-tabular-forecast')).toContainText('Amazon SageMaker Canvas');
    await expect(page.locator('main')).not.toContainText(/NaN|undefined|\bnull\b|\[object/);
    await context.close();
  });

  test('loads its code only when the reader reaches it', async ({ page, network, problems }) => {
    void problems;
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(PAGE);
    await network.quiet();
    expect(requested.filter((url) => /service-explorer\.[\w-]+\.js/.test(url))).toEqual([]);
    await explorer(page).scrollIntoViewIfNeeded();
    await ready(page);
    expect(requested.filter((url) => /service-explorer\.[\w-]+\.js/.test(url))).toHaveLength(1);
  });

  test('works by keyboard alone and announces the answer', async ({ page, problems }) => {
    void problems;
    await page.goto(PAGE);
    const form = explorer(page);
    const have = form.getByLabel('What you have');
    await have.focus();
    await ready(page);
    await page.keyboard.press('End');
    await expect(have).toHaveValue('company-data');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(have).toHaveValue('video');
    await page.keyboard.press('Tab');
    const want = form.getByLabel('What you want to do');
    await expect(want).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(want).toHaveValue('translate');
    await expect(answer(page)).toHaveAttribute('aria-live', 'polite');
    await expect(answer(page).locator('[data-slot="title"]')).toHaveText('Video → Translate');
    await expect(answer(page).locator('[data-slot="fits"]')).toContainText(
      'Amazon Transcribe → Amazon Translate: Transcribe the speech, then translate it',
    );
    await page.keyboard.press('Tab');
    await expect(answer(page).getByRole('link', { name: 'Amazon Transcribe' })).toBeFocused();
  });

  test('keeps the choice in the URL, restores it on reload and from a shared link', async ({ page, problems }) => {
    void problems;
    await page.goto(PAGE);
    await choose(page, 'documents', 'classify');
    await expect(page).toHaveURL(/\?explorer\.have=documents&explorer\.want=classify#explorer-title$/);
    await expect(answer(page)).toContainText('Amazon Textract → Amazon Comprehend');
    const link = page.url();
    await page.reload();
    await expect(explorer(page).getByLabel('What you have')).toHaveValue('documents');
    await expect(explorer(page).getByLabel('What you want to do')).toHaveValue('classify');
    await expect(answer(page)).toContainText('Amazon Textract → Amazon Comprehend');
    const { tab, clean } = await openInNewTab(page, link);
    await expect(tab.getByRole('form', { name: FORM }).getByLabel('What you have')).toHaveValue('documents');
    await expect(tab.locator('.explorer__result [data-slot="title"]')).toHaveText(
      'Documents (scans, PDFs, forms) → Classify',
    );
    await expect(tab.getByRole('form', { name: FORM }).getByLabel('What you have')).toBeInViewport();
    await clean();
  });

  test('says so when nothing fits and offers the nearest combinations', async ({ page, problems }) => {
    void problems;
    await page.goto(PAGE);
    await choose(page, 'company-data', 'forecast');
    await expect(answer(page).locator('[data-slot="fits"]')).toContainText(
      'None of the services in this guide does this directly. Nearest combinations:',
    );
    await expect(answer(page).locator('[data-slot="misses"]')).toHaveText('None.');
    const nearest = answer(page).getByRole('link', { name: 'Tabular data (rows, events, time series) → Forecast' });
    await expect(nearest).toHaveAttribute('href', '../which-service/#explorer-tabular-forecast');
    await nearest.focus();
    await page.keyboard.press('Enter');
    await expect(explorer(page).getByLabel('What you have')).toHaveValue('tabular');
    await expect(explorer(page).getByLabel('What you want to do')).toHaveValue('forecast');
    await expect(answer(page).locator('[data-slot="title"]')).toBeFocused();
    await expect(answer(page).locator('[data-slot="fits"]')).toContainText(
      'Amazon SageMaker Canvas: No-code time-series',
    );
    await expect(answer(page).locator('[data-slot="misses"]')).toContainText(
      'Amazon Forecast (closed to new customers): The dedicated forecasting service',
    );
    await expect(page).toHaveURL(/\/aws-ai-services\/\?explorer\.have=tabular&explorer\.want=forecast#explorer-title$/);
  });

  test('ignores a bad choice in the address and keeps the good part', async ({ page, problems }) => {
    void problems;
    await page.goto(`${PAGE}?explorer.have=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&explorer.want=speak`);
    await ready(page);
    await expect(explorer(page).getByLabel('What you have')).toHaveValue('audio');
    await expect(explorer(page).getByLabel('What you want to do')).toHaveValue('speak');
    await expect(answer(page).locator('[data-slot="title"]')).toHaveText(
      'Audio (speech, calls) → Speak (text to speech)',
    );
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await page.goto(`${PAGE}?explorer.have=video%00&explorer.want=${'x'.repeat(5000)}&explorer.have=text`);
    await ready(page);
    await expect(explorer(page).getByLabel('What you have')).toHaveValue('audio');
    await expect(explorer(page).getByLabel('What you want to do')).toHaveValue('extract');
    await expect(answer(page).locator('[data-slot="title"]')).toHaveText('Audio (speech, calls) → Extract');
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`has no axe violations in ${scheme} mode with an answer that names closed services`, async ({
      page,
      problems,
    }) => {
      void problems;
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${PAGE}?explorer.have=company-data&explorer.want=converse`);
      await ready(page);
      await expect(answer(page)).toContainText('Amazon Q Business (closed to new customers');
      const results = await new AxeBuilder({ page }).include('aip-service-explorer').withTags(WCAG_TAGS).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
    });
  }

  test('fits a 390 px screen: no sideways scrolling, tables restyled as blocks, axe clean', async ({
    page,
    problems,
  }) => {
    void problems;
    test.slow();
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of [PAGE, TABLE]) {
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
    }
    await expect(page.getByRole('table', { name: 'You have: Text' })).toHaveCSS('display', 'block');
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
