// The glossary is split into pages of a few letters each (issue 15: a page's HTML may be 30 KB gzipped;
// 520 terms on one page were twice that). Amazon and AWS service names, a third of the terms, get pages of
// their own, filed under the name that follows the prefix, as a learner looks them up. A term's page
// follows from its name alone, so every link to a term (the <Term> component, the terms list of each
// topic page, search records, the exam blueprint) is computed here and cannot drift. Pure.

export interface GlossaryGroup {
  /** The page's folder under glossary/ ("a-c"). */
  readonly slug: string;
  /** Shown in the letter navigation ("A–C", "Amazon …"). */
  readonly label: string;
  /** What the page holds, in words ("A–C", "Amazon services"). */
  readonly name: string;
  /** The page's heading and title ("Glossary: A–C"). */
  readonly title: string;
}

const PREFIXED = [
  { prefix: 'Amazon ', slug: 'amazon', label: 'Amazon …' },
  { prefix: 'AWS ', slug: 'aws', label: 'AWS …' },
] as const;

/** Letter ranges for every other term; a name that starts with a digit or a sign goes to the first. */
const RANGES = [
  { first: 'A', last: 'C' },
  { first: 'D', last: 'H' },
  { first: 'I', last: 'M' },
  { first: 'N', last: 'R' },
  { first: 'S', last: 'Z' },
] as const;

const rangeSlug = (range: (typeof RANGES)[number]) => `${range.first}-${range.last}`.toLowerCase();
const rangeLabel = (range: (typeof RANGES)[number]) => `${range.first}–${range.last}`;

/** Every glossary page, in the order the letter navigation lists them. */
export const GLOSSARY_GROUPS: readonly GlossaryGroup[] = [
  ...RANGES.slice(0, 1).map((range) => ({ slug: rangeSlug(range), label: rangeLabel(range) })),
  ...PREFIXED.map(({ slug, label }) => ({ slug, label })),
  ...RANGES.slice(1).map((range) => ({ slug: rangeSlug(range), label: rangeLabel(range) })),
].map((group) => {
  const name = group.label.replace(' …', ' services');
  return { ...group, name, title: `Glossary: ${name}` };
});

/** The prefix ("Amazon ", "AWS ") that files a term on its own page, if any. */
function prefixOf(term: string) {
  return PREFIXED.find((item) => term.startsWith(item.prefix) && term.length > item.prefix.length);
}

/** The name a term is filed under: without its Amazon/AWS prefix ("Amazon Bedrock" -> "Bedrock"). */
export function filingName(term: string): string {
  const prefixed = prefixOf(term);
  return prefixed ? term.slice(prefixed.prefix.length) : term;
}

/** The heading letter a term is listed under on its page: "A".."Z", or "#" for a digit or a sign. */
export function filingLetter(term: string): string {
  const first = filingName(term).charAt(0).toUpperCase();
  return /^[A-Z]$/.test(first) ? first : '#';
}

/** The page of the glossary a term is on. */
export function glossaryGroupOf(term: string): GlossaryGroup {
  const prefixed = prefixOf(term);
  const letter = filingLetter(term);
  const slug = prefixed
    ? prefixed.slug
    : rangeSlug(RANGES.find((range) => letter >= range.first && letter <= range.last) ?? RANGES[0]);
  return GLOSSARY_GROUPS.find((group) => group.slug === slug)!;
}

/** A glossary page's path, relative to the site's base ("glossary/a-c/"). */
export const glossaryGroupPath = (group: GlossaryGroup): string => `glossary/${group.slug}/`;

/** Where a term is defined, relative to the site's base: "glossary/d-h/#f1-score" for "F1 score". */
export function glossaryTermPath(entry: { readonly id: string; readonly term: string }): string {
  return `${glossaryGroupPath(glossaryGroupOf(entry.term))}#${entry.id}`;
}

/** Sorts terms as the glossary lists them: by the name they are filed under, then by the full name. */
export function compareTerms(a: string, b: string): number {
  return (
    filingName(a).localeCompare(filingName(b), 'en', { sensitivity: 'base' }) ||
    a.localeCompare(b, 'en', { sensitivity: 'base' })
  );
}
