// A calculator's inputs in the page address (?cm.tp=40&cm.fp=10), so a link reopens the same numbers.
// Only known field names are read, each value length-limited; values stay plain strings that the
// calculator parses like typed input. Ships to the browser.
import { MAX_FIELD_LENGTH } from './parse.ts';

/** Reads `prefix.name` values for the given field names from a query string. */
export function readState(search: string, prefix: string, names: readonly string[]): Record<string, string> {
  const params = new URLSearchParams(search);
  const state: Record<string, string> = {};
  for (const name of names) {
    const value = params.get(`${prefix}.${name}`);
    if (value !== null) state[name] = value.slice(0, MAX_FIELD_LENGTH);
  }
  return state;
}

/** Longest value written to the address; longer text (a pasted essay) is left out of links. */
export const MAX_URL_VALUE = 4_000;

/**
 * Writes the values under `prefix.` into the query string, keeping other calculators' parameters.
 * Values longer than MAX_URL_VALUE are left out, so a huge paste cannot make a huge address.
 */
export function writeState(search: string, prefix: string, values: Readonly<Record<string, string>>): string {
  const params = new URLSearchParams(search);
  for (const key of [...params.keys()]) if (key.startsWith(`${prefix}.`)) params.delete(key);
  for (const [name, value] of Object.entries(values)) {
    if (value.length <= MAX_URL_VALUE) params.set(`${prefix}.${name}`, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}
