// Ships to the browser: no DOM, no Node APIs, no runtime dependencies.
// The predicates (consonant, measure m, *o, *d) and rule tables of nltk 3.8's
// PorterStemmer in NLTK_EXTENSIONS mode, used by porter-stemmer.ts.

export type Condition = ((stem: string) => boolean) | null;
export type Rule = readonly [suffix: string, replacement: string, condition: Condition];

// nltk maps these forms straight to a paradigm and skips the steps.
export const IRREGULAR: ReadonlyMap<string, string> = new Map([
  ['sky', 'sky'],
  ['skies', 'sky'],
  ['dying', 'die'],
  ['lying', 'lie'],
  ['tying', 'tie'],
  ['news', 'news'],
  ['innings', 'inning'],
  ['inning', 'inning'],
  ['outings', 'outing'],
  ['outing', 'outing'],
  ['cannings', 'canning'],
  ['canning', 'canning'],
  ['howe', 'howe'],
  ['proceed', 'proceed'],
  ['exceed', 'exceed'],
  ['succeed', 'succeed'],
]);

const isVowelLetter = (ch: string | undefined): boolean =>
  ch === 'a' || ch === 'e' || ch === 'i' || ch === 'o' || ch === 'u';

/**
 * Whether each letter of `word` is a consonant, in one left-to-right pass. 'y' is a vowel after a
 * consonant (sYzygY), a consonant at the start or after a vowel (toY). A loop rather than nltk 3.8's
 * recursion (same answers), which overflows the stack on a long run such as 'yyyy…'.
 */
function consonantFlags(word: string): boolean[] {
  const flags: boolean[] = [];
  for (let i = 0; i < word.length; i++) {
    const ch = word[i];
    flags.push(ch === 'y' ? i === 0 || !flags[i - 1] : !isVowelLetter(ch));
  }
  return flags;
}

/** Whether word[i] is a consonant (see consonantFlags); a position outside the word counts as one. */
export function isConsonant(word: string, i: number): boolean {
  return consonantFlags(word.slice(0, i + 1))[i] ?? true;
}

/** Porter's m: the number of vowel→consonant transitions in [C](VC){m}[V]. */
export function measure(stem: string): number {
  const flags = consonantFlags(stem);
  let m = 0;
  for (let i = 1; i < flags.length; i++) if (!flags[i - 1] && flags[i]) m++;
  return m;
}

export const positive = (stem: string): boolean => measure(stem) > 0;
export const aboveOne = (stem: string): boolean => measure(stem) > 1;

export function containsVowel(stem: string): boolean {
  return consonantFlags(stem).some((consonant) => !consonant);
}

export function endsDoubleConsonant(word: string): boolean {
  const n = word.length;
  return n >= 2 && word[n - 1] === word[n - 2] && isConsonant(word, n - 1);
}

/** Condition *o, plus nltk's two-letter vowel-consonant extension. */
export function endsCvc(word: string): boolean {
  const n = word.length;
  const last = word[n - 1];
  return (
    (n >= 3 &&
      isConsonant(word, n - 3) &&
      !isConsonant(word, n - 2) &&
      isConsonant(word, n - 1) &&
      last !== 'w' &&
      last !== 'x' &&
      last !== 'y') ||
    (n === 2 && !isConsonant(word, 0) && isConsonant(word, 1))
  );
}

export const STEP2_RULES: readonly Rule[] = [
  ['ational', 'ate', positive],
  ['tional', 'tion', positive],
  ['enci', 'ence', positive],
  ['anci', 'ance', positive],
  ['izer', 'ize', positive],
  ['bli', 'ble', positive],
  ['alli', 'al', positive],
  ['entli', 'ent', positive],
  ['eli', 'e', positive],
  ['ousli', 'ous', positive],
  ['ization', 'ize', positive],
  ['ation', 'ate', positive],
  ['ator', 'ate', positive],
  ['alism', 'al', positive],
  ['iveness', 'ive', positive],
  ['fulness', 'ful', positive],
  ['ousness', 'ous', positive],
  ['aliti', 'al', positive],
  ['iviti', 'ive', positive],
  ['biliti', 'ble', positive],
  ['fulli', 'ful', positive],
];

export const STEP3_RULES: readonly Rule[] = [
  ['icate', 'ic', positive],
  ['ative', '', positive],
  ['alize', 'al', positive],
  ['iciti', 'ic', positive],
  ['ical', 'ic', positive],
  ['ful', '', positive],
  ['ness', '', positive],
];

export const STEP4_RULES: readonly Rule[] = [
  ['al', '', aboveOne],
  ['ance', '', aboveOne],
  ['ence', '', aboveOne],
  ['er', '', aboveOne],
  ['ic', '', aboveOne],
  ['able', '', aboveOne],
  ['ible', '', aboveOne],
  ['ant', '', aboveOne],
  ['ement', '', aboveOne],
  ['ment', '', aboveOne],
  ['ent', '', aboveOne],
  ['ion', '', (s) => measure(s) > 1 && (s.endsWith('s') || s.endsWith('t'))],
  ['ou', '', aboveOne],
  ['ism', '', aboveOne],
  ['ate', '', aboveOne],
  ['iti', '', aboveOne],
  ['ous', '', aboveOne],
  ['ive', '', aboveOne],
  ['ize', '', aboveOne],
];
