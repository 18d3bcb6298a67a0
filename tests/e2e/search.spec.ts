import { test, expect } from './fixtures.ts';

test.describe('search dialog', () => {
  test('opens from the header button, finds a term and opens the result with Enter', async ({ page, problems }) => {
    void problems;
    await page.goto('');
    await page.getByRole('button', { name: 'Search' }).click();
    const dialog = page.getByRole('dialog', { name: 'Search the guide' });
    await expect(dialog).toBeVisible();
    const box = dialog.getByRole('combobox', { name: 'Search terms' });
    await expect(box).toBeFocused();
    await box.fill('precision');
    const options = dialog.getByRole('listbox', { name: 'Search results' }).getByRole('option');
    await expect(options.first()).toBeVisible();
    await box.press('ArrowDown');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    await expect(box).toHaveAttribute('aria-activedescendant', (await options.first().getAttribute('id')) ?? '');
    const href = await options.first().getByRole('link').getAttribute('href');
    await box.press('Enter');
    await expect(page).toHaveURL(new URL(href ?? '', page.url()).href);
  });

  test('opens with "/" and with Ctrl+K, and closes with Escape', async ({ page, problems }) => {
    void problems;
    await page.goto('');
    const dialog = page.getByRole('dialog', { name: 'Search the guide' });
    await page.keyboard.press('/');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await page.keyboard.press('Control+k');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('loads no search code before it is used', async ({ page, network, problems }) => {
    void problems;
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto('');
    await network.quiet();
    expect(requests.filter((url) => url.includes('pagefind') || url.includes('search-element'))).toEqual([]);
  });

  test('announces how many results a query found', async ({ page, problems }) => {
    void problems;
    await page.goto('');
    await page.keyboard.press('/');
    await page.getByRole('combobox', { name: 'Search terms' }).fill('regularization');
    const options = page.getByRole('dialog').getByRole('listbox', { name: 'Search results' }).getByRole('option');
    await expect(options.first()).toBeVisible();
    const count = await options.count();
    await expect(page.getByRole('dialog').getByRole('status')).toHaveText(
      `${count} result${count === 1 ? '' : 's'} for “regularization”`,
    );
  });
});

test.describe('search page', () => {
  test('shows results for a deep link /search/?q=term', async ({ page, problems }) => {
    void problems;
    await page.goto('search/?q=perplexity');
    await expect(page.locator('main').getByRole('combobox', { name: 'Search terms' })).toHaveValue('perplexity');
    await expect(
      page.locator('main').getByRole('listbox', { name: 'Search results' }).getByRole('option').first(),
    ).toContainText(/perplexity/i);
  });

  test('excerpts show the page text, not the hidden alias lines or filter values', async ({ page, problems }) => {
    void problems;
    await page.goto('search/?q=perplexity');
    const options = page.locator('main').getByRole('listbox', { name: 'Search results' }).getByRole('option');
    await expect(options.first()).toBeVisible();
    // "perplexity" has aliases (PPL, cross-entropy) on its section, and its page is tagged Domain 2 and 3.
    for (const text of await options.allTextContents()) {
      expect(text).not.toMatch(/Also searched as|[⟦⟧]|Domain \dDomain/);
    }
  });

  test('lists every topic without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('search/?q=bleu');
    await expect(page.getByRole('heading', { name: 'All topics' })).toBeVisible();
    expect(await page.locator('main li a').count()).toBeGreaterThanOrEqual(10);
    await context.close();
  });
});
