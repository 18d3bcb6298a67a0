// The e2e suite's wait for a quiet network (fixtures.ts, followRequests): it must wait for a request
// that is slow to finish, and give up with the address of one that never does.
import { test, expect } from './fixtures.ts';

test('waits until a slow request has finished and the network has been quiet', async ({ page, network, problems }) => {
  void problems;
  let answered = 0;
  await page.route('**/slow-answer', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 700));
    answered = Date.now();
    await route.fulfill({ status: 200, body: 'late' });
  });
  await page.goto('');
  await page.evaluate(() => void fetch('slow-answer'));
  await network.quiet();
  expect(answered, 'the slow request was answered before the wait ended').toBeGreaterThan(0);
  expect(Date.now() - answered, 'and the wait lasted the quiet time after it').toBeGreaterThanOrEqual(450);
});

test('gives up, naming the request, when one never finishes', async ({ page, network }) => {
  await page.route('**/never-answered', () => undefined);
  await page.goto('');
  await page.evaluate(() => void fetch('never-answered').catch(() => undefined));
  await expect(network.quiet(1_500)).rejects.toThrow(/requests still open after 1500 ms: .*\/never-answered/);
});
