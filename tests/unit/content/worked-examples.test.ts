// Every number a worked example states is recomputed with the metric library, and must also appear,
// as written, in the example's text on its page.
import { describe, expect, test } from 'vitest';
import * as metrics from '../../../src/lib/metrics/index.ts';
import { readJsonArrays, readTopics } from './content-files.ts';

interface WorkedExample {
  id: string;
  page: string;
  metric: string;
  input: Record<string, unknown>;
  claims: Record<string, string>;
}

type Values = Record<string, number | string | null>;
const num = (value: unknown) => value as number;
const nums = (value: unknown) => value as number[];

/** What the library computes for each kind of example, keyed by the claim names of docs/AUTHORING.md. */
const COMPUTE: Record<string, (input: Record<string, unknown>) => Values> = {
  confusion: (input) => {
    const counts = { tp: num(input['tp']), fp: num(input['fp']), fn: num(input['fn']), tn: num(input['tn']) };
    const specificity = metrics.specificity(counts);
    return {
      accuracy: metrics.accuracy(counts),
      precision: metrics.precision(counts),
      recall: metrics.recall(counts),
      specificity,
      fpr: specificity === null ? null : 1 - specificity,
      f1: metrics.f1Score(counts),
      fbeta: input['beta'] === undefined ? null : metrics.fBetaScore(counts, num(input['beta'])),
    };
  },
  roc: (input) => ({ auc: metrics.rocAucScore(nums(input['yTrue']), nums(input['yScore'])) }),
  regression: (input) => {
    const [y, yHat] = [nums(input['yTrue']), nums(input['yPred'])];
    return {
      mae: metrics.meanAbsoluteError(y, yHat),
      mse: metrics.meanSquaredError(y, yHat),
      rmse: metrics.rootMeanSquaredError(y, yHat),
      mape: metrics.meanAbsolutePercentageError(y, yHat),
      r2: metrics.r2Score(y, yHat),
    };
  },
  rouge: (input) => {
    const [reference, candidate] = [String(input['reference']), String(input['candidate'])];
    const options = { useStemmer: input['useStemmer'] === true };
    const values: Values = {};
    const scores = {
      rouge1: metrics.rougeN(reference, candidate, 1, options),
      rouge2: metrics.rougeN(reference, candidate, 2, options),
      rougeL: metrics.rougeL(reference, candidate, options),
    };
    for (const [name, score] of Object.entries(scores)) {
      for (const [field, value] of Object.entries(score)) values[`${name}.${field}`] = value;
    }
    return values;
  },
  bleu: (input) => {
    const references = (input['references'] as string[]).map((text) => text.split(' '));
    const hypothesis = String(input['hypothesis']).split(' ');
    const plain = metrics.sentenceBleu(references, hypothesis);
    const values: Values = {
      bleu: plain.bleu,
      bleuMethod1: metrics.sentenceBleu(references, hypothesis, { smoothing: 'method1' }).bleu,
      brevityPenalty: plain.brevityPenalty,
      sacreBleu: metrics.sacreSentenceBleu(String(input['hypothesis']), input['references'] as string[]).score,
    };
    plain.precisions.forEach((p, index) => (values[`p${index + 1}`] = p.numerator / p.denominator));
    return values;
  },
  perplexity: (input) => {
    const report = metrics.perplexityReport(nums(input['probs']));
    return { perplexity: report.perplexity, crossEntropyNats: report.meanNllNats, crossEntropyBits: report.meanNllBits };
  },
  sampling: (input) => {
    const tokens = input['tokens'] as string[];
    const result = metrics.sampleDistribution(
      nums(input['probs']).map(Math.log),
      { temperature: num(input['temperature']), topK: num(input['topK']), topP: num(input['topP']) },
    );
    const values: Values = {
      kept: [...result.kept].sort((a, b) => result.probs[b]! - result.probs[a]!).map((i) => tokens[i]).join(', '),
    };
    tokens.forEach((token, index) => (values[`p:${token}`] = result.probs[index]!));
    return values;
  },
  bertscore: (input) => ({ ...metrics.bertScoreFromSimilarity(input['similarity'] as number[][]) }),
  dataSplit: (input) => ({
    ...metrics.dataSplit(num(input['total']), {
      trainPct: num(input['trainPct']),
      validationPct: num(input['validationPct']),
      testPct: num(input['testPct']),
    }),
  }),
  bias: (input) => {
    const [a, d] = [input['a'] as metrics.ConfusionCounts, input['d'] as metrics.ConfusionCounts];
    const [labelsA, labelsD] = [metrics.labelOutcomes(a), metrics.labelOutcomes(d)];
    const [predictedA, predictedD] = [metrics.predictionOutcomes(a), metrics.predictionOutcomes(d)];
    return {
      ci: metrics.classImbalance(labelsA.members, labelsD.members),
      dpl: metrics.differenceInProportionsOfLabels(labelsA, labelsD),
      dppl: metrics.differenceInPositiveProportionsInPredictedLabels(predictedA, predictedD),
      di: metrics.disparateImpact(predictedA, predictedD),
      rd: metrics.recallDifference(a, d),
      ad: metrics.accuracyDifference(a, d),
      dar: metrics.differenceInAcceptanceRates(a, d),
    };
  },
  tokenCost: (input) => {
    const cost = metrics.tokenCost(input as unknown as metrics.TokenCostInput);
    return { onDemand: cost.onDemand, batch: cost.batch };
  },
};

/** True when `value` written with the claim's decimals (or as a percentage) reads exactly as the claim. */
function matchesClaim(value: number | string | null, claim: string): boolean {
  if (typeof value === 'string') return value === claim;
  if (value === null || !Number.isFinite(value)) return false;
  const percent = claim.endsWith('%');
  const digits = claim.replace(/\s*%$/, '');
  const decimals = digits.includes('.') ? digits.split('.')[1]!.length : 0;
  return (percent ? value * 100 : value).toFixed(decimals) === Number(digits).toFixed(decimals);
}

const examples = readJsonArrays<WorkedExample>('worked-examples');
const bodies = new Map(readTopics().map((topic) => [topic.slug, topic.body]));

/** The MDX text inside <WorkedExample id="..."> ... </WorkedExample>. */
function exampleText(example: WorkedExample): string | undefined {
  const body = bodies.get(example.page) ?? '';
  const start = body.search(new RegExp(`<WorkedExample[^>]*\\bid="${example.id}"`));
  if (start < 0) return undefined;
  const end = body.indexOf('</WorkedExample>', start);
  return body.slice(start, end < 0 ? undefined : end);
}

test('there are worked examples and their ids are unique', () => {
  expect(examples.length).toBeGreaterThanOrEqual(10);
  expect(new Set(examples.map((example) => example.id)).size).toBe(examples.length);
});

describe.each(examples)('worked example $id ($metric)', (example) => {
  test('every claimed number matches the metric library', () => {
    const compute = COMPUTE[example.metric];
    expect(compute, `unknown metric "${example.metric}"`).toBeDefined();
    const values = compute!(example.input);
    const wrong = Object.entries(example.claims)
      .filter(([key, claim]) => !(key in values) || !matchesClaim(values[key] ?? null, claim))
      .map(([key, claim]) => `${key}: page says ${claim}, library gives ${String(values[key])}`);
    expect(wrong).toEqual([]);
  });

  test('appears on its page with every claimed number in its text', () => {
    const text = exampleText(example);
    expect(text, `content/${example.page}.mdx has no <WorkedExample id="${example.id}">`).toBeDefined();
    const missing = Object.values(example.claims).filter((claim) => !text!.includes(claim));
    expect(missing).toEqual([]);
  });
});

test('a wrong claim is caught', () => {
  expect(matchesClaim(0.8888, '0.889')).toBe(true);
  expect(matchesClaim(0.8888, '0.888')).toBe(false);
  expect(matchesClaim(0.97, '97%')).toBe(true);
  expect(matchesClaim(null, '0')).toBe(false);
});
