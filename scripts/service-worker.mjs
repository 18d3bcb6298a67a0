// Builds dist/sw.js from src/offline/sw.js: which files to precache, and a version that changes
// whenever any of them changes. Pure functions, unit-tested in tests/unit/offline.
import { createHash } from 'node:crypto';

/** Files worth having offline: pages, scripts, styles, woff2 fonts, the icons and the search index. */
export function shouldPrecache(path) {
  if (
    path === 'sw.js' ||
    path.startsWith('pagefind/pagefind-ui') ||
    path.startsWith('pagefind/pagefind-component-ui')
  ) {
    return false;
  }
  if (path.startsWith('pagefind/pagefind-modular-ui') || path.endsWith('pagefind-highlight.js')) return false;
  // The whole bank in one file is for reuse, not for the pages: they fetch one small file per question.
  if (path === 'practice/bank.json') return false;
  return /\.(html|css|js|json|woff2|svg|png|webmanifest|pagefind|pf_meta|pf_index|pf_fragment|pf_filter)$/.test(path);
}

/**
 * The worker source for a build: `files` are { path, content } relative to the site root. The version
 * is a hash of every precached path and content, so any change to the site makes a new cache.
 */
export function buildServiceWorker(template, files) {
  const precached = files.filter((file) => shouldPrecache(file.path)).sort((a, b) => a.path.localeCompare(b.path));
  const hash = createHash('sha256');
  for (const file of precached) hash.update(file.path).update('\0').update(file.content).update('\0');
  const version = hash.digest('hex').slice(0, 16);
  // Pages are cached under their folder URL ("glossary/"), as readers request them.
  const urls = precached.map((file) => file.path.replace(/(^|\/)index\.html$/, '$1') || './');
  return template.replace('__VERSION__', version).replace('/* PRECACHE */ []', JSON.stringify(urls));
}
