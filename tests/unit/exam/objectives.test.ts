import { describe, expect, test } from 'vitest';
import { EXAM_TASK_IDS } from '../../../src/lib/exam/blueprint.ts';
import {
  EXAM_OBJECTIVES,
  GUIDE_REVISION,
  OBJECTIVE_IDS,
  domainOf,
  findObjective,
  sortObjectives,
  taskOf,
  tasksOf,
} from '../../../src/lib/exam/objectives.ts';

// Transcribed from the AIF-C01 exam guide, revision 1.1: for each objective, terms its bullet names
// (every AWS service or feature, and the distinctive techniques and metrics). The site's titles are short
// paraphrases that promise to keep every term the guide names, so each must contain these.
const GUIDE_TERMS: Record<string, readonly string[]> = {
  '1.1.1': [
    'deep learning',
    'neural networks',
    'computer vision',
    'NLP',
    'inferencing',
    'fairness',
    'LLM',
    'agentic AI',
  ],
  '1.1.2': ['GenAI', 'deep learning', 'agentic AI'],
  '1.1.3': ['batch', 'real-time', 'asynchronous', 'serverless'],
  '1.1.4': ['labeled', 'tabular', 'time-series', 'unstructured'],
  '1.1.5': ['supervised', 'unsupervised', 'reinforcement learning'],
  '1.2.1': ['decision making', 'scalability', 'automation'],
  '1.2.2': ['cost-benefit', 'instead of a prediction'],
  '1.2.3': ['regression', 'classification', 'clustering'],
  '1.2.4': ['speech recognition', 'fraud detection', 'forecasting', 'knowledge bases', 'agentic AI'],
  '1.2.5': ['SageMaker AI', 'Transcribe', 'Translate', 'Comprehend', 'Lex', 'Polly'],
  '1.2.6': ['traditional ML', 'foundation models', 'regulatory', 'explainability', 'operational constraints'],
  '1.3.1': ['pipeline'],
  '1.3.2': ['open source pre-trained models', 'training custom models'],
  '1.3.3': ['managed API service', 'self-hosted API'],
  '1.3.4': ['Amazon Bedrock', 'Amazon Quick', 'Kiro', 'SageMaker AI'],
  '1.3.5': ['experimentation', 'repeatable processes', 'technical debt', 'model monitoring', 're-training'],
  '1.3.6': ['accuracy', 'precision', 'recall', 'F1 score', 'cost per user', 'ROI'],
  '2.1.1': ['tokens', 'chunking', 'embeddings', 'vectors', 'transformer-based', 'multi-modal', 'diffusion'],
  '2.1.2': ['summarization', 'AI assistants', 'code generation', 'customer service agents', 'recommendation engines'],
  '2.1.3': ['data selection', 'pre-training', 'fine-tuning', 'deployment', 'feedback'],
  '2.1.4': ['token-based pricing'],
  '2.1.5': ['context engineering'],
  '2.1.6': ['Model Context Protocol (MCP)', 'memory management', 'tool usage', 'workflow orchestration'],
  '2.2.1': ['adaptability', 'responsiveness', 'conversational'],
  '2.2.2': ['hallucinations', 'interpretability', 'inaccuracy', 'nondeterminism'],
  '2.2.3': ['model types', 'compliance', 'cost', 'latency', 'model complexity'],
  '2.2.4': [
    'cross-domain performance',
    'ROI',
    'conversion rate',
    'average revenue per user',
    'customer lifetime value',
  ],
  '2.3.1': [
    'Amazon Bedrock',
    'SageMaker AI',
    'SageMaker JumpStart',
    'Amazon Quick',
    'Kiro',
    'Strands Agents',
    'Amazon Bedrock AgentCore',
  ],
  '2.3.2': ['accessibility', 'lower barrier to entry', 'cost-effectiveness', 'speed to market'],
  '2.3.3': ['security', 'compliance', 'responsibility', 'safety'],
  '2.3.4': ['redundancy', 'regional coverage', 'token-based pricing', 'provisioned throughput', 'custom models'],
  '3.1.1': ['modality', 'multi-lingual', 'model size', 'input/output length', 'prompt caching'],
  '3.1.2': ['temperature', 'input/output length'],
  '3.1.3': ['Retrieval Augmented Generation (RAG)', 'Amazon Bedrock Knowledge Bases'],
  '3.1.4': ['OpenSearch Service', 'Aurora', 'Neptune', 'RDS for PostgreSQL'],
  '3.1.5': ['pre-training', 'fine-tuning', 'in-context learning', 'RAG', 'model distillation'],
  '3.1.6': ['AI agents'],
  '3.2.1': ['context', 'instruction', 'negative prompts'],
  '3.2.2': ['chain-of-thought', 'zero-shot', 'single-shot', 'few-shot', 'prompt templates'],
  '3.2.3': ['experimentation', 'guardrails', 'discovery', 'specificity and concision', 'multiple comments'],
  '3.2.4': ['exposure', 'poisoning', 'hijacking', 'jailbreaking'],
  '3.2.5': ['Amazon Bedrock Prompt Management'],
  '3.3.1': ['pre-training', 'fine-tuning', 'continuous pre-training', 'distillation'],
  '3.3.2': ['instruction tuning', 'transfer learning', 'continuous pre-training'],
  '3.3.3': ['data curation', 'governance', 'labeling', 'representativeness', 'RLHF'],
  '3.4.1': ['human-in-the-loop', 'benchmark datasets', 'Amazon Bedrock Model Evaluation'],
  '3.4.2': ['ROUGE', 'BLEU', 'BERTScore', 'LLM-as-a-judge'],
  '3.4.3': ['productivity', 'user engagement', 'task engineering'],
  '3.4.4': ['RAG', 'agents', 'workflows'],
  '3.4.5': ['task completion rate', 'user satisfaction', 'cost per interaction'],
  '4.1.1': ['bias', 'fairness', 'inclusivity', 'robustness', 'safety', 'veracity'],
  '4.1.2': ['Amazon Bedrock Guardrails'],
  '4.1.3': ['environmental considerations', 'sustainability'],
  '4.1.4': ['infringement', 'loss of customer trust', 'end user risk', 'hallucinations'],
  '4.1.5': ['inclusivity', 'diversity', 'curated data sources', 'balanced datasets'],
  '4.1.6': ['demographic groups', 'inaccuracy', 'overfitting', 'underfitting'],
  '4.1.7': ['trustworthiness', 'truthfulness', 'label quality', 'human audits', 'subgroup analysis'],
  '4.2.1': ['transparent', 'explainable'],
  '4.2.2': ['SageMaker Model Cards', 'Bedrock Model Evaluations', 'open source models', 'licensing'],
  '4.2.3': ['safety', 'transparency', 'interpretability'],
  '4.2.4': ['human-centered design', 'user-feedback mechanisms', 'AI decision transparency'],
  '5.1.1': [
    'IAM',
    'encryption',
    'Macie',
    'PrivateLink',
    'shared responsibility model',
    'AgentCore Identity',
    'Policy in AgentCore',
    'Bedrock Guardrails',
  ],
  '5.1.2': ['source citation', 'data lineage', 'data cataloging', 'SageMaker Model Cards'],
  '5.1.3': ['data quality', 'privacy-enhancing technologies', 'data access control', 'data integrity'],
  '5.1.4': [
    'threat detection',
    'vulnerability management',
    'prompt injection',
    'data leakage',
    'output filtering',
    'audit trails',
    'toxicity',
  ],
  '5.1.5': ['hallucination detection', 'grounding', 'output validation', 'confidence scoring'],
  '5.2.1': ['AWS Config', 'Amazon Inspector', 'AWS Artifact', 'AWS CloudTrail', 'AWS Trusted Advisor'],
  '5.2.2': ['data lifecycles', 'logging', 'residency', 'monitoring', 'observation', 'retention'],
  '5.2.3': [
    'policies',
    'review cadence',
    'Generative AI Security Scoping Matrix',
    'transparency standards',
    'team training',
  ],
};

// The guide's structure: 69 objectives, counted per domain (D1 17, D2 14, D3 19, D4 11, D5 8).
const OBJECTIVES_PER_DOMAIN = { 1: 17, 2: 14, 3: 19, 4: 11, 5: 8 };

describe('EXAM_OBJECTIVES follows the exam guide', () => {
  test('has the 69 objectives of revision 1.1, numbered as the guide numbers them, in its order', () => {
    expect(OBJECTIVE_IDS).toEqual(Object.keys(GUIDE_TERMS));
    expect(EXAM_OBJECTIVES.map((objective) => objective.id)).toEqual(OBJECTIVE_IDS);
  });

  test('has as many objectives in each domain as the guide', () => {
    const counts: Record<number, number> = {};
    for (const id of OBJECTIVE_IDS) counts[domainOf(id)] = (counts[domainOf(id)] ?? 0) + 1;
    expect(counts).toEqual(OBJECTIVES_PER_DOMAIN);
  });

  test('every objective belongs to a task statement of the blueprint, and every task statement has one', () => {
    expect(tasksOf(OBJECTIVE_IDS)).toEqual(EXAM_TASK_IDS);
  });

  test.each(Object.entries(GUIDE_TERMS))('the title of %s keeps the terms the guide names', (id, terms) => {
    const title = findObjective(id)?.title ?? '';
    for (const term of terms) expect(title, `${id} names “${term}”`).toContain(term);
  });

  test('follows the guide revision 1.1 of 30 April 2026, on the AWS documentation site', () => {
    expect(GUIDE_REVISION.revision).toBe('1.1');
    expect(GUIDE_REVISION.published).toBe('2026-04-30');
    expect(GUIDE_REVISION.url).toMatch(
      /^https:\/\/docs\.aws\.amazon\.com\/aws-certification\/latest\/ai-practitioner-01\//,
    );
  });
});

describe('findObjective', () => {
  test('finds an objective by its number', () => {
    expect(findObjective('3.2.5')?.title).toContain('Amazon Bedrock Prompt Management');
    expect(findObjective('1.1.1')?.id).toBe('1.1.1');
    expect(findObjective('5.2.3')?.id).toBe('5.2.3');
  });

  test('is undefined for a number the guide does not have', () => {
    expect(findObjective('5.2.4')).toBeUndefined();
    expect(findObjective('3.4')).toBeUndefined();
    expect(findObjective('')).toBeUndefined();
  });
});

describe('tasksOf', () => {
  test('gives the task statements of some objectives once each, in blueprint order', () => {
    expect(tasksOf(['3.1.4', '1.2.5', '3.1.1', '1.1.3', '2.3.1'])).toEqual(['1.1', '1.2', '2.3', '3.1']);
  });

  test('is empty for no objectives', () => {
    expect(tasksOf([])).toEqual([]);
  });

  test('sorts task numbers as numbers, like sortObjectives: 1.10 after 1.9', () => {
    expect(tasksOf(['1.10.1', '1.9.2', '1.2.1'])).toEqual(['1.2', '1.9', '1.10']);
  });
});

describe('objective numbers', () => {
  test('taskOf gives the task statement of an objective', () => {
    expect(taskOf('1.2.5')).toBe('1.2');
    expect(taskOf('4.1.7')).toBe('4.1');
  });

  test('domainOf gives the domain of an objective or a task statement', () => {
    expect(domainOf('1.2.5')).toBe(1);
    expect(domainOf('5.2')).toBe(5);
  });

  test('read whole numbers, not single characters: 10.2.3 is in domain 10, task 10.2', () => {
    expect(domainOf('10.2.3')).toBe(10);
    expect(taskOf('10.2.3')).toBe('10.2');
  });

  test('sortObjectives sorts in blueprint order, 1.2.10 after 1.2.9, without changing its input', () => {
    const ids = ['2.1.1', '1.2.10', '1.2.9', '1.10.1', '1.3.1'];
    expect(sortObjectives(ids)).toEqual(['1.2.9', '1.2.10', '1.3.1', '1.10.1', '2.1.1']);
    expect(ids).toEqual(['2.1.1', '1.2.10', '1.2.9', '1.10.1', '1.3.1']);
  });
});
