// Runs after `astro build`: indexes the site for search (Pagefind, configured by pagefind.yml) and
// writes the service worker with this build's file list. Usage: node scripts/finish-build.mjs <dir>
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { buildServiceWorker } from './service-worker.mjs';

const dir = process.argv[2] ?? 'dist';
const pagefind = new URL('../node_modules/.bin/pagefind', import.meta.url).pathname;
execFileSync(pagefind, ['--site', dir], { stdio: 'inherit' });

const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
  .filter((name) => statSync(join(dir, name)).isFile())
  .map((name) => ({ path: name.split(sep).join('/'), content: readFileSync(join(dir, name)) }));
const template = readFileSync(new URL('../src/offline/sw.js', import.meta.url), 'utf8');
writeFileSync(join(dir, 'sw.js'), buildServiceWorker(template, files));
console.log(`Service worker written to ${join(dir, 'sw.js')}`);
