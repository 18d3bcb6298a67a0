// Turns Pagefind's excerpt markup into plain text segments, so the page inserts them as text and never
// as HTML. Pagefind escapes the page text and wraps matches in <mark>; anything else is dropped.
// Ships to the browser.

export interface ExcerptSegment {
  readonly text: string;
  /** True for a part that matched the query. */
  readonly mark: boolean;
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** Decodes the HTML entities Pagefind writes (named ones above, decimal and hex). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const value = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(value) && value > 0 && value <= 0x10ffff ? String.fromCodePoint(value) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

/**
 * Splits an excerpt such as `the <mark>brevity</mark> penalty` into segments.
 * Example: parseExcerpt('a <mark>b</mark>') -> [{ text: 'a ', mark: false }, { text: 'b', mark: true }]
 */
export function parseExcerpt(html: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  let mark = false;
  for (const part of html.split(/(<\/?mark>)/i)) {
    const lower = part.toLowerCase();
    if (lower === '<mark>') mark = true;
    else if (lower === '</mark>') mark = false;
    else {
      const text = decodeEntities(part.replace(/<[^>]*>/g, ''));
      if (text) segments.push({ text, mark });
    }
  }
  return segments;
}
