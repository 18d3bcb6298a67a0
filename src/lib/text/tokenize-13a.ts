// Ships to the browser: no DOM, no Node APIs, no runtime dependencies.
// sacreBLEU 2.x's default BLEU tokenizer `13a` (Tokenizer13a + TokenizerRegexp), the
// tokenization of WMT's mteval-v13a.pl, and the Python whitespace rules around it.

/**
 * The characters Python's `str.split()` / `str.strip()` treat as whitespace
 * (`str.isspace()`). JavaScript's `\s` differs: it lacks U+001C–U+001F and
 * U+0085 and adds U+FEFF, so it is not used here.
 */
const PY_WHITESPACE = '\\t\\n\\v\\f\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const PY_WHITESPACE_RUN = new RegExp(`[${PY_WHITESPACE}]+`, 'u');
const PY_TRAILING_WHITESPACE = new RegExp(`[${PY_WHITESPACE}]+$`, 'u');

// TokenizerRegexp's four rules, applied in this order. Python's re.sub and
// String.prototype.replace with the g flag both replace non-overlapping matches
// left to right, resuming after each match, so the results are identical.
// Rule 1, Python `([\{-\~\[-\` -\&\(-\+\:-\@\/])` → ` \1 `: the ASCII symbols
// { | } ~ [ \ ] ^ _ ` (space) ! " # $ % & ( ) * + : ; < = > ? @ / — not ' , - . nor
// letters, digits or non-ASCII characters.
const SYMBOL = /[{-~[-`\x20-&(-+:-@/]/gu;
// Rule 2, `([^0-9])([\.,])` → `\1 \2 `: period and comma unless preceded by a digit.
const PUNCT_AFTER_NON_DIGIT = /([^0-9])([.,])/gu;
// Rule 3, `([\.,])([^0-9])` → ` \1 \2`: period and comma unless followed by a digit.
const PUNCT_BEFORE_NON_DIGIT = /([.,])([^0-9])/gu;
// Rule 4, `([0-9])(-)` → `\1 \2 `: a dash preceded by a digit.
const DASH_AFTER_DIGIT = /([0-9])(-)/gu;

/**
 * Python's `text.split()` with no argument: split on runs of Python whitespace
 * (see `str.isspace()`), dropping empty pieces, so leading/trailing whitespace
 * gives no empty token. Empty or all-whitespace text → `[]`. Never throws.
 *
 * @example splitPythonWhitespace(' a\u0085b\ufeffc ') // ['a', 'b\ufeffc']
 */
export function splitPythonWhitespace(text: string): string[] {
  return text.split(PY_WHITESPACE_RUN).filter((piece) => piece !== '');
}

/**
 * Python's `text.rstrip()`: removes trailing Python whitespace. Never throws.
 *
 * @example rstripPythonWhitespace('a b \n') // 'a b'
 */
export function rstripPythonWhitespace(text: string): string {
  return text.replace(PY_TRAILING_WHITESPACE, '');
}

/**
 * sacreBLEU 2.x `Tokenizer13a` (mteval-v13a): removes `<skipped>`, joins lines
 * broken after a hyphen (`-\n`), turns the other newlines into spaces, unescapes
 * `&quot;`, `&amp;`, `&lt;`, `&gt;` in that order (so `&amp;lt;` becomes `<`), pads the
 * line with a space on each side, then applies TokenizerRegexp: ASCII symbols
 * (not `'`, `-`, `.`, `,`) become separate tokens; `.` and `,` are split off unless
 * they sit between digits on the relevant side (`3.14`, `1,000` stay whole); a `-`
 * after a digit is split off (`1990-2000` → `1990 - 2000`, but `state-of-the-art`
 * stays). Finally runs of whitespace become single spaces with none at the ends, as
 * Python's `' '.join(line.split())`. Returns the tokenized line (tokens joined by
 * single spaces, like sacreBLEU); empty or blank text → `''`. Case is kept. Never
 * throws for a string.
 *
 * @example tokenize13a("It wasn't surprising.") // "It wasn't surprising ."
 */
export function tokenize13a(line: string): string {
  let text = line
    .replaceAll('<skipped>', '')
    .replaceAll('-\n', '')
    .replaceAll('\n', ' ')
    .replaceAll('&quot;', '"')
    .replaceAll('&amp;', '&')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>');
  text = ` ${text} `
    .replace(SYMBOL, ' $& ')
    .replace(PUNCT_AFTER_NON_DIGIT, '$1 $2 ')
    .replace(PUNCT_BEFORE_NON_DIGIT, ' $1 $2')
    .replace(DASH_AFTER_DIGIT, '$1 $2 ');
  return splitPythonWhitespace(text).join(' ');
}
