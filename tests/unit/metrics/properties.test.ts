// Invariants that must hold for any input (fast-check, fixed seed so runs are reproducible).
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import * as M from '../../../src/lib/metrics/index.ts';

const params = { seed: 20240501, numRuns: 200 };
const count = fc.integer({ min: 0, max: 1000 });
const counts = fc.record({ tp: count, fp: count, fn: count, tn: count });
const word = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f');
const words = (min: number, max: number) => fc.array(word, { minLength: min, maxLength: max });
const inUnit = (x: number | null): boolean => x === null || (x >= 0 && x <= 1);

describe('ratios', () => {
  test('every count-based ratio lies in [0, 1]', () => {
    fc.assert(
      fc.property(counts, fc.double({ min: 0.1, max: 10, noNaN: true }), (c, beta) => {
        for (const v of [
          M.accuracy(c),
          M.precision(c),
          M.recall(c),
          M.specificity(c),
          M.f1Score(c),
          M.fBetaScore(c, beta),
        ]) {
          expect(inUnit(v)).toBe(true);
        }
      }),
      params,
    );
  });

  test('F1 lies between precision and recall', () => {
    fc.assert(
      fc.property(counts, (c) => {
        const p = M.precision(c);
        const r = M.recall(c);
        const f = M.f1Score(c);
        if (p === null || r === null || f === null) return;
        expect(f).toBeGreaterThanOrEqual(Math.min(p, r) - 1e-15);
        expect(f).toBeLessThanOrEqual(Math.max(p, r) + 1e-15);
      }),
      params,
    );
  });

  test('the matrix report keeps every value in [0, 1] and micro-F1 equal to accuracy', () => {
    const matrix = fc.integer({ min: 1, max: 5 }).chain((n) =>
      fc.array(fc.array(fc.integer({ min: 0, max: 50 }), { minLength: n, maxLength: n }), {
        minLength: n,
        maxLength: n,
      }),
    );
    fc.assert(
      fc.property(matrix, fc.constantFrom<M.ZeroDivision>('warn', 0, 1), (m, zd) => {
        const r = M.classificationReport(m, { zeroDivision: zd });
        const values = [
          ...r.perClass.precision,
          ...r.perClass.recall,
          ...r.perClass.f1,
          ...r.perClass.specificity,
          r.macro.f1,
          r.weighted.f1,
          r.micro.precision,
        ];
        values.forEach((v) => expect(inUnit(v)).toBe(true));
        if (r.nSamples > 0) expect(Math.abs(r.micro.f1 - r.accuracy)).toBeLessThan(1e-15);
      }),
      params,
    );
  });
});

describe('text metrics', () => {
  test('BLEU of a hypothesis equal to its reference is 1 (4 or more tokens)', () => {
    fc.assert(
      fc.property(words(4, 40), (t) => {
        expect(Math.abs(M.sentenceBleu([t], t).bleu - 1)).toBeLessThan(1e-15);
      }),
      params,
    );
  });

  test('ROUGE-N, ROUGE-L and ROUGE-Lsum of identical texts are 1 when defined', () => {
    fc.assert(
      fc.property(words(1, 40), fc.integer({ min: 1, max: 4 }), (t, n) => {
        const text = t.join(' ');
        if (t.length >= n) expect(M.rougeN(text, text, n).fmeasure).toBe(1);
        expect(M.rougeL(text, text).fmeasure).toBe(1);
        expect(M.rougeLsum(text, text).fmeasure).toBe(1);
      }),
      params,
    );
  });

  test('ROUGE-L precision of (a, b) is the recall of (b, a)', () => {
    fc.assert(
      fc.property(words(0, 30), words(0, 30), (a, b) => {
        expect(M.rougeL(a.join(' '), b.join(' ')).precision).toBe(M.rougeL(b.join(' '), a.join(' ')).recall);
      }),
      params,
    );
  });

  test('bit-parallel LCS equals the DP, the Hirschberg alignment and the rouge-score backtrack', () => {
    fc.assert(
      fc.property(words(0, 150), words(0, 150), (a, b) => {
        const n = M.lcsLengthDP(a, b);
        expect(M.lcsLength(a, b)).toBe(n);
        const pairs = M.lcsAlignment(a, b);
        expect(pairs).toHaveLength(n);
        pairs.forEach(([i, j], k) => {
          expect(a[i]).toBe(b[j]);
          if (k > 0) {
            expect(i).toBeGreaterThan(pairs[k - 1]![0]);
            expect(j).toBeGreaterThan(pairs[k - 1]![1]);
          }
        });
        const idx = M.lcsReferenceIndices(a, b);
        expect(idx).toHaveLength(n);
        // The chosen reference tokens must form a subsequence of b.
        let j = 0;
        for (const i of idx) {
          while (j < b.length && b[j] !== a[i]) j++;
          expect(j).toBeLessThan(b.length);
          j++;
        }
      }),
      params,
    );
  });
});

describe('probabilities', () => {
  test('perplexity of a uniform distribution over V tokens is V', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100000 }), fc.integer({ min: 1, max: 50 }), (v, n) => {
        const p = M.perplexity(new Array<number>(n).fill(1 / v));
        expect(Math.abs(p - v) / v).toBeLessThan(1e-12);
      }),
      params,
    );
  });

  test('sampling keeps at least one token and its probabilities sum to 1', () => {
    const logits = fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 1, maxLength: 60 });
    const options = fc.record({
      temperature: fc.oneof(fc.constant(0), fc.double({ min: 0.05, max: 5, noNaN: true })),
      topK: fc.option(fc.integer({ min: 0, max: 70 })),
      topP: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
    });
    fc.assert(
      fc.property(logits, options, (l, o) => {
        const r = M.sampleDistribution(l, o);
        expect(r.kept.length).toBeGreaterThan(0);
        expect(Math.abs(r.probs.reduce((s, x) => s + x, 0) - 1)).toBeLessThan(1e-12);
        r.probs.forEach((p, i) => {
          if (!r.kept.includes(i)) expect(p).toBe(0);
        });
        expect([...r.kept].sort((x, y) => x - y)).toEqual(r.kept);
      }),
      params,
    );
  });

  test('ROC AUC equals its exact Mann–Whitney fraction and lies in [0, 1]', () => {
    const sample = fc
      .array(fc.tuple(fc.constantFrom(0, 1), fc.integer({ min: 0, max: 20 })), { minLength: 2, maxLength: 80 })
      .filter((xs) => xs.some(([y]) => y === 0) && xs.some(([y]) => y === 1));
    fc.assert(
      fc.property(sample, (xs) => {
        const y = xs.map(([l]) => l);
        const s = xs.map(([, v]) => v / 4);
        const auc = M.rocAucScore(y, s);
        const f = M.rocAucFraction(y, s);
        expect(Math.abs(auc - f.numerator / f.denominator)).toBeLessThan(1e-12);
        expect(inUnit(auc)).toBe(true);
      }),
      params,
    );
  });
});

describe('numerics and planning', () => {
  test('fsum is exact on integers and independent of order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e6, max: 1e6 }), { maxLength: 300 }), (xs) => {
        const exact = xs.reduce((s, x) => s + x, 0);
        expect(M.fsum(xs)).toBe(exact);
        expect(M.pairwiseSum(xs)).toBe(exact);
        expect(M.fsum([...xs].reverse())).toBe(M.fsum(xs));
      }),
      params,
    );
  });

  test('MAE never exceeds RMSE and R² never exceeds 1', () => {
    // Millesimal values: subnormal inputs would let (y − ŷ)² underflow to 0 while |y − ŷ| does not.
    const value = fc.integer({ min: -1e6, max: 1e6 }).map((x) => x / 1000);
    const pair = fc.array(fc.tuple(value, value), { minLength: 2, maxLength: 50 });
    fc.assert(
      fc.property(pair, (xs) => {
        const t = xs.map(([a]) => a);
        const p = xs.map(([, b]) => b);
        expect(M.meanAbsoluteError(t, p)).toBeLessThanOrEqual(M.rootMeanSquaredError(t, p) * (1 + 1e-12));
        expect(M.r2Score(t, p)).toBeLessThanOrEqual(1);
      }),
      params,
    );
  });

  test('dataSplit counts always add up to the total', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e7 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        (total, a, b) => {
          const train = Math.min(a, 100);
          const validation = Math.min(b, 100 - train);
          const s = M.dataSplit(total, {
            trainPct: train,
            validationPct: validation,
            testPct: 100 - train - validation,
          });
          expect(s.train + s.validation + s.test).toBe(total);
        },
      ),
      params,
    );
  });
});
