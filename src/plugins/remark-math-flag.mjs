// Marks a Markdown/MDX file that contains math so its page, and only its page, loads KaTeX's CSS.
const MATH_NODES = new Set(['math', 'inlineMath']);

/** @param {{ type: string, children?: unknown[] }} node */
function containsMath(node) {
  if (MATH_NODES.has(node.type)) return true;
  return (node.children ?? []).some((child) => containsMath(/** @type {any} */ (child)));
}

export function remarkMathFlag() {
  /** @param {any} tree @param {any} file */
  return (tree, file) => {
    const astro = (file.data.astro ??= {});
    astro.frontmatter = { ...(astro.frontmatter ?? {}), hasMath: containsMath(tree) };
  };
}
