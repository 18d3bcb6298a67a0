// The one script every page loads: the header's small controls (search, theme, menu), KaTeX's fonts
// once the page is painted, and the watcher that loads each interactive element's code when the reader
// needs it (islands/islands.ts). Everything else arrives later, on demand. Ships to the browser on every page: the JavaScript budget of a
// content page is 3 KB gzipped (tests/dist/budgets.test.ts).
import './search/search-launcher.ts';
import './theme-switch.ts';
import './menu-toggle.ts';
import './katex-fonts.ts';
import { ISLANDS } from './islands/islands.ts';
import { loadWhenNeeded } from './islands/load-when-needed.ts';

loadWhenNeeded(ISLANDS);
