// Gives search the other names of a term. Pagefind has no synonyms, so after each section heading that
// the glossary points to, this adds a hidden line with the term and its aliases ("RAG", "retrieval
// augmented generation", "top p", ...). The glossary (content/glossary/*.json) is the one list of them.
import { basename } from 'node:path';
import { readGlossary } from '../node/content-files.mjs';
import { aliasListText } from '../lib/search/alias-list.ts';

/** @returns {Map<string, string[]>} "page#anchor" -> names to index there. */
function loadAliases() {
  /** @type {{ term: string, aliases?: string[], page: string, anchor?: string }[]} */
  const entries = /** @type {any} */ (readGlossary());
  const byTarget = new Map();
  for (const entry of entries) {
    const key = `${entry.page}#${entry.anchor ?? ''}`;
    const names = byTarget.get(key) ?? [];
    names.push(entry.term, ...(entry.aliases ?? []));
    byTarget.set(key, names);
  }
  return byTarget;
}

/** @param {string[]} names */
function aliasNode(names) {
  return {
    type: 'element',
    tagName: 'p',
    properties: { hidden: true, className: ['search-aliases'] },
    children: [{ type: 'text', value: aliasListText(names) }],
  };
}

export function rehypeSearchAliases() {
  /** @param {any} tree @param {any} file */
  return (tree, file) => {
    if (!file.path) return;
    const slug = basename(file.path).replace(/\.mdx?$/, '');
    const aliases = loadAliases();
    const pageNames = aliases.get(`${slug}#`);
    const children = [];
    if (pageNames) children.push(aliasNode(pageNames));
    for (const node of tree.children) {
      children.push(node);
      const id = node.type === 'element' && /^h[2-6]$/.test(node.tagName) ? node.properties?.id : undefined;
      const names = id ? aliases.get(`${slug}#${id}`) : undefined;
      if (names) children.push(aliasNode(names));
    }
    tree.children = children;
  };
}
