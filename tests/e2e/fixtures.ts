// Shared helpers for end-to-end tests: the list of built pages, and a page fixture that records
// console errors, failed requests, uncaught exceptions and CSP violations.
import { test as base, expect, type Page } from '@playwright/test';
import { SITES, listPages, pageUrl } from '../dist/built-site.ts';

/** Site-relative paths of every built page ("", "glossary/", ...), 404 excluded. */
export const PAGE_PATHS = listPages(SITES[0]!)
  .filter((page) => page !== '404.html')
  .map((page) => pageUrl(SITES[0]!, page).slice(1));

export interface PageProblems {
  console: string[];
  requests: string[];
  exceptions: string[];
  csp: string[];
}

export async function watchProblems(page: Page): Promise<PageProblems> {
  const problems: PageProblems = { console: [], requests: [], exceptions: [], csp: [] };
  page.on('console', (message) => {
    // Playwright's own notice when a test blocks service workers (the default here) is not a site problem.
    if (message.text() === 'Service Worker registration blocked by Playwright') return;
    if (message.type() === 'error' || message.type() === 'warning') problems.console.push(message.text());
  });
  page.on('pageerror', (error) => problems.exceptions.push(error.message));
  page.on('requestfailed', (request) => {
    // A load canceled because the test navigated away (net::ERR_ABORTED) is not a broken resource.
    const error = request.failure()?.errorText ?? '';
    if (error !== 'net::ERR_ABORTED') problems.requests.push(`${request.url()} ${error}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.requests.push(`${response.url()} ${response.status()}`);
  });
  await page.exposeFunction('__reportCspViolation', (text: string) => problems.csp.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __reportCspViolation(text: string): void }).__reportCspViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  return problems;
}

export const test = base.extend<{ problems: PageProblems }>({
  problems: async ({ page }, use) => {
    const problems = await watchProblems(page);
    await use(problems);
    expect(problems, 'console errors, failed requests, exceptions or CSP violations').toEqual({
      console: [],
      requests: [],
      exceptions: [],
      csp: [],
    });
  },
});

export { expect };
