// Ships to the browser: no DOM, no Node APIs, no runtime dependencies.

/**
 * The one error type every metric function throws on invalid input.
 *
 * The message always starts with the name of the function that refused the
 * input, so a calculator can show it as is (e.g.
 * `"meanAbsoluteError: y_true and y_pred have different lengths (3 and 4)"`).
 *
 * @example
 * try { meanAbsoluteError([1, 2, 3], [1, 2]); }
 * catch (e) { if (e instanceof MetricError) console.log(e.functionName); } // "meanAbsoluteError"
 */
export class MetricError extends Error {
  /** Name of the public function that rejected its input. */
  readonly functionName: string;

  constructor(functionName: string, detail: string) {
    super(`${functionName}: ${detail}`);
    this.name = 'MetricError';
    this.functionName = functionName;
  }
}

/** Throws a MetricError unless `ok`; keeps validation one line per rule. */
export function check(ok: boolean, functionName: string, detail: string): asserts ok {
  if (!ok) throw new MetricError(functionName, detail);
}

/** Throws unless every entry is a finite number (NaN and ±Infinity rejected). */
export function checkFinite(values: readonly number[], functionName: string, label: string): void {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new MetricError(functionName, `${label}[${i}] is not a finite number (${String(v)})`);
    }
  }
}
