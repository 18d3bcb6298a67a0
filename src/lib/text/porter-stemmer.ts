// Ships to the browser: no DOM, no Node APIs, no runtime dependencies.
// A port of nltk 3.8 PorterStemmer in its default NLTK_EXTENSIONS mode, kept
// rule-for-rule so that ROUGE with stemming matches rouge-score exactly; the
// npm "stemmer" package follows Porter's 1980 paper and disagrees on ~2.5 % of words.
import {
  isConsonant,
  containsVowel,
  endsCvc,
  endsDoubleConsonant,
  IRREGULAR,
  measure,
  positive,
  STEP2_RULES,
  STEP3_RULES,
  STEP4_RULES,
  type Rule,
} from './porter-rules.ts';

/** nltk's _apply_rule_list: the first rule whose suffix matches decides, even if its condition fails. */
function applyRules(word: string, rules: readonly Rule[]): string {
  for (const [suffix, replacement, condition] of rules) {
    if (suffix === '*d' && endsDoubleConsonant(word)) {
      const stem = word.slice(0, -2);
      return condition === null || condition(stem) ? stem + replacement : word;
    }
    if (word.endsWith(suffix)) {
      const stem = suffix === '' ? word : word.slice(0, -suffix.length);
      return condition === null || condition(stem) ? stem + replacement : word;
    }
  }
  return word;
}

function step1a(word: string): string {
  if (word.endsWith('ies') && word.length === 4) return word.slice(0, -3) + 'ie';
  return applyRules(word, [
    ['sses', 'ss', null],
    ['ies', 'i', null],
    ['ss', 'ss', null],
    ['s', '', null],
  ]);
}

function step1b(word: string): string {
  if (word.endsWith('ied')) return word.slice(0, -3) + (word.length === 4 ? 'ie' : 'i');
  if (word.endsWith('eed')) {
    const stem = word.slice(0, -3);
    return measure(stem) > 0 ? stem + 'ee' : word;
  }
  let stem: string | null = null;
  for (const suffix of ['ed', 'ing']) {
    if (word.endsWith(suffix) && containsVowel(word.slice(0, -suffix.length))) {
      stem = word.slice(0, -suffix.length);
      break;
    }
  }
  if (stem === null) return word;
  const last = stem[stem.length - 1] ?? '';
  return applyRules(stem, [
    ['at', 'ate', null],
    ['bl', 'ble', null],
    ['iz', 'ize', null],
    ['*d', last, () => last !== 'l' && last !== 's' && last !== 'z'],
    ['', 'e', (s) => measure(s) === 1 && endsCvc(s)],
  ]);
}

function step1c(word: string): string {
  return applyRules(word, [['y', 'i', (s) => s.length > 1 && isConsonant(s, s.length - 1)]]);
}

function step2(word: string): string {
  // nltk tries ALLI first and re-runs step 2 on the result.
  if (word.endsWith('alli') && positive(word.slice(0, -4))) return step2(word.slice(0, -4) + 'al');
  // The 'l' of logi stays with the stem so that geo-/theo- behave like philo-.
  const logi: Rule = ['logi', 'log', () => positive(word.slice(0, -3))];
  return applyRules(word, [...STEP2_RULES, logi]);
}

function step5a(word: string): string {
  if (!word.endsWith('e')) return word;
  const stem = word.slice(0, -1);
  const m = measure(stem);
  return m > 1 || (m === 1 && !endsCvc(stem)) ? stem : word;
}

function step5b(word: string): string {
  return applyRules(word, [['ll', 'l', () => measure(word.slice(0, -1)) > 1]]);
}

/**
 * Python strings index code points, JavaScript strings UTF-16 units, in which an astral
 * code point (an emoji, say) takes two. For the steps, each distinct astral code point of
 * `word` gets a one-unit private-use stand-in not otherwise in the word (a consonant, like
 * the original), and `restore` maps the stem back.
 */
function oneUnitPerCodePoint(word: string): { text: string; restore: (stem: string) => string } {
  if (!/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(word)) return { text: word, restore: (stem) => stem };
  const standIn = new Map<string, string>();
  const original = new Map<string, string>();
  let next = 0xe000;
  let text = '';
  for (const ch of word) {
    let unit = ch.length === 1 ? ch : standIn.get(ch);
    if (unit === undefined) {
      while (word.includes(String.fromCharCode(next))) next++;
      unit = String.fromCharCode(next++);
      standIn.set(ch, unit);
      original.set(unit, ch);
    }
    text += unit;
  }
  return { text, restore: (stem) => Array.from(stem, (unit) => original.get(unit) ?? unit).join('') };
}

/**
 * Porter stem of one lower-case word, exactly as nltk 3.8 `PorterStemmer().stem`
 * (default NLTK_EXTENSIONS mode).
 *
 * Words of 1–2 characters (code points, as Python counts them) and the empty string
 * are returned unchanged; nltk's irregular forms are mapped directly (`dying` → `die`,
 * `skies` → `sky`). The input is lower-cased first, as nltk does. Never throws.
 *
 * @example porterStem('generalizations') // 'gener'
 */
export function porterStem(word: string): string {
  const lower = word.toLowerCase();
  // nltk looks the un-lowered word up in its irregular table and measures its length.
  const irregular = IRREGULAR.get(word);
  if (irregular !== undefined) return irregular;
  if (Array.from(word).length <= 2) return lower;
  const { text, restore } = oneUnitPerCodePoint(lower);
  let stem = step1c(step1b(step1a(text)));
  stem = applyRules(applyRules(step2(stem), STEP3_RULES), STEP4_RULES);
  return restore(step5b(step5a(stem)));
}
