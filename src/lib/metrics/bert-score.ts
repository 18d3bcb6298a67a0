// Ships to the browser: no DOM, no Node APIs, no runtime dependencies.
// BERTScore's greedy matching (Zhang et al., 2020) once the cosine similarities
// of the contextual embeddings are known; the embeddings themselves come from a
// model the site does not run.
import { check } from './errors.ts';

/** BERTScore precision, recall and F1. */
export interface BertScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/**
 * BERTScore from a cosine-similarity matrix (rows = reference tokens, columns =
 * candidate tokens): recall = mean over reference tokens of their row maximum,
 * precision = mean over candidate tokens of their column maximum, F1 = 2PR / (P + R).
 * No idf weighting, no baseline rescaling. F1 = 0 when P + R = 0 (bert_score
 * replaces the NaN by 0). Throws MetricError for an empty or ragged matrix or
 * entries that are not finite numbers in [−1, 1].
 * @example bertScoreFromSimilarity([[1, 0], [0, 0.5]]) // { precision: 0.75, recall: 0.75, f1: 0.75 }
 */
export function bertScoreFromSimilarity(similarity: readonly (readonly number[])[]): BertScore {
  const fn = 'bertScoreFromSimilarity';
  check(similarity.length > 0, fn, 'the similarity matrix has no rows (no reference tokens)');
  const cols = similarity[0]!.length;
  check(cols > 0, fn, 'the similarity matrix has no columns (no candidate tokens)');
  const colMax = new Array<number>(cols).fill(Number.NEGATIVE_INFINITY);
  let recallSum = 0;
  similarity.forEach((row, i) => {
    check(row.length === cols, fn, `row ${i} has ${row.length} entries, expected ${cols}`);
    let rowMax = Number.NEGATIVE_INFINITY;
    row.forEach((s, j) => {
      check(
        Number.isFinite(s) && s >= -1 && s <= 1,
        fn,
        `similarity[${i}][${j}] must be a cosine similarity in [-1, 1] (got ${s})`,
      );
      if (s > rowMax) rowMax = s;
      if (s > colMax[j]!) colMax[j] = s;
    });
    recallSum += rowMax;
  });
  const recall = recallSum / similarity.length;
  const precision = colMax.reduce((a, b) => a + b, 0) / cols;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
