// Screenshots of built pages as a reader sees them: light and dark, 390 px and 1280 px wide, full page.
// Usage: npm run build, then
//   node scripts/screenshots.mjs [--port 4400] [--out screenshots] [--shot NAME=SELECTOR] /path/ [/other/ ...]
// It serves dist/ itself on the port (a static server, like a host) and writes
// <out>/<page>-<light|dark>-<width>.png (screenshots/ is ignored by git). With --shot, it also writes
// a picture of the element matching SELECTOR on each page (e.g. --shot explorer=aip-service-explorer).
// With --split, each full page is also cut into screen-sized parts (<name>-<scheme>-<width>-<n>.png) that
// are small enough to read in an image viewer.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  if (index === -1) return fallback;
  const [value] = args.splice(index, 2).slice(1);
  return value;
};
const port = Number(option('--port', '4400'));
const out = option('--out', 'screenshots');
const shot = option('--shot', undefined);
const splitAt = args.indexOf('--split');
const split = splitAt !== -1;
if (split) args.splice(splitAt, 1);
const paths = args.length ? args : ['/'];
mkdirSync(out, { recursive: true });

const server = spawn(process.execPath, ['scripts/serve-static.mjs', 'dist', String(port), '/'], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 600));
const browser = await chromium.launch({
  executablePath: await findChromium(),
  args: CHROMIUM_ARGS,
});
try {
  for (const path of paths) {
    for (const scheme of ['light', 'dark']) {
      for (const width of [390, 1280]) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
        await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'networkidle' });
        const name = path.replace(/^\/|\/$/g, '').replace(/[/?#=&]+/g, '_') || 'home';
        const file = join(out, `${name}-${scheme}-${width}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
        if (split) {
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          const part = width < 600 ? 1200 : 900;
          for (let top = 0, n = 1; top < height; top += part, n += 1) {
            const piece = join(out, `${name}-${scheme}-${width}-${n}.png`);
            await page.screenshot({
              path: piece,
              fullPage: true,
              clip: { x: 0, y: top, width, height: Math.min(part, height - top) },
            });
          }
        }
        if (shot) {
          const [label, selector] = shot.split('=');
          const element = page.locator(selector).first();
          if (await element.count()) {
            const part = join(out, `${name}-${label}-${scheme}-${width}.png`);
            await element.screenshot({ path: part });
            console.log(part);
          }
        }
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  server.kill();
}
