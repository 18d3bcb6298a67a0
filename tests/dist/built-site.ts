// Reads a built site (dist/ or dist-subpath/) for the checks in this folder. Astro writes attributes
// in double quotes, so plain patterns find links and ids reliably in its output.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface BuiltSite {
  /** Folder of the build, e.g. "dist". */
  dir: string;
  /** The base path it was built for, e.g. "/" or "/aws-ai-practitioner/". */
  base: string;
}

export const SITES: BuiltSite[] = [
  { dir: 'dist', base: '/' },
  { dir: 'dist-subpath', base: process.env['SUBPATH_BASE'] ?? '/aws-ai-practitioner/' },
];

export function listFiles(dir: string, extension: string): string[] {
  if (!existsSync(dir)) throw new Error(`${dir}/ does not exist: build the site first`);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(extension) && statSync(join(dir, name)).isFile())
    .map((name) => name.split(sep).join('/'))
    .sort();
}

/** The site's HTML pages, as paths relative to the build folder ("index.html", "glossary/index.html"). */
export function listPages(site: BuiltSite): string[] {
  return listFiles(site.dir, '.html').filter((page) => !page.startsWith('pagefind/'));
}

export function readPage(site: BuiltSite, page: string): string {
  return readFileSync(join(site.dir, page), 'utf8');
}

/** Values of href, src and srcset-free url attributes in the page. */
export function attributeUrls(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((match) => decodeHtml(match[1] ?? ''));
}

export function elementIds(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((match) => decodeHtml(match[1] ?? '')));
}

export function decodeHtml(value: string): string {
  return value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/** The file a site-absolute path maps to, or undefined if it is outside the base or missing. */
export function resolveToFile(site: BuiltSite, pathname: string): string | undefined {
  if (!pathname.startsWith(site.base)) return undefined;
  const inside = decodeURIComponent(pathname.slice(site.base.length));
  const candidates = inside === '' || inside.endsWith('/') ? [`${inside}index.html`] : [inside, `${inside}/index.html`];
  return candidates.find((candidate) => existsSync(join(site.dir, candidate)) && statSync(join(site.dir, candidate)).isFile());
}

export function pageUrl(site: BuiltSite, page: string): string {
  return site.base + page.replace(/(^|\/)index\.html$/, '$1');
}

export function relativeToRoot(path: string): string {
  return relative(process.cwd(), path);
}
