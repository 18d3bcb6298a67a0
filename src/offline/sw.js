// The site's service worker. It is registered only when the reader asks for an offline copy (the
// "Save for offline use" button of the Offline page, src/components/offline/): a first visit downloads
// nothing but the page. Installing it downloads the copy, assets and pages first, then the search index,
// and tells the open pages how far it got. When a later visit finds a new build, the browser installs
// the new worker, which downloads only the files whose content changed. Then every request is answered
// from the copy first, so the whole guide, its search and its calculators work offline.
// scripts/finish-build.mjs fills in VERSION (a hash of the build) and FILES (each file's path relative to
// this worker's scope, a hash of its content, its size as a compressing host sends it, and its group).
const VERSION = '__VERSION__';
/** @type {[path: string, hash: string, bytes: number, group: 'page' | 'asset' | 'search'][]} */
const FILES = /* FILES */ [];
const COPY = 'aip-offline';
/** One entry: what the copy holds ({ version, savedAt, files: { path: [hash, bytes, group] } }). */
const INDEX = 'aip-offline-index';
const INDEX_URL = new URL('offline-index', self.registration.scope).href;
const PARALLEL = 4;
// Content-hashed names: a file under one of these names never changes, so any copy of it will do.
const IMMUTABLE = /^(_astro\/|pagefind\/(fragment|index|filter)\/)/;

const urlOf = (path) => new URL(path, self.registration.scope).href;

async function readIndex() {
  const response = await (await caches.open(INDEX)).match(INDEX_URL);
  const index = response ? await response.json().catch(() => null) : null;
  return index && typeof index.files === 'object' && index.files ? index : { files: {} };
}

async function writeIndex(index) {
  const body = JSON.stringify(index);
  await (
    await caches.open(INDEX)
  ).put(INDEX_URL, new Response(body, { headers: { 'content-type': 'application/json' } }));
}

async function tell(message) {
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  for (const client of windows) client.postMessage({ type: 'aip-offline', ...message });
}

async function download(cache, path) {
  const url = urlOf(path);
  const reusable = IMMUTABLE.test(path) ? await caches.match(url) : undefined;
  if (reusable) return cache.put(url, reusable);
  // Pages and other unhashed files are checked with the server, never taken stale from the HTTP cache.
  const response = await fetch(url, { cache: IMMUTABLE.test(path) ? 'default' : 'no-cache' });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return cache.put(url, response);
}

/** Downloads every file the copy lacks or holds in an older version: assets and pages, then search. */
async function saveCopy() {
  const cache = await caches.open(COPY);
  const index = await readIndex();
  const missing = FILES.filter(([path, hash]) => index.files[path]?.[0] !== hash);
  const order = { asset: 0, page: 1, search: 2 };
  missing.sort((a, b) => order[a[3]] - order[b[3]]);
  const total = { files: FILES.length, bytes: FILES.reduce((sum, file) => sum + file[2], 0) };
  let done = FILES.length - missing.length;
  let bytes = total.bytes - missing.reduce((sum, file) => sum + file[2], 0);
  let failure;
  let next = 0;
  const worker = async () => {
    while (next < missing.length && !failure) {
      const [path, hash, size, group] = missing[next++];
      try {
        await download(cache, path);
        index.files[path] = [hash, size, group];
        done += 1;
        bytes += size;
        if (done % 10 === 0 || done === total.files) {
          await tell({ state: 'saving', phase: group === 'search' ? 'search' : 'pages', done, bytes, total });
        }
      } catch (error) {
        failure = error;
      }
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  // What arrived is recorded even after a failure, so trying again resumes where it stopped.
  await writeIndex({ ...index, version: failure ? index.version : VERSION, savedAt: new Date().toISOString() });
  if (failure) {
    await tell({ state: 'failed', done, bytes, total, reason: String(failure.message ?? failure) });
    throw failure;
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(saveCopy().then(() => self.skipWaiting()));
});

// Once the new copy is complete: drop the files this build no longer has, and the caches of the
// earlier worker (named aip-<version>), which precached the whole site on every first visit.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const current = new Set(FILES.map(([path]) => urlOf(path)));
      const cache = await caches.open(COPY);
      for (const request of await cache.keys()) if (!current.has(request.url)) await cache.delete(request);
      const index = await readIndex();
      for (const path of Object.keys(index.files)) if (!current.has(urlOf(path))) delete index.files[path];
      await writeIndex(index);
      for (const key of await caches.keys()) if (/^aip-[0-9a-f]{16}$/.test(key)) await caches.delete(key);
      await self.clients.claim();
      await tell({ state: 'saved' });
    })(),
  );
});

// The copy first (ignoring ?query: calculator state, search highlights, Pagefind's cache-busting; and
// ignoring Vary: servers send "Vary: Origin", which would miss for fonts and module scripts), then the
// network; a missing page offline falls back to the saved 404 page.
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    // caches.match with a cacheName, not caches.open: after the copy is removed, nothing recreates it.
    caches.match(request, { cacheName: COPY, ignoreSearch: true, ignoreVary: true }).then(
      (saved) =>
        saved ??
        fetch(request).catch(async () => {
          if (request.mode === 'navigate') {
            const fallback = await caches.match(urlOf('404.html'), { cacheName: COPY });
            if (fallback) return fallback;
          }
          return Response.error();
        }),
    ),
  );
});
