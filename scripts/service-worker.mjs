// Builds dist/sw.js from src/offline/sw.js, and the figures the Offline page shows: which files make
// the offline copy, in which group, how big each is as a compressing host sends it, and a version that
// changes whenever any of them changes. Pure functions, unit-tested in tests/unit/offline.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { formatBytes } from '../src/lib/offline/copy-status.ts';

export { formatBytes };

/** Text a host compresses; fonts, images and Pagefind's index files are compressed already. */
const COMPRESSED_BY_HOST = /\.(html|css|js|json|svg|webmanifest)$/;

/** Files worth having offline: pages, scripts, styles, woff2 fonts, icons, data and the search index. */
export function shouldSave(path) {
  if (path === 'sw.js') return false;
  // Pagefind's ready-made interfaces: the site has its own.
  if (/^pagefind\/pagefind-(ui|component-ui|modular-ui|highlight)/.test(path)) return false;
  // The whole bank in one file is for reuse, not for the pages: they fetch one small file per question.
  if (path === 'practice/bank.json') return false;
  return /\.(html|css|js|json|woff2|svg|png|webmanifest|pagefind|pf_meta|pf_index|pf_fragment|pf_filter)$/.test(path);
}

/** "search" (the Pagefind index and the best bets), "page" (HTML) or "asset" (what pages use). */
export function groupOf(path) {
  if (path.startsWith('pagefind/') || path === 'search-aliases.json') return 'search';
  return path.endsWith('.html') ? 'page' : 'asset';
}

/** Bytes a reader downloads for a file: gzipped (level 9) for text, as is for the rest. */
export function downloadSize(path, content) {
  return COMPRESSED_BY_HOST.test(path) ? gzipSync(content, { level: 9 }).length : content.length;
}

/**
 * The offline copy of a build: `files` are { path, content } relative to the site root. Pages are
 * listed under their folder URL ("glossary/"), as readers request them. The version is a hash of
 * every saved path and content, so any change to the site makes a new worker.
 */
export function offlineCopy(files) {
  const saved = files.filter((file) => shouldSave(file.path)).sort((a, b) => a.path.localeCompare(b.path));
  const version = createHash('sha256');
  const entries = saved.map((file) => {
    const hash = createHash('sha256').update(file.content).digest('hex').slice(0, 16);
    version.update(file.path).update('\0').update(hash).update('\0');
    const url = file.path.replace(/(^|\/)index\.html$/, '$1') || './';
    return [url, hash, downloadSize(file.path, file.content), groupOf(file.path)];
  });
  const bytes = (group) => entries.filter((entry) => !group || entry[3] === group).reduce((sum, e) => sum + e[2], 0);
  return {
    version: version.digest('hex').slice(0, 16),
    entries,
    pages: entries.filter((entry) => entry[3] === 'page').length,
    bytes: { all: bytes(), pages: bytes('page') + bytes('asset'), search: bytes('search') },
  };
}

/** The worker source for a build's offline copy. */
export function buildServiceWorker(template, copy) {
  return template.replace('__VERSION__', copy.version).replace('/* FILES */ []', JSON.stringify(copy.entries));
}

/**
 * Writes the copy's figures into the Offline page: each element marked data-offline="<figure>" gets its
 * text (all, pages, search: sizes; count: pages; files: files in the copy), so the page shows them without
 * JavaScript.
 */
export function fillOfflineFigures(html, copy) {
  const figures = {
    all: formatBytes(copy.bytes.all),
    pages: formatBytes(copy.bytes.pages),
    search: formatBytes(copy.bytes.search),
    count: String(copy.pages),
    files: String(copy.entries.length),
    'all-bytes': String(copy.bytes.all),
  };
  return html.replace(/(<[a-z]+[^>]*\sdata-offline="([a-z-]+)"[^>]*>)[^<]*(<\/)/g, (whole, open, name, close) =>
    name in figures ? `${open}${figures[name]}${close}` : whole,
  );
}
