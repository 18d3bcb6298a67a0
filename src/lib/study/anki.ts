// The flashcard deck as an Anki plain-text import file (https://docs.ankiweb.net/importing/text-files.html).
// Pure: the page collects the cards and downloads the text. Fields are written as HTML (#html:true) so
// line breaks and the link survive without CSV quoting: every field is HTML-escaped, including '"',
// so no field can start a quoted CSV field, and no line starts with '#' (Anki's comment marker) because
// each starts with a GUID that has a fixed prefix.

export interface AnkiCard {
  /** Glossary id: the GUID is derived from it, so re-importing updates the note and keeps its history. */
  readonly id: string;
  readonly front: string;
  readonly definition: string;
  readonly aliases: readonly string[];
  /** Absolute URL of the section that explains the term. */
  readonly url: string;
  /** Slug of that page; becomes a tag. */
  readonly page: string;
}

export const ANKI_DECK = 'AWS AI Practitioner (AIF-C01)::Glossary';
export const ANKI_NOTETYPE = 'Basic';
export const GUID_PREFIX = 'aip-';

/**
 * cyrb53 (a public-domain 53-bit string hash): deterministic across browsers and builds, and with 53
 * bits collisions among a few hundred ids are negligible (unlike a 32-bit hash, less so a checksum).
 */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The note's GUID, e.g. "aip-1x3k9f0q2b7": stable for a glossary id, whatever its text says. */
export function ankiGuid(id: string): string {
  return `${GUID_PREFIX}${hash53(`glossary:${id}`).toString(36)}`;
}

/**
 * Converts TeX delimiters to the ones Anki's MathJax reads: $$...$$ -> \[...\], $...$ -> \(...\).
 * Follows Pandoc's rule so prices stay text: an opening $ is followed by a non-space, a closing $ is
 * preceded by a non-space and not followed by a digit; \$ is a literal dollar sign.
 */
export function toAnkiMath(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    if (text.startsWith('\\$', i)) {
      out += '$';
      i += 2;
    } else if (text.startsWith('$$', i)) {
      const end = text.indexOf('$$', i + 2);
      if (end > i + 2) {
        out += `\\[${text.slice(i + 2, end).trim()}\\]`;
        i = end + 2;
      } else {
        out += '$$';
        i += 2;
      }
    } else if (text[i] === '$') {
      const end = closingDollar(text, i + 1);
      if (end === undefined) {
        out += '$';
        i += 1;
      } else {
        out += `\\(${text.slice(i + 1, end)}\\)`;
        i = end + 1;
      }
    } else {
      out += text[i];
      i += 1;
    }
  }
  return out;
}

function closingDollar(text: string, start: number): number | undefined {
  if (start >= text.length || /\s/.test(text[start]!)) return undefined;
  for (let j = start; j < text.length; j += 1) {
    if (text[j] === '\\') {
      j += 1; // skips an escaped character such as \$ inside the formula
    } else if (text[j] === '$') {
      if (j === start || /\s/.test(text[j - 1]!) || /\d/.test(text[j + 1] ?? '')) return undefined;
      return j;
    }
  }
  return undefined;
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * One field: math converted, HTML-escaped, line breaks as <br> and tabs as spaces, so the field never
 * breaks the tab-separated line.
 */
export function ankiField(text: string): string {
  return escapeHtml(toAnkiMath(text))
    .replace(/\r\n?|\n/g, '<br>')
    .replace(/\t/g, ' ');
}

/** The back of a card: definition, aliases, and "See: <url>" as a link. */
export function ankiBack(card: AnkiCard): string {
  const parts = [ankiField(card.definition)];
  if (card.aliases.length > 0) parts.push(`Also: ${ankiField(card.aliases.join(', '))}`);
  const url = ankiField(card.url);
  parts.push(`See: <a href="${url}">${url}</a>`);
  return parts.join('<br><br>');
}

/** Anki tags cannot hold spaces; a hierarchical tag per page lets learners filter by topic. */
const tagOf = (page: string) => `aif-c01::${page.replace(/[^A-Za-z0-9_-]+/g, '-')}`;

/** The whole import file: headers, then one line per card (GUID, front, back, tags). */
export function ankiExport(cards: readonly AnkiCard[], deck = ANKI_DECK): string {
  const headers = [
    '#separator:tab',
    '#html:true',
    '#guid column:1',
    `#notetype:${ANKI_NOTETYPE}`,
    `#deck:${deck.replace(/[\t\r\n]+/g, ' ')}`,
    '#tags column:4',
    '#columns:GUID\tFront\tBack\tTags',
  ];
  const lines = cards.map((card) =>
    [ankiGuid(card.id), ankiField(card.front), ankiBack(card), tagOf(card.page)].join('\t'),
  );
  return `${[...headers, ...lines].join('\n')}\n`;
}

/** The download's file name. */
export const ANKI_FILE_NAME = 'aif-c01-glossary-anki.txt';
