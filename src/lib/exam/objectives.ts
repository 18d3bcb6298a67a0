// The 69 objectives of the current AIF-C01 exam guide (revision 1.1, 30 April 2026), numbered by their
// position under each task statement as the guide's revisions page numbers them. Titles are short
// paraphrases that keep every term the guide names. Pure data; ships to the browser (practice page).

import { taskOf } from './objective-ids.ts';

// The number helpers live in objective-ids.ts (no titles, for browser code), re-exported for callers here.
export { domainOf, sortObjectives, taskOf } from './objective-ids.ts';

/** The exam guide revision the site follows. */
export const GUIDE_REVISION = {
  revision: '1.1',
  published: '2026-04-30',
  url: 'https://docs.aws.amazon.com/aws-certification/latest/ai-practitioner-01/ai-practitioner-01.html',
} as const;

export interface ExamObjective {
  /** "1.2.5": domain, task statement, position. */
  readonly id: string;
  readonly title: string;
}

export const EXAM_OBJECTIVES: readonly ExamObjective[] = [
  {
    id: '1.1.1',
    title:
      'Define basic AI terms: AI, ML, deep learning, neural networks, computer vision, NLP, model, algorithm, training and inferencing, bias, fairness, fit, LLM, GenAI, agentic AI',
  },
  {
    id: '1.1.2',
    title: 'Describe the similarities and differences between AI, ML, GenAI, deep learning and agentic AI',
  },
  { id: '1.1.3', title: 'Describe types of inferencing: batch, real-time, asynchronous, serverless' },
  {
    id: '1.1.4',
    title:
      'Describe the types of data in AI models: labeled and unlabeled, tabular, time-series, image, text, structured and unstructured',
  },
  {
    id: '1.1.5',
    title: 'Describe the types of AI/ML learning: supervised, unsupervised and reinforcement learning methods',
  },
  {
    id: '1.2.1',
    title: 'Recognize where AI/ML provides value: assisting human decision making, solution scalability, automation',
  },
  {
    id: '1.2.2',
    title:
      'Determine when AI/ML is not appropriate: cost-benefit analyses, when a specific outcome is needed instead of a prediction',
  },
  { id: '1.2.3', title: 'Select the AI/ML technique for a use case: regression, classification, clustering' },
  {
    id: '1.2.4',
    title:
      'Identify real-world AI applications: computer vision, NLP, speech recognition, recommendation systems, fraud detection, forecasting, knowledge bases, agentic AI',
  },
  {
    id: '1.2.5',
    title:
      'Explain the capabilities of AWS managed AI/ML services: SageMaker AI, Transcribe, Translate, Comprehend, Lex, Polly',
  },
  {
    id: '1.2.6',
    title:
      'Identify when traditional ML models or foundation models fit a use case: regulatory concerns, explainability requirements, operational constraints',
  },
  { id: '1.3.1', title: 'Describe and differentiate the components of an AI/ML pipeline' },
  { id: '1.3.2', title: 'Describe sources of models: open source pre-trained models, training custom models' },
  { id: '1.3.3', title: 'Describe methods to use a model in production: managed API service, self-hosted API' },
  {
    id: '1.3.4',
    title:
      'Identify AWS services and features for each stage of an AI/ML pipeline: Amazon Bedrock, Amazon Quick, Kiro, SageMaker AI',
  },
  {
    id: '1.3.5',
    title:
      'Describe MLOps concepts: experimentation, repeatable processes, scalable systems, technical debt, production readiness, model monitoring, model re-training',
  },
  {
    id: '1.3.6',
    title:
      'Describe model performance metrics (accuracy, precision, recall, F1 score) and business metrics (cost per user, development costs, customer feedback, ROI)',
  },
  {
    id: '2.1.1',
    title:
      'Define GenAI concepts: tokens, chunking, embeddings, vectors, prompt engineering, transformer-based LLMs, FMs, multi-modal models, diffusion models',
  },
  {
    id: '2.1.2',
    title:
      'Identify GenAI use cases: image, video and audio generation, summarization, AI assistants, translation, code generation, customer service agents, search, recommendation engines',
  },
  {
    id: '2.1.3',
    title:
      'Describe the FM lifecycle: data selection, model selection, pre-training, fine-tuning, evaluation, deployment, feedback',
  },
  { id: '2.1.4', title: 'Describe the token-based pricing model and its effect on inference cost and performance' },
  { id: '2.1.5', title: 'Describe the role of context engineering in FM applications' },
  {
    id: '2.1.6',
    title:
      'Define agentic AI concepts: multi-agent patterns, Model Context Protocol (MCP), multi-agent communication, memory management, tool usage, workflow orchestration',
  },
  {
    id: '2.2.1',
    title:
      'Describe the advantages of GenAI: adaptability, responsiveness, conversational capabilities, content generation',
  },
  {
    id: '2.2.2',
    title: 'Identify the disadvantages of GenAI: hallucinations, interpretability, inaccuracy, nondeterminism',
  },
  {
    id: '2.2.3',
    title:
      'Identify the factors for selecting GenAI models: model types, performance requirements, capabilities, constraints, compliance, cost, latency, model complexity',
  },
  {
    id: '2.2.4',
    title:
      'Determine business value and metrics for GenAI applications: cross-domain performance, ROI, efficiency, conversion rate, average revenue per user, accuracy, customer lifetime value',
  },
  {
    id: '2.3.1',
    title:
      'Identify AWS services for developing GenAI applications: Amazon Bedrock, SageMaker AI, SageMaker JumpStart, Amazon Quick, Kiro, Strands Agents, Amazon Bedrock AgentCore',
  },
  {
    id: '2.3.2',
    title:
      'Describe the advantages of AWS GenAI services: accessibility, lower barrier to entry, efficiency, cost-effectiveness, speed to market, meeting business objectives',
  },
  {
    id: '2.3.3',
    title:
      'Describe the benefits of AWS infrastructure for GenAI applications: security, compliance, responsibility, safety',
  },
  {
    id: '2.3.4',
    title:
      'Describe the cost tradeoffs of AWS GenAI services: responsiveness, availability, redundancy, performance, regional coverage, token-based pricing, provisioned throughput, custom models',
  },
  {
    id: '3.1.1',
    title:
      'Identify the selection criteria for FMs: cost, modality, latency, multi-lingual, model size, model complexity, customization, input/output length, prompt caching',
  },
  {
    id: '3.1.2',
    title: 'Describe the effect of inference parameters on model responses: temperature, input/output length',
  },
  {
    id: '3.1.3',
    title: 'Define Retrieval Augmented Generation (RAG) and its business applications: Amazon Bedrock Knowledge Bases',
  },
  {
    id: '3.1.4',
    title:
      'Identify AWS services that store embeddings in vector databases: OpenSearch Service, Aurora, Neptune, RDS for PostgreSQL',
  },
  {
    id: '3.1.5',
    title:
      'Explain the cost tradeoffs of FM customization: pre-training, fine-tuning, in-context learning, RAG, model distillation',
  },
  { id: '3.1.6', title: 'Define the role of AI agents and their business applications' },
  {
    id: '3.2.1',
    title: 'Define the concepts and constructs of prompt engineering: context, instruction, negative prompts',
  },
  {
    id: '3.2.2',
    title: 'Define prompt engineering techniques: chain-of-thought, zero-shot, single-shot, few-shot, prompt templates',
  },
  {
    id: '3.2.3',
    title:
      'Identify the benefits and best practices of prompt engineering: response quality, experimentation, guardrails, discovery, specificity and concision, multiple comments',
  },
  {
    id: '3.2.4',
    title: 'Define the risks and limitations of prompt engineering: exposure, poisoning, hijacking, jailbreaking',
  },
  { id: '3.2.5', title: 'Describe prompt versioning and management with Amazon Bedrock Prompt Management' },
  {
    id: '3.3.1',
    title:
      'Describe the key elements of training an FM: pre-training, fine-tuning, continuous pre-training, distillation',
  },
  {
    id: '3.3.2',
    title:
      'Define methods for fine-tuning an FM: instruction tuning, domain adaptation, transfer learning, continuous pre-training',
  },
  {
    id: '3.3.3',
    title:
      'Describe how to prepare data to fine-tune an FM: data curation, governance, size, labeling, representativeness, RLHF',
  },
  {
    id: '3.4.1',
    title:
      'Determine approaches to evaluating FM performance: human-in-the-loop evaluation, benchmark datasets, Amazon Bedrock Model Evaluation',
  },
  { id: '3.4.2', title: 'Identify metrics for assessing FM performance: ROUGE, BLEU, BERTScore, LLM-as-a-judge' },
  {
    id: '3.4.3',
    title: 'Determine whether an FM meets business objectives: productivity, user engagement, task engineering',
  },
  { id: '3.4.4', title: 'Identify approaches to evaluating applications built with FMs: RAG, agents, workflows' },
  {
    id: '3.4.5',
    title:
      'Identify business objective alignment metrics: task completion rate, user satisfaction, cost per interaction',
  },
  {
    id: '4.1.1',
    title: 'Identify the features of responsible AI: bias, fairness, inclusivity, robustness, safety, veracity',
  },
  {
    id: '4.1.2',
    title: 'Explain how to use tools to identify the features of responsible AI: Amazon Bedrock Guardrails',
  },
  {
    id: '4.1.3',
    title: 'Define responsible practices for selecting a model: environmental considerations, sustainability',
  },
  {
    id: '4.1.4',
    title:
      'Identify the legal risks of GenAI: IP infringement claims, biased outputs, loss of customer trust, end user risk, hallucinations',
  },
  {
    id: '4.1.5',
    title: 'Identify dataset characteristics: inclusivity, diversity, curated data sources, balanced datasets',
  },
  {
    id: '4.1.6',
    title:
      'Describe the effects of bias and variance: effects on demographic groups, inaccuracy, overfitting, underfitting',
  },
  {
    id: '4.1.7',
    title:
      'Describe tools to detect and monitor bias, trustworthiness and truthfulness: label quality analysis, human audits, subgroup analysis',
  },
  { id: '4.2.1', title: 'Describe the differences between transparent and explainable models and models that are not' },
  {
    id: '4.2.2',
    title:
      'Describe tools for identifying transparent and explainable models: SageMaker Model Cards, Bedrock Model Evaluations, open source models, data, licensing',
  },
  {
    id: '4.2.3',
    title: 'Identify the tradeoffs between model safety and transparency: measuring interpretability and performance',
  },
  {
    id: '4.2.4',
    title: 'Describe human-centered design for explainable AI: user-feedback mechanisms, AI decision transparency',
  },
  {
    id: '5.1.1',
    title:
      'Identify AWS services and features that secure AI systems: IAM, encryption, Macie, PrivateLink, shared responsibility model, AgentCore Identity, Policy in AgentCore, Bedrock Guardrails',
  },
  {
    id: '5.1.2',
    title:
      'Describe source citation and documenting data origins: data lineage, data cataloging, SageMaker Model Cards',
  },
  {
    id: '5.1.3',
    title:
      'Describe best practices for secure data engineering: data quality, privacy-enhancing technologies, data access control, data integrity',
  },
  {
    id: '5.1.4',
    title:
      'Describe security and privacy considerations for AI systems: application security, threat detection, vulnerability management, infrastructure protection, prompt injection, encryption, data leakage, output filtering, audit trails, toxicity',
  },
  {
    id: '5.1.5',
    title:
      'Describe hallucination detection and grounding techniques: RAG grounding, output validation, confidence scoring',
  },
  {
    id: '5.2.1',
    title:
      'Identify AWS services for governance and regulation compliance: AWS Config, Amazon Inspector, AWS Artifact, AWS CloudTrail, AWS Trusted Advisor',
  },
  {
    id: '5.2.2',
    title:
      'Describe data governance strategies: data lifecycles, logging, residency, monitoring, observation, retention',
  },
  {
    id: '5.2.3',
    title:
      'Describe processes for following governance protocols: policies, review cadence and strategies, frameworks such as the Generative AI Security Scoping Matrix, transparency standards, team training',
  },
];

export const OBJECTIVE_IDS: readonly string[] = EXAM_OBJECTIVES.map((objective) => objective.id);

const BY_ID = new Map(EXAM_OBJECTIVES.map((objective) => [objective.id, objective]));

/** Looks an objective up by its number; undefined for an unknown number. */
export function findObjective(id: string): ExamObjective | undefined {
  return BY_ID.get(id);
}

/** The task statements of a list of objectives, once each, in blueprint order. */
export function tasksOf(objectiveIds: readonly string[]): string[] {
  return [...new Set(objectiveIds.map(taskOf))].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}
