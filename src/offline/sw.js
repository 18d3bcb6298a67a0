// The site's service worker: after the first visit, the whole guide, its search index and the study
// tools work offline. scripts/finish-build.mjs fills in VERSION (a hash of the build) and PRECACHE (every
// page, script, stylesheet, font and search file, relative to this file), so each deploy gets a new
// cache and the old one is dropped when the new worker activates.
const VERSION = '__VERSION__';
const PRECACHE = /* PRECACHE */ [];
const CACHE = `aip-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE.map((path) => new URL(path, self.registration.scope).href)))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((key) => key.startsWith('aip-') && key !== CACHE).map((key) => caches.delete(key))),
      )
      .then(() => self.clients.claim()),
  );
});

// Cache first (ignoring ?query: calculator state, search highlights, Pagefind's cache-busting; and
// ignoring Vary: servers send "Vary: Origin", which would miss for fonts and module scripts), then the
// network; a missing page offline falls back to the cached 404 page.
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.match(request, { ignoreSearch: true, ignoreVary: true }).then(
      (cached) =>
        cached ??
        fetch(request).catch(async () => {
          if (request.mode === 'navigate') {
            const fallback = await caches.match(new URL('404.html', self.registration.scope).href);
            if (fallback) return fallback;
          }
          return Response.error();
        }),
    ),
  );
});
