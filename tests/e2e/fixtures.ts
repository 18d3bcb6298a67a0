// Shared helpers for end-to-end tests: the list of built pages, and a page fixture that records
// console errors, failed requests, uncaught exceptions and CSP violations.
import { test as base, expect, type Page, type Request } from '@playwright/test';
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

export interface NetworkQuiet {
  /**
   * Resolves once the page has fired `load` and none of its requests (its workers' included) has been
   * open for QUIET_MS; past `timeout` it fails and names the requests still open.
   */
  quiet(timeout?: number): Promise<void>;
}

// Playwright's "networkidle" means no connection for 500 ms; its authors advise against it, and here it
// once waited past the 30 s test timeout on a page whose requests were three small files (a fresh-clone
// run, 2026-12-03; not seen again in 120 loads of that page). This counts the page's own requests, with
// the same 500 ms, and when it gives up it says which request kept it waiting.
const QUIET_MS = 500;

/** Follows the requests of `page` from now on (call it before `goto`). */
export function followRequests(page: Page): NetworkQuiet {
  const open = new Set<Request>();
  page.on('request', (request) => open.add(request));
  page.on('requestfinished', (request) => open.delete(request));
  page.on('requestfailed', (request) => open.delete(request));
  return {
    async quiet(timeout = 15_000) {
      await page.waitForLoadState('load');
      const start = Date.now();
      let quietSince = start;
      for (;;) {
        const now = Date.now();
        if (open.size > 0) quietSince = now;
        else if (now - quietSince >= QUIET_MS) return;
        if (now - start > timeout) {
          throw new Error(`requests still open after ${timeout} ms: ${[...open].map((r) => r.url()).join(', ')}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
}

export const test = base.extend<{ problems: PageProblems; network: NetworkQuiet }>({
  network: async ({ page }, use) => {
    await use(followRequests(page));
  },
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
