// The AWS services on the current exam guide's in-scope list (revision 1.1), by the guide's category.
// `disputed` marks names that only some copies of the list carry (see the blueprint page). Every one of
// them needs a glossary entry whose term or aliases contain `name` (tests/dist/coverage.test.ts).
// Pure data; used at build time by the blueprint page.

export interface InScopeService {
  /** The name as the guide writes it, e.g. "Amazon S3". */
  readonly name: string;
  readonly category: string;
  /** Only some copies of the in-scope list carry it. */
  readonly disputed?: boolean;
}

const list = (category: string, names: readonly string[], disputed = false): InScopeService[] =>
  names.map((name) => ({ name, category, ...(disputed ? { disputed } : {}) }));

export const IN_SCOPE_SERVICES: readonly InScopeService[] = [
  ...list('Analytics', [
    'AWS Data Exchange',
    'Amazon EMR',
    'AWS Glue',
    'AWS Glue DataBrew',
    'AWS Lake Formation',
    'Amazon OpenSearch Service',
    'Amazon Quick',
    'Amazon Redshift',
  ]),
  ...list('Cloud Financial Management', ['AWS Budgets', 'AWS Cost Explorer']),
  ...list('Compute', ['Amazon EC2', 'AWS Lambda']),
  ...list('Containers', ['Amazon Elastic Container Service', 'Amazon Elastic Kubernetes Service']),
  ...list('Database', [
    'Amazon Aurora',
    'Amazon DocumentDB',
    'Amazon DynamoDB',
    'Amazon ElastiCache',
    'Amazon Neptune',
    'Amazon RDS',
  ]),
  ...list('Developer Tools', ['Kiro', 'Strands Agents']),
  ...list('Developer Tools', ['Amazon Q'], true),
  ...list('Machine Learning', [
    'Amazon Bedrock',
    'Amazon Bedrock AgentCore',
    'Amazon Comprehend',
    'Amazon Lex',
    'Amazon Nova',
    'Amazon Personalize',
    'Amazon Polly',
    'Amazon Rekognition',
    'Amazon SageMaker AI',
    'Amazon SageMaker JumpStart',
    'Amazon Textract',
    'Amazon Transcribe',
    'Amazon Translate',
    'AWS Transform',
  ]),
  ...list('Machine Learning', ['Amazon Augmented AI', 'Amazon Kendra'], true),
  ...list('Management and Governance', [
    'AWS CloudTrail',
    'Amazon CloudWatch',
    'AWS Config',
    'AWS Trusted Advisor',
    'AWS Well-Architected Tool',
  ]),
  ...list('Networking and Content Delivery', ['Amazon CloudFront', 'Amazon VPC']),
  ...list('Security, Identity, and Compliance', [
    'AWS Artifact',
    'AWS Identity and Access Management',
    'Amazon Inspector',
    'AWS Key Management Service',
    'Amazon Macie',
    'AWS Secrets Manager',
  ]),
  ...list('Security, Identity, and Compliance', ['AWS Audit Manager'], true),
  ...list('Storage', ['Amazon S3', 'Amazon S3 Glacier']),
];

/**
 * AWS services and features that the objectives name but the in-scope list does not carry as separate
 * entries. They need a glossary entry too.
 */
export const OBJECTIVE_FEATURES: readonly string[] = [
  'AWS PrivateLink',
  'Amazon Bedrock Guardrails',
  'Amazon Bedrock Knowledge Bases',
  'Amazon Bedrock Prompt Management',
  'Amazon Bedrock Model Evaluation',
  'Amazon SageMaker Model Cards',
  'Amazon SageMaker Clarify',
  'AgentCore Identity',
  'Policy in AgentCore',
  'Amazon RDS for PostgreSQL',
  'AWS shared responsibility model',
  'Generative AI Security Scoping Matrix',
];

const normalize = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The glossary entry that teaches a service: its term or one of its aliases is the service's name, or
 * its term is the name followed by a bracketed short form ("Amazon Augmented AI (Amazon A2I)").
 */
export function glossaryEntryFor<T extends { term: string; aliases?: readonly string[] }>(
  name: string,
  entries: readonly T[],
): T | undefined {
  const wanted = normalize(name);
  return entries.find((entry) => {
    const term = normalize(entry.term);
    return (
      term === wanted ||
      term.startsWith(`${wanted} (`) ||
      (entry.aliases ?? []).some((alias) => normalize(alias) === wanted)
    );
  });
}
