// Adds KaTeX's @font-face rules once the page has been painted: with them in the render-blocking
// stylesheet, the first layout fetched the formulas' fonts before anything was drawn (see
// src/plugins/katex-css-prune.mjs). Part of the page script. Without JavaScript, a <noscript> link
// loads them at once.
import { afterFirstPaint } from './after-first-paint.ts';

const link = document.querySelector<HTMLLinkElement>('link[data-fonts]');
if (link?.dataset['fonts']) {
  const href = link.dataset['fonts'];
  afterFirstPaint(() => {
    const fonts = document.createElement('link');
    fonts.rel = 'stylesheet';
    fonts.href = href;
    document.head.append(fonts);
  });
}
