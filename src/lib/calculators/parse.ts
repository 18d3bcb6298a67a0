// Reads what a reader typed into a calculator field, with a clear message for anything unusable.
// Never throws; never lets NaN or Infinity through. Ships to the browser.

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/** Longest field text accepted: a 1 MB paste is refused at once, with a message, not processed. */
export const MAX_FIELD_LENGTH = 20_000;
/** Largest list a calculator accepts; longer lists are refused with a message. */
export const MAX_LIST_ITEMS = 2_000;

export interface NumberRules {
  readonly min?: number;
  readonly max?: number;
  readonly integer?: boolean;
  /** A lower bound that the value must exceed (e.g. temperature > 0 where 0 is not meaningful). */
  readonly above?: number;
}

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(message: string): Parsed<T> => ({ ok: false, message });
const show = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 6 });

function tooLong(text: string): string | undefined {
  return text.length > MAX_FIELD_LENGTH
    ? `That is too long (${text.length.toLocaleString('en-US')} characters); the limit is ${MAX_FIELD_LENGTH.toLocaleString('en-US')}.`
    : undefined;
}

/** Checks one number against the rules; returns a message or undefined. */
function ruleProblem(value: number, rules: NumberRules): string | undefined {
  if (rules.integer && !Number.isInteger(value)) return 'Enter a whole number.';
  if (rules.min !== undefined && value < rules.min) return `Enter a number of at least ${show(rules.min)}.`;
  if (rules.above !== undefined && value <= rules.above) return `Enter a number greater than ${show(rules.above)}.`;
  if (rules.max !== undefined && value > rules.max) return `Enter a number of at most ${show(rules.max)}.`;
  return undefined;
}

/** Parses one decimal number ("0.25", "-3", "1e3", "1,000"): spaces and thousands commas allowed. */
export function parseNumber(text: string, rules: NumberRules = {}): Parsed<number> {
  const long = tooLong(text);
  if (long) return fail(long);
  const trimmed = text.trim().replace(/(?<=\d),(?=\d{3}\b)/g, '');
  if (trimmed === '') return fail('Enter a number.');
  const value = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(trimmed) ? Number(trimmed) : Number.NaN;
  if (!Number.isFinite(value)) {
    return fail(`“${trimmed.slice(0, 30)}” is not a number${Number.isNaN(value) ? '' : ' this calculator can use'}.`);
  }
  const problem = ruleProblem(value, rules);
  return problem ? fail(problem) : ok(value);
}

export interface ListRules extends NumberRules {
  readonly minItems?: number;
  readonly maxItems?: number;
}

/** Parses numbers separated by commas, semicolons, spaces or new lines: "0.4, 0.34; 0.15". */
export function parseNumberList(text: string, rules: ListRules = {}): Parsed<number[]> {
  const long = tooLong(text);
  if (long) return fail(long);
  const items = text.split(/[\s,;]+/).filter(Boolean);
  const minItems = rules.minItems ?? 1;
  const maxItems = rules.maxItems ?? MAX_LIST_ITEMS;
  if (items.length < minItems)
    return fail(minItems === 1 ? 'Enter at least one number.' : `Enter at least ${minItems} numbers.`);
  if (items.length > maxItems)
    return fail(
      `That is ${items.length.toLocaleString('en-US')} numbers; the limit is ${maxItems.toLocaleString('en-US')}.`,
    );
  const values: number[] = [];
  for (const [index, item] of items.entries()) {
    const parsed = parseNumber(item, rules);
    if (!parsed.ok) return fail(`Number ${index + 1} (“${item.slice(0, 30)}”): ${parsed.message}`);
    values.push(parsed.value);
  }
  return ok(values);
}

/** Accepts text up to the length limit (empty allowed unless `required`). */
export function parseText(text: string, required = false): Parsed<string> {
  const long = tooLong(text);
  if (long) return fail(long);
  if (required && text.trim() === '') return fail('Enter some text.');
  return ok(text);
}
