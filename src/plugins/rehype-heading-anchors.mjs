// Appends a "#" link to every h2-h4 that has an id, so readers can copy a link to a section.
// Runs after rehypeHeadingIds. The link's accessible name says where it goes; search ignores it.
const LINKED = new Set(['h2', 'h3', 'h4']);

/** Plain text of a hast node (KaTeX's hidden MathML included, which is what a screen reader hears). */
function textOf(/** @type {any} */ node) {
  if (node.type === 'text') return node.value;
  return (node.children ?? []).map(textOf).join('');
}

export function rehypeHeadingAnchors() {
  /** @param {any} node */
  const walk = (node) => {
    for (const child of node.children ?? []) {
      if (child.type === 'element' && LINKED.has(child.tagName) && child.properties?.id) {
        child.children.push({
          type: 'element',
          tagName: 'a',
          properties: {
            className: ['heading-anchor'],
            href: `#${child.properties.id}`,
            ariaLabel: `Link to section: ${textOf(child).trim()}`,
            dataPagefindIgnore: '',
          },
          children: [{ type: 'text', value: '#' }],
        });
      } else {
        walk(child);
      }
    }
  };
  return walk;
}
