// Ships to the browser: no DOM, no Node APIs, no runtime dependencies.
// scikit-learn's zero_division option, shared by the per-class and averaged metrics.

/** What an ill-defined ratio (denominator 0) becomes: sklearn's `zero_division`. */
export type ZeroDivision = 'warn' | 0 | 1 | 'nan';

/** Value substituted for x / 0 under each zero_division option. */
export function zeroDivisionValue(zd: ZeroDivision): number {
  return zd === 1 ? 1 : zd === 'nan' ? Number.NaN : 0;
}

/** F1 of one class: sklearn 1.2.1 forms 2PR/(P+R) (0 if P+R = 0); the ≥1.3 "nan" mode uses counts. */
export function classF1(p: number, r: number, tp: number, support: number, pred: number, zd: ZeroDivision): number {
  if (zd === 'nan') return support + pred === 0 ? Number.NaN : (2 * tp) / (support + pred);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}
