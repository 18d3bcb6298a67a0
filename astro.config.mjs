// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified, rehypeHeadingIds } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { remarkMathFlag } from './src/plugins/remark-math-flag.mjs';
import { rehypeHeadingAnchors } from './src/plugins/rehype-heading-anchors.mjs';
import { rehypeSearchAliases } from './src/plugins/rehype-search-aliases.mjs';
import { rehypeFocusableScroll } from './src/plugins/rehype-focusable-scroll.mjs';
import { rehypeSectionObjectives } from './src/plugins/rehype-section-objectives.mjs';
import { cspMetaFirst } from './src/plugins/csp-meta-first.mjs';
import { katexCssPrune } from './src/plugins/katex-css-prune.mjs';
import { katexWoff2Only } from './src/plugins/katex-woff2-only.mjs';
import { leanDynamicImports } from './src/plugins/lean-dynamic-imports.mjs';
import { pageScriptChunk } from './src/plugins/page-script-chunk.mjs';

// One setting moves the whole site under a sub-path (e.g. a GitHub Pages project site):
// SITE_BASE=/aws-ai-practitioner/ npm run build. SITE_URL sets the origin for canonical links.
const base = process.env.SITE_BASE ?? '/';
const site = process.env.SITE_URL ?? 'http://localhost:4321';
// The one inline script (the theme, before first paint): allowed by its hash, like Astro's own scripts.
const themeInit = readFileSync(new URL('./src/components/theme-init.js', import.meta.url), 'utf8');
const themeInitHash = /** @type {`sha256-${string}`} */ (
  `sha256-${createHash('sha256').update(themeInit).digest('base64')}`
);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  integrations: [mdx(), sitemap(), cspMetaFirst(), katexCssPrune()],
  markdown: {
    // Astro 7's default Rust processor ignores remark/rehype plugins: KaTeX needs unified.
    processor: unified({
      remarkPlugins: [remarkMath, remarkMathFlag],
      rehypePlugins: [
        [rehypeKatex, { strict: 'error', throwOnError: false, output: 'htmlAndMathml' }],
        rehypeFocusableScroll,
        rehypeHeadingIds,
        rehypeSectionObjectives,
        rehypeHeadingAnchors,
        rehypeSearchAliases,
      ],
    }),
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        // Vite inlines a small KaTeX font as a data: URL.
        "font-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
      ],
      // Pagefind compiles its WebAssembly search engine in the browser.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [themeInitHash] },
      // KaTeX positions glyphs with inline style attributes; no inline <style> elements are allowed.
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  build: { format: 'directory' },
  vite: {
    plugins: [katexWoff2Only(), leanDynamicImports()],
    // One stylesheet for the whole site (about 8.4 KB gzipped), the same file on every page: one
    // render-blocking request, cached after the first page. KaTeX's stylesheet stays apart, linked only
    // by pages with formulas (BaseLayout).
    build: { cssCodeSplit: false },
    environments: { client: { build: { rolldownOptions: { output: { manualChunks: pageScriptChunk } } } } },
  },
});
