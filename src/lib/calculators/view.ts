// What a calculator shows for a set of inputs. Each calculator has one pure function from the raw
// field texts to this view; the server renders it as the first result and the custom element applies
// it after every change, so the two can never disagree. Ships to the browser.
import type { VNode } from './vnode.ts';

export interface CalculatorView {
  /** Messages for fields whose input cannot be used, keyed by field name. Empty when all is well. */
  readonly errors: Readonly<Record<string, string>>;
  /** Text for each <output name="...">. */
  readonly outputs: Readonly<Record<string, string>>;
  /** Markup for each [data-view="..."] region: charts, tables, highlighted text, filled-in formulas. */
  readonly regions: Readonly<Record<string, VNode>>;
  /** One sentence announced to screen readers after a change. */
  readonly summary: string;
}

/** Field texts as the form holds them, keyed by field name. */
export type FieldValues = Readonly<Record<string, string>>;

/** A view that shows the input problems and keeps the previous results' places empty but readable. */
export function errorView(
  errors: Record<string, string>,
  outputs: readonly string[],
  regions: readonly string[],
): CalculatorView {
  const count = Object.keys(errors).length;
  return {
    errors,
    outputs: Object.fromEntries(outputs.map((name) => [name, '—'])),
    regions: Object.fromEntries(regions.map((name) => [name, ''])),
    summary: count === 1 ? 'One field needs a correction.' : `${count} fields need a correction.`,
  };
}
