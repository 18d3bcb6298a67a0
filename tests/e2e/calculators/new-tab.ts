// Opens a shared link in a second tab of the same browser context, as a reader following the link
// would. The first tab stays where it is, so none of its requests (the icon, the service worker) is
// cut off by navigating it away; the new tab is watched for the same problems as the first.
import type { Page } from '@playwright/test';
import { expect, followRequests, watchProblems } from '../fixtures.ts';

export async function openInNewTab(page: Page, link: string): Promise<{ tab: Page; clean: () => Promise<void> }> {
  const tab = await page.context().newPage();
  const problems = await watchProblems(tab);
  const network = followRequests(tab);
  await tab.goto(link);
  return {
    tab,
    clean: async () => {
      await network.quiet();
      expect(problems, 'console errors, failed requests, exceptions or CSP violations in the new tab').toEqual({
        console: [],
        requests: [],
        exceptions: [],
        csp: [],
      });
    },
  };
}
