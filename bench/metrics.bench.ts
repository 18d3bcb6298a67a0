// `npm run bench`: times every metric on large inputs (median of several runs
// after warm-up), compares the LCS kernel with js-rouge, prints a markdown
// table and exits with status 1 if a speed target is missed.
import { l as jsRougeL, lcs as jsRougeLcs } from 'js-rouge';
import * as M from '../src/lib/metrics/index.ts';
import { edit, randomFloats, zipfTokens } from './inputs.ts';

function median(fn: () => unknown, runs: number, warmup = 2): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const ref10k = zipfTokens(10_000, 5_000, 1);
const cand10k = edit(ref10k, 0.15, 2).slice(0, 10_000);
while (cand10k.length < 10_000) cand10k.push('pad');
const ref5k = ref10k.slice(0, 5_000);
const cand5k = cand10k.slice(0, 5_000);
const refText = ref5k.join(' ');
const candText = cand5k.join(' ');
const refSentences = ref5k.map((t, i) => (i % 25 === 24 ? `${t}\n` : `${t} `)).join('');
const candSentences = cand5k.map((t, i) => (i % 25 === 24 ? `${t}\n` : `${t} `)).join('');
const english =
  'the models generalize surprisingly well when training examples are carefully labelled and evaluated '.repeat(500);
const corpus = Array.from({ length: 1_000 }, (_, k) => {
  const r = zipfTokens(25, 2_000, 100 + k);
  return { references: [r, edit(r, 0.3, 5_000 + k)], hypothesis: edit(r, 0.2, 9_000 + k) };
});
const matrix = Array.from({ length: 100 }, (_, i) =>
  Array.from({ length: 100 }, (_, j) => (i === j ? 900 : (i * 7 + j * 13) % 11)),
);
const scores = randomFloats(100_000, 3);
const labels = randomFloats(100_000, 4).map((u, i) => (u < 0.3 + 0.4 * scores[i]! ? 1 : 0));
const yTrue = randomFloats(1_000_000, 5).map((u) => u * 100);
const yPred = yTrue.map((y, i) => y + (i % 7) - 3);
const probs = randomFloats(1_000_000, 6).map((u) => 0.01 + 0.98 * u);
const logits = randomFloats(50_000, 7).map((u) => 10 * u);

const rows: Array<[string, string, number]> = [];
const time = (name: string, size: string, fn: () => unknown, runs = 7): number => {
  const ms = median(fn, runs);
  rows.push([name, size, ms]);
  return ms;
};

const lcs10k = time('lcsLength (bit-parallel)', '10,000 × 10,000 tokens', () => M.lcsLength(ref10k, cand10k), 9);
const lcs5k = time('lcsLength (bit-parallel)', '5,000 × 5,000 tokens', () => M.lcsLength(ref5k, cand5k), 9);
const js5k = time('js-rouge `lcs` (reference point)', '5,000 × 5,000 tokens', () => jsRougeLcs(ref5k, cand5k), 3);
time('lcsLengthDP (textbook DP)', '5,000 × 5,000 tokens', () => M.lcsLengthDP(ref5k, cand5k), 3);
const align5k = time('lcsAlignment (Hirschberg)', '5,000 × 5,000 tokens', () => M.lcsAlignment(ref5k, cand5k), 5);
time('lcsReferenceIndices (rouge-score order)', '5,000 × 5,000 tokens', () => M.lcsReferenceIndices(ref5k, cand5k));
const ours = time('rougeL (tokenize + LCS)', '5,000-token texts', () => M.rougeL(refText, candText));
const theirs = time('js-rouge `l` (reference point)', '5,000-token texts', () => jsRougeL(candText, refText), 3);
time('rougeLsum', '5,000 tokens, 200 × 200 sentences', () => M.rougeLsum(refSentences, candSentences), 3);
time('rougeN, n = 1 … 4', '5,000-token texts', () => [1, 2, 3, 4].map((n) => M.rougeN(refText, candText, n)));
time('tokenize with Porter stemming', '6,500 words', () => M.tokenize(english, { useStemmer: true }));
time('sentenceBleu', '5,000-token hypothesis', () => M.sentenceBleu([ref5k], cand5k));
time('corpusBleu', '1,000 sentences × 2 references', () => M.corpusBleu(corpus));
const sacreHyps = corpus.map((item) => item.hypothesis.join(' '));
const sacreRefs = [0, 1].map((k) => corpus.map((item) => item.references[k]!.join(' ')));
time('sacreCorpusBleu (13a)', '1,000 sentences × 2 references', () => M.sacreCorpusBleu(sacreHyps, sacreRefs));
time('classificationReport', '100 × 100 matrix', () => M.classificationReport(matrix));
time('rocCurve + rocAucScore', '100,000 samples', () => [M.rocCurve(labels, scores), M.rocAucScore(labels, scores)]);
time('rocAucFraction', '100,000 samples', () => M.rocAucFraction(labels, scores));
time('MAE + MSE + RMSE + MAPE + R²', '1,000,000 samples', () => [
  M.meanAbsoluteError(yTrue, yPred),
  M.meanSquaredError(yTrue, yPred),
  M.rootMeanSquaredError(yTrue, yPred),
  M.meanAbsolutePercentageError(yTrue, yPred),
  M.r2Score(yTrue, yPred),
]);
time('perplexityReport', '1,000,000 probabilities', () => M.perplexityReport(probs));
time('sampleDistribution (T, top-k, top-p)', 'vocabulary 50,000', () =>
  M.sampleDistribution(logits, { temperature: 0.7, topK: 1_000, topP: 0.9 }),
);

const speedup = js5k / lcs5k;
const targets: Array<[string, boolean, string]> = [
  ['lcsLength 10,000 × 10,000 ≤ 50 ms', lcs10k <= 50, `${lcs10k.toFixed(2)} ms`],
  ['lcsLength ≥ 20 × faster than js-rouge at 5,000 × 5,000', speedup >= 20, `${speedup.toFixed(0)} ×`],
  ['lcsAlignment 5,000 × 5,000 ≤ 300 ms', align5k <= 300, `${align5k.toFixed(1)} ms`],
];

console.log(`\nNode ${process.version}, median of several runs after 2 warm-up runs\n`);
console.log('| metric | input | median time (ms) |\n|---|---|---:|');
for (const [name, size, ms] of rows) console.log(`| ${name} | ${size} | ${ms < 10 ? ms.toFixed(2) : ms.toFixed(1)} |`);
console.log(`\nSpeed-up of lcsLength over js-rouge's LCS at 5,000 × 5,000 tokens: ${speedup.toFixed(0)} ×`);
console.log(
  `End to end, rougeL vs js-rouge \`l\` on the same 5,000-token texts: ${(theirs / ours).toFixed(0)} × (different tokenizers)\n`,
);
console.log('| target | result | status |\n|---|---|---|');
for (const [name, ok, value] of targets) console.log(`| ${name} | ${value} | ${ok ? 'met' : 'MISSED'} |`);
if (targets.some(([, ok]) => !ok)) {
  console.error('\nA speed target was missed.');
  process.exitCode = 1;
}
