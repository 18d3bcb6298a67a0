// The HTML pages of a build, as the files and the addresses a reader opens ("index.html" -> "/",
// "glossary/index.html" -> "/glossary/", "404.html" -> "/404.html"); Pagefind's files are not pages.
import { readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';

/** @returns {{ file: string, path: string }[]} sorted by address */
export function listBuiltPages(dir) {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => name.split(sep).join('/'))
    .filter((name) => name.endsWith('.html') && !name.startsWith('pagefind/') && statSync(join(dir, name)).isFile())
    .map((file) => ({ file, path: `/${file.replace(/(^|\/)index\.html$/, '$1')}` }))
    .sort((a, b) => a.path.localeCompare(b.path));
}
