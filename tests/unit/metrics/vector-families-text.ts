// Checkers for the text and generation families (rouge, bleu, perplexity,
// sampling, stemmer); see vector-families.ts for the contract.
import { expect } from 'vitest';
import * as M from '../../../src/lib/metrics/index.ts';
import { decodeFloat, type Tolerance } from '../helpers/close.ts';
import { compareDeep } from '../helpers/deep-compare.ts';
import { expectMetricError, type VectorCase } from './vector-families.ts';

type Checker = (c: VectorCase, tol: Tolerance) => void;
const nums = (xs: unknown): number[] => (xs as unknown[]).map((x) => decodeFloat(x) as number);

const rouge: Checker = (c, tol) => {
  const { reference, candidate } = c.input as { reference: string; candidate: string };
  const opts = { useStemmer: c.options['use_stemmer'] === true };
  const got: Record<string, unknown> = {};
  for (const key of Object.keys(c.expected)) {
    const order = /^rouge(\d+)$/.exec(key);
    if (order) got[key] = M.rougeN(reference, candidate, Number(order[1]), opts);
    else if (key === 'rougeN')
      got[key] = { ...M.rougeN(reference, candidate, c.options['n'] as number, opts), n: c.options['n'] };
    else if (key === 'rougeL') got[key] = M.rougeL(reference, candidate, opts);
    else if (key === 'rougeLsum') got[key] = M.rougeLsum(reference, candidate, opts);
    else if (key === 'tokens')
      got[key] = { reference: M.tokenize(reference, opts), candidate: M.tokenize(candidate, opts) };
    else if (key === 'token_counts') {
      got[key] = { reference: M.tokenize(reference, opts).length, candidate: M.tokenize(candidate, opts).length };
    } else throw new Error(`rouge: expected field "${key}" is not known to the conformance test`);
  }
  compareDeep(got, c.expected, tol, 'expected');
};

function bleuOptions(c: VectorCase): M.BleuOptions {
  return {
    weights: (c.options['weights'] as number[] | undefined) ?? [0.25, 0.25, 0.25, 0.25],
    autoReweigh: c.options['auto_reweigh'] === true,
  };
}

const sentenceBleu: Checker = (c, tol) => {
  const { references, hypothesis } = c.input as unknown as M.BleuItem;
  const opts = bleuOptions(c);
  if ('error' in c.expected) {
    expectMetricError(() => M.sentenceBleu(references, hypothesis, opts), 'sentenceBleu', 'expected.error');
    return;
  }
  const plain = M.sentenceBleu(references, hypothesis, opts);
  const method1 = M.sentenceBleu(references, hypothesis, { ...opts, smoothing: 'method1' });
  const got = {
    bleu: plain.bleu,
    bleu_smoothing_method1: method1.bleu,
    modified_precisions: plain.precisions,
    hyp_len: plain.hypLength,
    closest_ref_len: plain.refLength,
    brevity_penalty: plain.brevityPenalty,
    zero_count_warning: plain.zeroCountWarning,
  };
  compareDeep(got, c.expected, tol, 'expected');
};

const corpusBleu: Checker = (c, tol) => {
  const items = c.input['items'] as M.BleuItem[];
  const opts = bleuOptions(c);
  if ('error' in c.expected) {
    expectMetricError(() => M.corpusBleu(items, opts), 'corpusBleu', 'expected.error');
    return;
  }
  const plain = M.corpusBleu(items, opts);
  const got = {
    bleu: plain.bleu,
    bleu_smoothing_method1: M.corpusBleu(items, { ...opts, smoothing: 'method1' }).bleu,
    p_numerators: plain.numerators,
    p_denominators: plain.denominators,
    hyp_lengths: plain.hypLength,
    ref_lengths: plain.refLength,
    brevity_penalty: plain.brevityPenalty,
    zero_count_warning: plain.zeroCountWarning,
    sentence_bleu_each: items.map((it) => M.sentenceBleu(it.references, it.hypothesis, opts).bleu),
  };
  compareDeep(got, c.expected, tol, 'expected');
};

const fromProbs: Checker = (c, tol) => {
  const r = M.perplexityReport(nums(c.input['probs']));
  const got = {
    perplexity: r.perplexity,
    mean_nll_nats: r.meanNllNats,
    mean_nll_bits: r.meanNllBits,
    valid_input: r.validInput,
  };
  compareDeep(got, c.expected, tol, 'expected');
};

const fromLogProbs: Checker = (c, tol) => {
  const lp = nums(c.input['logprobs']);
  const base = c.options['log_base'] as 'e' | '2';
  const got = { perplexity: M.perplexityFromLogProbs(lp, base), valid_input: M.logProbProblem(lp) === null };
  compareDeep(got, c.expected, tol, 'expected');
};

const sampling: Checker = (c, tol) => {
  const logits = nums(c.input['logits']);
  // Options may be non-finite too ("Infinity", "NaN" strings, as in the inputs).
  const option = (key: string) => decodeFloat(c.options[key]) as number | null;
  const sampling = { temperature: option('temperature') as number, topK: option('top_k'), topP: option('top_p') };
  if ('error' in c.expected) {
    expectMetricError(() => M.sampleDistribution(logits, sampling), 'sampleDistribution', 'expected.error');
    return;
  }
  const r = M.sampleDistribution(logits, sampling);
  const got = { greedy: r.greedy, softmax: r.softmax, probs: r.probs, kept: r.kept, boundary_tie: r.boundaryTie };
  compareDeep(got, c.expected, tol, 'expected');
};

const stem: Checker = (c) => {
  expect(M.porterStem(c.input['word'] as string), `expected.stem of "${String(c.input['word'])}"`).toBe(
    c.expected['stem'],
  );
};

export const TEXT_CHECKERS: Record<string, Record<string, Checker>> = {
  rouge: { rouge },
  bleu: { sentence_bleu: sentenceBleu, corpus_bleu: corpusBleu },
  perplexity: { perplexity_from_probs: fromProbs, perplexity_from_logprobs: fromLogProbs },
  sampling: { sampling },
  stemmer: { porter_stem: stem },
};
