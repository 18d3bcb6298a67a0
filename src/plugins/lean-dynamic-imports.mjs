// A Vite plugin for the browser build: dynamic import() stays a plain import().
// Vite wraps every dynamic import in a helper that first preloads the imported chunk's own imports and
// stylesheets, and lists every such file name in the importing chunk. The page script imports each
// island's code dynamically (src/components/islands/islands.ts), so on this site the helper and its
// lists would be about 1.2 KB gzipped of the 3 KB that a content page may run on load, growing with
// every island. Without them an island's chunk arrives, then its imports (one level: Rolldown gives each
// shared module set one chunk); islands start loading 400 px before they are in view, so that round
// trip is not felt. There is no CSS to preload: the site has one stylesheet (cssCodeSplit: false).
const PRELOAD_HELPER = '\0vite/preload-helper.js';

/** @returns {import('vite').Plugin} */
export function leanDynamicImports() {
  return {
    name: 'aip:lean-dynamic-imports',
    enforce: 'pre',
    // Astro fixes modulePreload for its own build config; the client environment's can still be set.
    configEnvironment(name) {
      if (name === 'client') return { build: { modulePreload: false } };
      return undefined;
    },
    // With modulePreload off, the helper has nothing to preload: it only calls the import.
    load(id) {
      if (this.environment?.name !== 'client' || id !== PRELOAD_HELPER) return undefined;
      return 'export const __vitePreload = (load) => load();';
    },
  };
}
