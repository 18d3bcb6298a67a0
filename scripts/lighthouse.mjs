// `npm run lighthouse`: Lighthouse (mobile defaults) against the built site, served locally.
// Targets: performance >= 0.95; accessibility, best practices and SEO = 1.00, on the home page and on a
// math-heavy page. Prints a table and exits non-zero when a target is missed. Needs `npm run build`.
import { spawn } from 'node:child_process';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { findChromium } from './find-chromium.mjs';

const PORT = 4329;
const PAGES = ['', 'classification-metrics/'];
const TARGETS = { performance: 0.95, accessibility: 1, 'best-practices': 1, seo: 1 };

const server = spawn('node', ['scripts/serve-static.mjs', 'dist', String(PORT), '/'], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 500));
const chrome = await chromeLauncher.launch({
  chromePath: await findChromium(),
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
let failed = false;
try {
  console.log('| page | performance | accessibility | best practices | SEO |\n| --- | --- | --- | --- | --- |');
  for (const path of PAGES) {
    const url = `http://127.0.0.1:${PORT}/${path}`;
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    const categories = result?.lhr.categories ?? {};
    const scores = Object.keys(TARGETS).map((key) => categories[key]?.score ?? 0);
    Object.entries(TARGETS).forEach(([key, target], index) => {
      if ((scores[index] ?? 0) < target) failed = true;
      void key;
    });
    console.log(`| /${path} | ${scores.map((score) => score.toFixed(2)).join(' | ')} |`);
  }
} finally {
  await chrome.kill();
  server.kill();
}
if (failed) {
  console.error('A Lighthouse target was missed.');
  process.exit(1);
}
