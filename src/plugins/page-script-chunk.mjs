// Rolldown's manualChunks for the browser build: the page script (src/components/page-script.ts, the
// one script every page loads) is a single file. Without this, the small helper that dynamic imports
// share (vite/preload-helper) becomes a chunk of its own that the page script imports: a second
// request on every page, one level deeper. Lazily loaded chunks that need the helper import it from
// the page script, which is already loaded.
const PAGE_SCRIPT = [
  /vite\/preload-helper/,
  /BaseLayout\.astro\?astro&type=script/,
  /src\/components\/page-script\.ts$/,
];

/** @param {string} id */
export function pageScriptChunk(id) {
  return PAGE_SCRIPT.some((pattern) => pattern.test(id)) ? 'page' : undefined;
}
