// The site's calculators, for the calculators index page. Each lives on the page that explains its
// topic; the link targets the calculator's title (id "<prefix>-title", set by CalculatorFrame).

export interface CalculatorLink {
  readonly title: string;
  /** File name of its component in src/components/calculators, without ".astro". */
  readonly component: string;
  readonly page: string;
  readonly prefix: string;
  readonly description: string;
}

export const CALCULATORS: readonly CalculatorLink[] = [
  {
    title: 'Confusion matrix metrics',
    component: 'ConfusionCalculator',
    page: 'classification-metrics',
    prefix: 'cm',
    description:
      'TP, FP, FN and TN to accuracy, precision, recall, specificity, F1 and F-beta; an N × N matrix to macro, micro and weighted averages.',
  },
  {
    title: 'Threshold and ROC explorer',
    component: 'RocCalculator',
    page: 'classification-metrics',
    prefix: 'roc',
    description:
      'Scores and labels to the ROC curve and AUC; move the threshold and watch the confusion matrix, precision and recall change.',
  },
  {
    title: 'Regression errors',
    component: 'RegressionCalculator',
    page: 'regression-metrics',
    prefix: 'reg',
    description:
      'Actual and predicted values to MAE, MAPE, MSE, RMSE and R², with a residual plot that shows why an outlier hurts RMSE most.',
  },
  {
    title: 'ROUGE',
    component: 'RougeCalculator',
    page: 'evaluating-models',
    prefix: 'rouge',
    description:
      'A reference and a candidate summary to ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-N, with the matches highlighted.',
  },
  {
    title: 'BLEU',
    component: 'BleuCalculator',
    page: 'evaluating-models',
    prefix: 'bleu',
    description: 'References and a candidate translation to clipped n-gram precisions, the brevity penalty and BLEU.',
  },
  {
    title: 'Perplexity',
    component: 'PerplexityCalculator',
    page: 'evaluating-models',
    prefix: 'ppl',
    description: 'Per-token probabilities to cross-entropy and perplexity.',
  },
  {
    title: 'Temperature, top-k and top-p',
    component: 'SamplingCalculator',
    page: 'prompt-engineering',
    prefix: 'smp',
    description: 'Reshape a next-token distribution with temperature, top-k and top-p, and sample from it.',
  },
  {
    title: 'Training, validation and test split',
    component: 'DataSplitCalculator',
    page: 'ai-ml-overview',
    prefix: 'split',
    description: 'A dataset size and percentages to the number of examples in each set.',
  },
  {
    title: 'Token cost: on demand vs batch',
    component: 'TokenCostCalculator',
    page: 'amazon-bedrock',
    prefix: 'cost',
    description: 'Tokens, requests and your own prices to the cost of a workload on demand and in batch mode.',
  },
  {
    title: 'Subgroup bias: SageMaker Clarify’s measures',
    component: 'BiasCalculator',
    page: 'bias-detection',
    prefix: 'bias',
    description:
      'The confusion counts of two groups to class imbalance, DPL, DPPL, disparate impact (with the four-fifths rule), recall, accuracy and acceptance-rate differences.',
  },
];
