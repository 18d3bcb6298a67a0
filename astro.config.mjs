// @ts-check
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

// One setting moves the whole site under a sub-path (e.g. a GitHub Pages project site):
// SITE_BASE=/aws-ai-practitioner/ npm run build. SITE_URL sets the origin for canonical links.
const base = process.env.SITE_BASE ?? '/';
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  integrations: [mdx(), sitemap()],
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
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      // KaTeX positions glyphs with inline style attributes; no inline <style> elements are allowed.
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  build: { format: 'directory' },
});
