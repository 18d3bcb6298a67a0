import { describe, expect, test } from 'vitest';
import { IN_SCOPE_SERVICES, OBJECTIVE_FEATURES, glossaryEntryFor } from '../../../src/lib/exam/services.ts';

// Transcribed from the exam guide's appendix (revision 1.1): the in-scope AWS services by the guide's
// category, written without the bracketed short forms ("Amazon Elastic Container Service (Amazon ECS)").
// The four names only some copies of the list carry are the disputed ones.
const GUIDE_IN_SCOPE: Record<string, readonly string[]> = {
  Analytics: [
    'AWS Data Exchange',
    'Amazon EMR',
    'AWS Glue',
    'AWS Glue DataBrew',
    'AWS Lake Formation',
    'Amazon OpenSearch Service',
    'Amazon Quick',
    'Amazon Redshift',
  ],
  'Cloud Financial Management': ['AWS Budgets', 'AWS Cost Explorer'],
  Compute: ['Amazon EC2', 'AWS Lambda'],
  Containers: ['Amazon Elastic Container Service', 'Amazon Elastic Kubernetes Service'],
  Database: [
    'Amazon Aurora',
    'Amazon DocumentDB',
    'Amazon DynamoDB',
    'Amazon ElastiCache',
    'Amazon Neptune',
    'Amazon RDS',
  ],
  'Developer Tools': ['Kiro', 'Strands Agents', 'Amazon Q'],
  'Machine Learning': [
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
    'Amazon Augmented AI',
    'Amazon Kendra',
  ],
  'Management and Governance': [
    'AWS CloudTrail',
    'Amazon CloudWatch',
    'AWS Config',
    'AWS Trusted Advisor',
    'AWS Well-Architected Tool',
  ],
  'Networking and Content Delivery': ['Amazon CloudFront', 'Amazon VPC'],
  'Security, Identity, and Compliance': [
    'AWS Artifact',
    'AWS Identity and Access Management',
    'Amazon Inspector',
    'AWS Key Management Service',
    'Amazon Macie',
    'AWS Secrets Manager',
    'AWS Audit Manager',
  ],
  Storage: ['Amazon S3', 'Amazon S3 Glacier'],
};
const GUIDE_DISPUTED = ['Amazon Q', 'Amazon Augmented AI', 'Amazon Kendra', 'AWS Audit Manager'];

// Named by the objectives (1.2.5 to 5.2.3) as features of services, not as entries of the in-scope list;
// SageMaker Clarify is the one the revisions page adds to 4.2.2.
const GUIDE_OBJECTIVE_FEATURES = [
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

describe('IN_SCOPE_SERVICES follows the exam guide', () => {
  test('lists each category’s services as the guide does', () => {
    const byCategory: Record<string, string[]> = {};
    for (const service of IN_SCOPE_SERVICES) (byCategory[service.category] ??= []).push(service.name);
    expect(byCategory).toEqual(GUIDE_IN_SCOPE);
  });

  test('marks as disputed exactly the names only some copies of the list carry', () => {
    expect(IN_SCOPE_SERVICES.filter((service) => service.disputed).map((service) => service.name)).toEqual(
      GUIDE_DISPUTED,
    );
    for (const service of IN_SCOPE_SERVICES.filter((candidate) => !GUIDE_DISPUTED.includes(candidate.name))) {
      expect(service, service.name).not.toHaveProperty('disputed');
    }
  });

  test('lists no service twice, and none that revision 1.1 removed or renamed', () => {
    const names = IN_SCOPE_SERVICES.map((service) => service.name);
    expect(new Set(names).size).toBe(names.length);
    for (const gone of ['Amazon MemoryDB', 'Amazon Fraud Detector', 'Amazon QuickSight', 'Amazon SageMaker']) {
      expect(names).not.toContain(gone);
    }
  });
});

describe('OBJECTIVE_FEATURES', () => {
  test('lists the services and features the objectives name outside the in-scope list', () => {
    expect([...OBJECTIVE_FEATURES].sort()).toEqual([...GUIDE_OBJECTIVE_FEATURES].sort());
  });

  test('repeats no in-scope service', () => {
    const inScope = new Set(IN_SCOPE_SERVICES.map((service) => service.name));
    expect(OBJECTIVE_FEATURES.filter((name) => inScope.has(name))).toEqual([]);
  });
});

describe('glossaryEntryFor', () => {
  const entry = (term: string, aliases?: string[]) => (aliases ? { term, aliases } : { term });

  test('finds the entry whose term is the service’s name', () => {
    const s3 = entry('Amazon S3');
    expect(glossaryEntryFor('Amazon S3', [entry('Amazon EC2'), s3])).toBe(s3);
  });

  test('ignores case and extra spaces in the name and the term', () => {
    const s3 = entry(' amazon  S3 ');
    expect(glossaryEntryFor('Amazon S3', [s3])).toBe(s3);
    expect(glossaryEntryFor('AMAZON   s3', [entry('Amazon S3')])).toEqual(entry('Amazon S3'));
  });

  test('finds a term that is the name followed by a bracketed short form', () => {
    const a2i = entry('Amazon Augmented AI (Amazon A2I)');
    expect(glossaryEntryFor('Amazon Augmented AI', [entry('Amazon Augmented'), a2i])).toBe(a2i);
  });

  test('finds the entry one of whose aliases is the name', () => {
    const iam = entry('IAM', ['AWS IAM', 'aws identity and access management']);
    expect(glossaryEntryFor('AWS Identity and Access Management', [entry('AWS Artifact', ['Artifact']), iam])).toBe(
      iam,
    );
  });

  test('finds the entry by its term even when none of its aliases is the name', () => {
    const s3 = entry('Amazon S3', ['S3', 'Simple Storage Service']);
    expect(glossaryEntryFor('Amazon S3', [s3])).toBe(s3);
  });

  test('takes the first matching entry', () => {
    const first = entry('Amazon S3');
    expect(glossaryEntryFor('Amazon S3', [first, entry('Amazon S3 (Simple Storage Service)')])).toBe(first);
  });

  test('does not take a longer name that only starts with the service’s name', () => {
    expect(glossaryEntryFor('Amazon S3', [entry('Amazon S3 Glacier'), entry('Amazon S3Express')])).toBeUndefined();
    expect(glossaryEntryFor('Amazon Bedrock', [entry('Amazon Bedrock Guardrails', ['Guardrails'])])).toBeUndefined();
  });

  test('does not take an entry that only mentions the name, or a shorter one', () => {
    expect(glossaryEntryFor('Amazon S3', [entry('Archive in Amazon S3 (Glacier)')])).toBeUndefined();
    expect(glossaryEntryFor('Amazon S3 Glacier', [entry('Amazon S3', ['S3'])])).toBeUndefined();
  });

  test('is undefined when no entry teaches the service, with or without aliases', () => {
    expect(glossaryEntryFor('Amazon Kendra', [entry('Amazon Lex'), entry('Amazon Polly', [])])).toBeUndefined();
    expect(glossaryEntryFor('Amazon Kendra', [])).toBeUndefined();
  });
});
