// The study path: the topic pages in six parts that follow the exam's domains. The sidebar and the home
// page group pages by it; within a part, pages follow their `order`. A test checks that every topic page
// is in exactly one part (tests/unit/content/study-path.test.ts).

export interface StudyPart {
  readonly id: string;
  readonly title: string;
  /** One sentence for the home page. */
  readonly text: string;
  /** The exam domain the part serves. */
  readonly domain: number;
  readonly slugs: readonly string[];
}

export const STUDY_PATH: readonly StudyPart[] = [
  {
    id: 'foundations',
    title: 'AI and ML foundations',
    text: 'What AI, machine learning, deep learning and GenAI are, how models learn, when AI fits, and the AWS AI services.',
    domain: 1,
    slugs: ['ai-ml-overview', 'ml-algorithms', 'ai-use-cases', 'aws-ai-services'],
  },
  {
    id: 'lifecycle',
    title: 'Building and measuring ML models',
    text: 'The ML lifecycle, SageMaker AI and MLOps, the AWS data and compute services around them, inference options, model fit and the metrics the exam asks about.',
    domain: 1,
    slugs: [
      'ml-lifecycle',
      'sagemaker-ai',
      'data-and-infrastructure',
      'inference',
      'model-performance',
      'classification-metrics',
      'regression-metrics',
    ],
  },
  {
    id: 'genai',
    title: 'Generative AI on AWS',
    text: 'Foundation models, retrieval, Amazon Bedrock, agents, and Amazon Q with its successors.',
    domain: 2,
    slugs: ['generative-ai', 'rag-and-knowledge-bases', 'amazon-bedrock', 'agentic-ai', 'amazon-q'],
  },
  {
    id: 'applications',
    title: 'Applying foundation models',
    text: 'Prompt engineering, customization and fine-tuning, and how to evaluate models and applications.',
    domain: 3,
    slugs: ['prompt-engineering', 'fine-tuning', 'evaluating-models'],
  },
  {
    id: 'responsible',
    title: 'Responsible AI',
    text: 'Fairness, the kinds of bias and how to measure them, safety, transparency and explainability.',
    domain: 4,
    slugs: ['responsible-ai', 'bias-detection', 'explainable-ai'],
  },
  {
    id: 'security',
    title: 'Security, compliance and governance',
    text: 'Securing AI systems on AWS, and the services and processes of governance and compliance.',
    domain: 5,
    slugs: ['ai-security', 'ai-governance'],
  },
];
