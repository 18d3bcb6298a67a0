// Ships to the browser: no DOM, no Node APIs, no runtime dependencies.
// Small planning calculators: splitting a data set and pricing token usage.
import { check } from './errors.ts';

/** Percentages of a train / validation / test split (must add up to 100). */
export interface SplitPercentages {
  readonly trainPct: number;
  readonly validationPct: number;
  readonly testPct: number;
}

/** Integer sample counts of each part; they always add up to the total. */
export interface SplitCounts {
  readonly train: number;
  readonly validation: number;
  readonly test: number;
}

/** The exact (unrounded) number of samples of each part. */
export interface SplitShares {
  readonly train: number;
  readonly validation: number;
  readonly test: number;
}

/** Checks a split's inputs (shared by dataSplit and splitShares); returns the three percentages. */
function validateSplit(fn: string, total: number, pct: SplitPercentages): number[] {
  check(Number.isSafeInteger(total) && total >= 0, fn, `total must be a non-negative integer (got ${total})`);
  const shares = [pct.trainPct, pct.validationPct, pct.testPct];
  const names = ['trainPct', 'validationPct', 'testPct'];
  shares.forEach((s, i) =>
    check(Number.isFinite(s) && s >= 0, fn, `${names[i]} must be a finite number >= 0 (got ${s})`),
  );
  const sum = shares[0]! + shares[1]! + shares[2]!;
  check(Math.abs(sum - 100) <= 1e-9, fn, `percentages must add up to 100 (got ${sum})`);
  return shares;
}

/**
 * Splits `total` samples by percentage with the largest-remainder (Hamilton)
 * rule: each part gets floor(total·pct/100), and the samples left over go one
 * each to the parts with the largest fractional remainders (ties: train, then
 * validation, then test). Counts always sum to `total`; total = 0 → all 0.
 * Throws MetricError when total is not a non-negative integer, a percentage is
 * negative or not finite, or the percentages do not sum to 100 (±1e-9).
 * @example dataSplit(1001, { trainPct: 70, validationPct: 15, testPct: 15 }) // { train: 701, validation: 150, test: 150 }
 */
export function dataSplit(total: number, pct: SplitPercentages): SplitCounts {
  const shares = validateSplit('dataSplit', total, pct);
  const sum = shares[0]! + shares[1]! + shares[2]!;
  // Work in exact quotas total·pct / sum so that 33.3/33.3/33.4-style inputs stay consistent.
  const quotas = shares.map((s) => (total * s) / sum);
  const counts = quotas.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const order = [0, 1, 2].sort((a, b) => quotas[b]! - counts[b]! - (quotas[a]! - counts[a]!) || a - b);
  for (const i of order) {
    if (left <= 0) break;
    counts[i] = counts[i]! + 1;
    left--;
  }
  return { train: counts[0]!, validation: counts[1]!, test: counts[2]! };
}

/**
 * The exact share total × pct / 100 of each part, before any rounding (what
 * {@link dataSplit} rounds; shown next to its counts). Throws MetricError like dataSplit.
 * @example splitShares(1001, { trainPct: 70, validationPct: 15, testPct: 15 }) // { train: 700.7, validation: 150.15, test: 150.15 }
 */
export function splitShares(total: number, pct: SplitPercentages): SplitShares {
  validateSplit('splitShares', total, pct);
  return {
    train: (total * pct.trainPct) / 100,
    validation: (total * pct.validationPct) / 100,
    test: (total * pct.testPct) / 100,
  };
}

/** Inputs of {@link tokenCost}. Prices are per 1,000 tokens, in any currency. */
export interface TokenCostInput {
  readonly inputTokens: number;
  readonly outputTokens: number;
  /** Number of requests, each with the token counts above. Default 1. */
  readonly requests?: number;
  readonly inputPricePer1k: number;
  readonly outputPricePer1k: number;
  /** Fraction taken off for batch processing, in [0, 1]; default 0.5 (50 % off, the usual batch rate). */
  readonly batchDiscount?: number;
  /** The same discount as a percentage in [0, 100] (fraction = percent / 100); give at most one of the two. */
  readonly batchDiscountPercent?: number;
}

/** Cost of a workload on demand and in batch mode. */
export interface TokenCost {
  /** The input and the output tokens' part of perRequest (tokens / 1000 × price). */
  readonly inputPerRequest: number;
  readonly outputPerRequest: number;
  readonly perRequest: number;
  readonly onDemand: number;
  readonly batch: number;
  readonly savings: number;
}

/**
 * Cost = requests × (inputTokens/1000 × inputPricePer1k + outputTokens/1000 × outputPricePer1k);
 * batch = on-demand × (1 − batchDiscount). Zero tokens or requests → 0. The discount
 * may be given as a percentage instead (batchDiscountPercent).
 * Throws MetricError for negative or non-finite amounts, a non-integer request
 * count, a discount outside [0, 1] (or [0, 100] %), or both discount forms at once.
 * @example tokenCost({ inputTokens: 2000, outputTokens: 500, requests: 10, inputPricePer1k: 0.003, outputPricePer1k: 0.015 }).onDemand // 0.135
 */
export function tokenCost(input: TokenCostInput): TokenCost {
  const fn = 'tokenCost';
  const requests = input.requests ?? 1;
  const percent = input.batchDiscountPercent;
  check(
    percent === undefined || input.batchDiscount === undefined,
    fn,
    'give batchDiscount or batchDiscountPercent, not both',
  );
  check(
    percent === undefined || (percent >= 0 && percent <= 100),
    fn,
    `batchDiscountPercent must be in [0, 100] (got ${percent})`,
  );
  const discount = percent !== undefined ? percent / 100 : (input.batchDiscount ?? 0.5);
  const amounts = {
    inputTokens: input.inputTokens,
    outputTokens: input.outputTokens,
    inputPricePer1k: input.inputPricePer1k,
    outputPricePer1k: input.outputPricePer1k,
  };
  for (const [name, v] of Object.entries(amounts))
    check(Number.isFinite(v) && v >= 0, fn, `${name} must be a finite number >= 0 (got ${v})`);
  check(Number.isInteger(requests) && requests >= 0, fn, `requests must be a non-negative integer (got ${requests})`);
  check(discount >= 0 && discount <= 1, fn, `batchDiscount must be a fraction in [0, 1] (got ${discount})`);
  const inputPerRequest = (input.inputTokens / 1000) * input.inputPricePer1k;
  const outputPerRequest = (input.outputTokens / 1000) * input.outputPricePer1k;
  const perRequest = inputPerRequest + outputPerRequest;
  const onDemand = perRequest * requests;
  const batch = onDemand * (1 - discount);
  return { inputPerRequest, outputPerRequest, perRequest, onDemand, batch, savings: onDemand - batch };
}
