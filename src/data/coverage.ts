// What the source notes leave out, per task statement, from the exam blueprint comparison
// (shared docs EXAM-GUIDE.md). Shown on the blueprint page so readers know what to study elsewhere.

export type Coverage = 'covered' | 'partly' | 'not covered';

export interface TaskCoverage {
  readonly coverage: Coverage;
  /** Topics of the task statement these pages do not teach. */
  readonly gaps: string;
}

export const TASK_COVERAGE: Readonly<Record<string, TaskCoverage>> = {
  '1.1': { coverage: 'partly', gaps: 'fairness, agentic AI' },
  '1.2': {
    coverage: 'partly',
    gaps: 'when AI/ML is not appropriate; the AWS managed AI services (SageMaker, Transcribe, Translate, Comprehend, Lex, Polly, Rekognition, Textract, Kendra, Personalize)',
  },
  '1.3': { coverage: 'partly', gaps: 'sources of models, MLOps, most business metrics' },
  '2.1': { coverage: 'partly', gaps: 'chunking strategies, the full foundation-model lifecycle' },
  '2.2': { coverage: 'partly', gaps: 'hallucination in depth, model selection factors' },
  '2.3': { coverage: 'partly', gaps: 'SageMaker JumpStart' },
  '3.1': { coverage: 'covered', gaps: 'model selection criteria beyond cost and size' },
  '3.2': { coverage: 'covered', gaps: 'prompt-attack risks beyond prompt injection' },
  '3.3': { coverage: 'covered', gaps: 'data preparation for fine-tuning in depth' },
  '3.4': { coverage: 'covered', gaps: '' },
  '4.1': {
    coverage: 'partly',
    gaps: 'fairness, inclusivity, robustness, safety and veracity; SageMaker Clarify, Model Monitor, Amazon A2I',
  },
  '4.2': {
    coverage: 'not covered',
    gaps: 'transparent and explainable models (model cards, SageMaker Clarify explainability)',
  },
  '5.1': {
    coverage: 'partly',
    gaps: 'IAM, encryption, Amazon Macie, AWS PrivateLink, the shared responsibility model',
  },
  '5.2': {
    coverage: 'not covered',
    gaps: 'AWS CloudTrail, AWS Config, Amazon Inspector, AWS Audit Manager, AWS Artifact, AWS Trusted Advisor, data governance',
  },
};
