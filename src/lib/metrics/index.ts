// Ships to the browser: no DOM, no Node APIs, no runtime dependencies.
// The public surface of the metric library; pages and calculators import from here only.

export { MetricError } from './errors.ts';
export { fsum, pairwiseSum, numpyMean } from './fsum.ts';

export {
  accuracy,
  precision,
  recall,
  specificity,
  f1Score,
  fBetaScore,
  f1FromPrecisionRecall,
  type ConfusionCounts,
} from './ratios.ts';
export {
  labelOutcomes,
  predictionOutcomes,
  positiveProportion,
  classImbalance,
  differenceInProportionsOfLabels,
  differenceInPositiveProportionsInPredictedLabels,
  disparateImpact,
  fourFifthsRule,
  recallDifference,
  accuracyDifference,
  differenceInAcceptanceRates,
  type FacetOutcomes,
} from './bias.ts';
export {
  classificationReport,
  type ClassificationReport,
  type PerClassMetrics,
  type ZeroDivision,
} from './classification.ts';
export type { Averaged } from './class-averages.ts';
export { rocCurve, rocAucScore, rocAucFraction, confusionAtThreshold, type RocCurve } from './roc.ts';
export {
  meanAbsoluteError,
  meanSquaredError,
  rootMeanSquaredError,
  meanAbsolutePercentageError,
  r2Score,
  r2ScoreReport,
  MAPE_EPSILON,
  mapeDenominators,
  sumsOfSquares,
  rmseMaeRatio,
  largestAbsoluteError,
  overflowingMetrics,
  type ErrorMetricName,
  type R2Result,
} from './regression.ts';

export { tokenize, type TokenizeOptions } from '../text/tokenize.ts';
export { porterStem } from '../text/porter-stemmer.ts';
export { ngrams, ngramKeys, ngramCounts } from '../text/ngrams.ts';
export { tokenize13a } from '../text/tokenize-13a.ts';
export { lcsLength, lcsLengthDP } from '../text/lcs.ts';
export { lcsReferenceIndices } from '../text/lcs-backtrack.ts';
export { lcsAlignment } from '../text/hirschberg.ts';
export {
  rougeN,
  rougeL,
  rougeLsum,
  rougeNTokens,
  rougeLTokens,
  rougeLsumTokens,
  type RougeScore,
  type RougeOptions,
} from './rouge.ts';
export { rougeNMatches, type RougeNMatches } from './rouge-matches.ts';

export { modifiedPrecision, closestRefLength, brevityPenalty, type ModifiedPrecision } from './bleu-counts.ts';
export {
  sentenceBleu,
  corpusBleu,
  DBL_MIN,
  type BleuOptions,
  type BleuItem,
  type BleuCore,
  type SentenceBleuResult,
  type CorpusBleuResult,
} from './bleu.ts';
export {
  sacreSentenceBleu,
  sacreCorpusBleu,
  sacreComputeBleu,
  type SacreBleuOptions,
  type SacreSmoothingOptions,
  type SacreBleuScore,
  type SacreSmoothMethod,
  type SacreTokenize,
} from './sacrebleu.ts';

export {
  perplexity,
  perplexityFromLogProbs,
  crossEntropy,
  perplexityReport,
  probabilityProblem,
  logProbProblem,
  crossEntropyFromLogProbs,
  logProbReport,
  probsFromLogProbs,
  surprisals,
  surprisalsFromLogProbs,
  type PerplexityReport,
} from './perplexity.ts';
export {
  softmax,
  logitsFromProbs,
  sampleDistribution,
  type FilterResult,
  type SamplingOptions,
  type SamplingResult,
} from './sampling.ts';
export { topK, topP } from './sampling-filters.ts';

export { bertScoreFromSimilarity, type BertScore } from './bert-score.ts';
export {
  dataSplit,
  splitShares,
  tokenCost,
  type SplitPercentages,
  type SplitCounts,
  type SplitShares,
  type TokenCostInput,
  type TokenCost,
} from './planning.ts';
export { mulberry32, sampleToken } from '../random/mulberry32.ts';
