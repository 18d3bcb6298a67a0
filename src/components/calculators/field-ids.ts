// How a calculator field's id is made from its calculator's prefix and its name. Field uses it for
// the id; results use it for <output for="..."> (the ids of the fields a result is computed from),
// so the two cannot drift apart. Used at build time only: no client script imports it.

/** The id of field `name` in the calculator with this prefix, e.g. "cm-tp". */
export function fieldId(prefix: string, name: string): string {
  return `${prefix}-${name}`;
}

/** The ids of the fields `names`, space-separated, as <output for="..."> wants them. */
export function fieldIds(prefix: string, names: readonly string[]): string {
  return names.map((name) => fieldId(prefix, name)).join(' ');
}
