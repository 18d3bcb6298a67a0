// A tiny, DOM-free description of markup (for charts and highlighted text), so one pure function
// builds it for both the server-rendered first result and the browser's updates. The server turns it
// into escaped HTML (toHtml); the browser builds real nodes with textContent (dom.ts). Text is always
// text: nothing a reader types can become markup. Ships to the browser.

export interface VElement {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string | number>>;
  readonly children: readonly VNode[];
}
export type VNode = VElement | string;

/** Builds an element: h('rect', { x: 0, width: 10 }), h('p', {}, ['text']). */
export function h(
  tag: string,
  attrs: Record<string, string | number | undefined> = {},
  children: readonly VNode[] = [],
): VElement {
  const defined: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) defined[name] = value;
  return { tag, attrs: defined, children };
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
const SAFE_NAME = /^[a-zA-Z][a-zA-Z0-9:-]*$/;

/** Serializes a node to HTML with every text and attribute value escaped. */
export function toHtml(node: VNode): string {
  if (typeof node === 'string') return escapeHtml(node);
  if (!SAFE_NAME.test(node.tag)) throw new Error(`toHtml: bad tag name ${node.tag}`);
  const attrs = Object.entries(node.attrs)
    .filter(([name]) => SAFE_NAME.test(name) && !/^on/i.test(name))
    .map(([name, value]) => ` ${name}="${escapeHtml(String(value))}"`)
    .join('');
  return `<${node.tag}${attrs}>${node.children.map(toHtml).join('')}</${node.tag}>`;
}
