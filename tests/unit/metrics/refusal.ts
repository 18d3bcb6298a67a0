// Shared by the metric tests that read refusal messages.
import { MetricError } from '../../../src/lib/metrics/index.ts';

/** The message of the MetricError `run` throws; fails when it returns or throws anything else. */
export function refusal(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    if (e instanceof MetricError) return e.message;
    throw e;
  }
  throw new Error('expected a MetricError, but the call returned');
}
