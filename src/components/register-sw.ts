// Registers the service worker that keeps the guide available offline (see src/offline/sw.js).
// Ships to the browser on every page; the worker itself exists only in production builds.
if ('serviceWorker' in navigator && import.meta.env.PROD) {
  const base = document.documentElement.dataset['base'] ?? '/';
  window.addEventListener('load', () => {
    navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => {
      // Offline use is an extra: the site works the same without it.
    });
  });
}
