// Marks the search terms (?highlight=term, added to result links) in the page's main text.
// Loaded only when that parameter is present. Ships to the browser.
import { findTermRanges } from '../../lib/search/highlight-terms.ts';

const SKIP = '.katex, script, style, .heading-anchor, .search-aliases, nav';
const terms = new URLSearchParams(window.location.search).getAll('highlight');
const root = document.querySelector('main article') ?? document.querySelector('main');

function markTextNode(node: Text): void {
  const ranges = findTermRanges(node.data, terms);
  for (const range of ranges.reverse()) {
    const hit = node.splitText(range.start);
    hit.splitText(range.end - range.start);
    const mark = document.createElement('mark');
    mark.className = 'search-hit';
    hit.replaceWith(mark);
    mark.append(hit);
  }
}

if (root && terms.length > 0) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  nodes.forEach(markTextNode);
}
