// Builds DOM nodes from the pure vnode description (src/lib/calculators/vnode.ts). Text goes in as
// text nodes and attributes through setAttribute, so reader input can never become markup.
// Ships to the browser.
import type { VNode } from '../../lib/calculators/vnode.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

export function toDom(node: VNode, inSvg = false): Node {
  if (typeof node === 'string') return document.createTextNode(node);
  const svg = inSvg || node.tag === 'svg';
  const element = svg ? document.createElementNS(SVG_NS, node.tag) : document.createElement(node.tag);
  for (const [name, value] of Object.entries(node.attrs)) {
    if (!/^on/i.test(name)) element.setAttribute(name, String(value));
  }
  element.append(...node.children.map((child) => toDom(child, svg && node.tag !== 'foreignObject')));
  return element;
}
