// Every custom element whose code loads when needed, by tag: one line each. Only the tags present on a
// page are watched, so a line costs a page nothing but its few bytes here. The page script calls
// loadWhenNeeded with this list (see docs/ISLANDS.md). Ships to the browser on every page.
import type { IslandLoader } from './load-when-needed.ts';

export const ISLANDS: Readonly<Record<string, IslandLoader>> = {
  // Calculators
  'aip-bias-calculator': () => import('../calculators/bias-calculator.ts'),
  'aip-bleu-calculator': () => import('../calculators/bleu-calculator.ts'),
  'aip-confusion-calculator': () => import('../calculators/confusion-calculator.ts'),
  'aip-data-split-calculator': () => import('../calculators/data-split-calculator.ts'),
  'aip-perplexity-calculator': () => import('../calculators/perplexity-calculator.ts'),
  'aip-regression-calculator': () => import('../calculators/regression-calculator.ts'),
  'aip-roc-calculator': () => import('../calculators/roc-calculator.ts'),
  'aip-rouge-calculator': () => import('../calculators/rouge-calculator.ts'),
  'aip-sampling-calculator': () => import('../calculators/sampling-calculator.ts'),
  'aip-token-cost-calculator': () => import('../calculators/token-cost-calculator.ts'),
  // Study tools
  'aip-self-check': () => import('../study/self-check.ts'),
  'aip-studied-toggle': () => import('../study/studied-toggle.ts'),
  'aip-flashcards': () => import('../study/flashcards.ts'),
  'aip-progress-dashboard': () => import('../study/progress-dashboard.ts'),
  // Which service? explorer
  'aip-service-explorer': () => import('../explorer/service-explorer.ts'),
  // Practice exams
  'aip-practice-home': () => import('../practice/practice-home.ts'),
  'aip-practice-session': () => import('../practice/practice-session.ts'),
  // Offline use
  'aip-offline-copy': () => import('../offline/offline-copy.ts'),
};
