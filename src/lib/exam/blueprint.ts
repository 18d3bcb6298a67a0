// The AIF-C01 exam blueprint (exam guide revision 1.1, April 2026): domains, weights and task statements.
// The objectives under each task statement are in objectives.ts.
// Pure data shared by the content schema, the topic pages and the blueprint page. Ships to the browser.

export interface ExamTask {
  /** Task statement number, e.g. "3.1". */
  readonly id: string;
  readonly title: string;
}

export interface ExamDomain {
  readonly number: number;
  readonly title: string;
  /** Share of the scored questions, in percent. */
  readonly weight: number;
  readonly tasks: readonly ExamTask[];
}

export const EXAM_DOMAINS: readonly ExamDomain[] = [
  {
    number: 1,
    title: 'Fundamentals of AI and ML',
    weight: 20,
    tasks: [
      { id: '1.1', title: 'Explain basic AI concepts and terminologies' },
      { id: '1.2', title: 'Identify practical use cases for AI' },
      { id: '1.3', title: 'Describe the AI/ML development lifecycle' },
    ],
  },
  {
    number: 2,
    title: 'Fundamentals of GenAI',
    weight: 24,
    tasks: [
      { id: '2.1', title: 'Explain the basic concepts of generative AI (GenAI)' },
      {
        id: '2.2',
        title: 'Understand the capabilities and limitations of GenAI for solving business problems',
      },
      { id: '2.3', title: 'Describe AWS infrastructure and technologies for building GenAI applications' },
    ],
  },
  {
    number: 3,
    title: 'Applications of foundation models',
    weight: 28,
    tasks: [
      { id: '3.1', title: 'Describe design considerations for applications that use foundation models (FMs)' },
      { id: '3.2', title: 'Choose effective prompt engineering techniques' },
      { id: '3.3', title: 'Describe the training and fine-tuning process for FMs' },
      { id: '3.4', title: 'Describe methods to evaluate FM performance' },
    ],
  },
  {
    number: 4,
    title: 'Guidelines for responsible AI',
    weight: 14,
    tasks: [
      { id: '4.1', title: 'Explain the development of AI systems that are responsible' },
      { id: '4.2', title: 'Recognize the importance of transparent and explainable models' },
    ],
  },
  {
    number: 5,
    title: 'Security, compliance, and governance for AI solutions',
    weight: 14,
    tasks: [
      { id: '5.1', title: 'Explain methods to secure AI systems' },
      { id: '5.2', title: 'Recognize governance and compliance regulations for AI systems' },
    ],
  },
];

export const EXAM_TASK_IDS = EXAM_DOMAINS.flatMap((domain) => domain.tasks.map((task) => task.id));

/** Looks a task statement up by its number; undefined for an unknown number. */
export function findExamTask(id: string): (ExamTask & { domain: ExamDomain }) | undefined {
  for (const domain of EXAM_DOMAINS) {
    const task = domain.tasks.find((candidate) => candidate.id === id);
    if (task) return { ...task, domain };
  }
  return undefined;
}

/** The search filter values ("Domain 1", ...) of the domains of a topic's objectives (or task statements). */
export function domainFilters(taskIds: readonly string[]): string[] {
  return [...new Set(taskIds.map((task) => `Domain ${task.split('.')[0]}`))];
}
