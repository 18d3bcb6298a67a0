// Collects the exam objectives each section of an MDX page is tagged with (<Objectives ids="1.2.5 2.3.1" />
// under a heading) into the page's frontmatter as `sectionObjectives`: [{ anchor, heading, objectives }].
// The blueprint page, the coverage report and the coverage tests read it, so the objective map of the
// site is computed from the pages themselves. Runs after rehypeHeadingIds, which gives headings their ids.
// An unknown or malformed objective number, or a tag before any heading, fails the build.
import { OBJECTIVE_IDS } from '../lib/exam/objectives.ts';

const KNOWN = new Set(OBJECTIVE_IDS);
const SECTION_HEADINGS = new Set(['h2', 'h3', 'h4']);

/** Plain text of a hast node, without the "#" anchor link a later plugin adds. */
function textOf(/** @type {any} */ node) {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' && node.properties?.className?.includes?.('heading-anchor')) return '';
  return (node.children ?? []).map(textOf).join('');
}

/** The `ids` attribute of an <Objectives> element, split into objective numbers. */
export function parseObjectiveIds(/** @type {string} */ value) {
  return value
    .split(/[\s,]+/)
    .map((id) => id.trim())
    .filter(Boolean);
}

export function rehypeSectionObjectives() {
  /** @param {any} tree @param {any} file */
  return (tree, file) => {
    /** @type {{ anchor: string, heading: string, objectives: string[] }[]} */
    const sections = [];
    /** @type {{ anchor: string, heading: string } | undefined} */
    let current;
    const where = file.path ?? 'an MDX page';
    /** @param {any} node */
    const walk = (node) => {
      for (const child of node.children ?? []) {
        if (child.type === 'element' && SECTION_HEADINGS.has(child.tagName) && child.properties?.id) {
          current = { anchor: String(child.properties.id), heading: textOf(child).trim() };
        } else if (child.type === 'mdxJsxFlowElement' && child.name === 'Objectives') {
          const attribute = child.attributes?.find((/** @type {any} */ a) => a.name === 'ids');
          const ids = typeof attribute?.value === 'string' ? parseObjectiveIds(attribute.value) : [];
          if (ids.length === 0) throw new Error(`${where}: <Objectives> needs ids="1.2.5 ..." (a plain string)`);
          const unknown = ids.filter((id) => !KNOWN.has(id));
          if (unknown.length) throw new Error(`${where}: unknown exam objective ${unknown.join(', ')} in <Objectives>`);
          if (!current) throw new Error(`${where}: <Objectives ids="${ids.join(' ')}"> must follow a heading`);
          const existing = sections.find((section) => section.anchor === current?.anchor);
          if (existing) existing.objectives.push(...ids.filter((id) => !existing.objectives.includes(id)));
          else sections.push({ ...current, objectives: [...new Set(ids)] });
        } else {
          walk(child);
        }
      }
    };
    walk(tree);
    const astro = (file.data.astro ??= {});
    astro.frontmatter = { ...(astro.frontmatter ?? {}), sectionObjectives: sections };
  };
}
