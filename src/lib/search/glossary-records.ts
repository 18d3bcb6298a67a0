// The glossary's search records: each term is a small Pagefind record of its own (title: the term;
// content: the term, its definition and its other names) that links to the term on its glossary page.
// One record per term keeps a query from loading the whole glossary. scripts/finish-build.mjs adds them
// to the index with Pagefind's Node API (`addHTMLFile`). Pure; build-time only.
import { domainFilters } from '../exam/blueprint.ts';
import { withBase } from '../site/paths.ts';
import { glossaryTermPath } from '../glossary/groups.ts';
import type { GlossaryEntryFields } from '../glossary/entry.ts';

/** What a record needs of a glossary entry (src/schemas/glossary.ts). */
export type GlossaryRecordEntry = GlossaryEntryFields;

/** What a record needs of the topic page that explains a term. */
export interface GlossaryRecordTopic {
  readonly title: string;
  readonly examTasks: readonly string[];
}

/** An HTML file for Pagefind's `addHTMLFile` that exists only in the index. */
export interface GlossaryRecord {
  /** Site-relative, without the base path: Pagefind's client adds its `baseUrl`, as for the pages. */
  readonly url: string;
  /** A small HTML document: Pagefind reads the content, meta and filters from its data-pagefind-* attributes. */
  readonly content: string;
}

/** The glossary page's title, shown as the page of every term's search row. */
export const GLOSSARY_TITLE = 'Glossary';

/**
 * Weight of a term's words. A record of 30 words that uses a word once outscores a page that explains it
 * at length (Pagefind favors short records), so a term's words count less than a page's body text (1):
 * the definitions then add to the results without crowding the explaining pages out of them.
 */
export const GLOSSARY_RECORD_WEIGHT = 0.1;

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The record of one term; `topic` is the page that explains it, whose filters (topic, exam domain) the
 * record shares (none if it is unknown); `base` is the site's base path. Meta: `title` is the term; `page`
 * is the glossary's title (see toSearchRows); `explained` is the URL of the section that explains the
 * term, with the base path (see rankRows).
 */
export function glossaryRecord(
  entry: GlossaryRecordEntry,
  topic: GlossaryRecordTopic | undefined,
  base: string,
): GlossaryRecord {
  const explained = withBase(base, `${entry.page}/${entry.anchor ? `#${entry.anchor}` : ''}`);
  const filters = topic ? [['topic', topic.title], ...domainFilters(topic.examTasks).map((d) => ['domain', d])] : [];
  // The same "Also: ..." line the glossary page shows under the definition.
  const aliases = entry.aliases.length > 0 ? `<p>Also: ${escapeHtml(entry.aliases.join(', '))}.</p>` : '';
  const content = [
    '<html lang="en"><body>',
    `<h1 data-pagefind-ignore data-pagefind-meta="title">${escapeHtml(entry.term)}</h1>`,
    `<span hidden data-pagefind-meta="page">${escapeHtml(GLOSSARY_TITLE)}</span>`,
    `<span hidden data-pagefind-meta="explained">${escapeHtml(explained)}</span>`,
    ...filters.map(([name, value]) => `<span hidden data-pagefind-filter="${name}">${escapeHtml(value ?? '')}</span>`),
    `<main data-pagefind-body data-pagefind-weight="${GLOSSARY_RECORD_WEIGHT}">`,
    `<p>${escapeHtml(entry.term)}.</p><p>${escapeHtml(entry.definition)}</p>${aliases}`,
    '</main></body></html>',
  ].join('');
  return { url: `/${glossaryTermPath(entry)}`, content };
}
