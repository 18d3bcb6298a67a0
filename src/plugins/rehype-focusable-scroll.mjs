// Display formulas and tables scroll sideways on narrow screens. A scrollable region must be reachable
// by keyboard (WCAG 2.1.1; axe "scrollable-region-focusable"), so each gets tabindex=0.
// Runs after rehype-katex.

/** @param {any} node */
function hasClass(node, name) {
  const value = node.properties?.className;
  return Array.isArray(value) ? value.includes(name) : value === name;
}

export function rehypeFocusableScroll() {
  /** @param {any} node */
  const walk = (node) => {
    for (const child of node.children ?? []) {
      if (child.type === 'element' && (hasClass(child, 'katex-display') || child.tagName === 'table')) {
        child.properties.tabIndex = 0;
      } else walk(child);
    }
  };
  return walk;
}
