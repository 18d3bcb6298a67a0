// Ships to the browser: no DOM, no Node APIs, no runtime dependencies.
// Macro / micro / weighted averaging with scikit-learn's edge rules, split out of
// classification.ts to keep both modules short.
import { pairwiseSum } from './fsum.ts';
import type { PerClassMetrics } from './classification.ts';
import { classF1, zeroDivisionValue, type ZeroDivision } from './zero-division.ts';

/** Precision, recall and F1 of one averaging scheme. */
export interface Averaged {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** np.average(values, weights): Σ(v·w) / Σw with numpy's pairwise sums; plain mean without weights. */
function npAverage(values: readonly number[], weights: readonly number[] | null): number {
  if (weights === null) return pairwiseSum(values) / values.length;
  return pairwiseSum(values.map((v, i) => v * weights[i]!)) / pairwiseSum(weights);
}

/** sklearn ≥ 1.3 `_nanaverage`: drop NaN entries; zero total weight → plain mean; all NaN → NaN. */
function nanAverage(values: readonly number[], weights: readonly number[] | null): number {
  const keep = values.map((v) => !Number.isNaN(v));
  const kept = values.filter((_, i) => keep[i]);
  if (kept.length === 0) return Number.NaN;
  if (weights === null) return npAverage(kept, null);
  const w = weights.filter((_, i) => keep[i]);
  return pairwiseSum(w) === 0 ? npAverage(kept, null) : npAverage(kept, w);
}

function average(values: readonly number[], weights: readonly number[] | null, zd: ZeroDivision): number {
  return zd === 'nan' ? nanAverage(values, weights) : npAverage(values, weights);
}

/**
 * Macro, micro and weighted averages of per-class metrics (sklearn 1.2.1;
 * ≥ 1.3 rules for zero_division "nan"). Micro divides the summed counts:
 * Σtp / Σpred = Σtp / Σsupport = trace / n. Never throws.
 *
 * @example averageClassMetrics(report.perClass, { trace: 85, total: 100 }, 'warn').micro.f1 // 0.85
 */
export function averageClassMetrics(
  perClass: PerClassMetrics,
  counts: { readonly trace: number; readonly total: number },
  zd: ZeroDivision,
): { macro: Averaged; micro: Averaged; weighted: Averaged } {
  const { precision, recall, f1, support } = perClass;
  const fill = zeroDivisionValue(zd);
  const macro = {
    precision: average(precision, null, zd),
    recall: average(recall, null, zd),
    f1: average(f1, null, zd),
  };
  const { trace, total } = counts;
  const microRatio = total === 0 ? fill : trace / total;
  const micro = {
    precision: microRatio,
    recall: microRatio,
    f1: classF1(microRatio, microRatio, trace, total, total, zd),
  };
  // sklearn 1.2.1 returns the zero_division value outright when every support is 0.
  const weighted =
    total === 0 && zd !== 'nan'
      ? { precision: fill, recall: fill, f1: fill }
      : {
          precision: average(precision, support, zd),
          recall: average(recall, support, zd),
          f1: average(f1, support, zd),
        };
  return { macro, micro, weighted };
}
