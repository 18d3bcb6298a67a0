import { describe, expect, test } from 'vitest';
import { EXAM_DOMAINS, EXAM_TASK_IDS, domainFilters, findExamTask } from '../../../src/lib/exam/blueprint.ts';

// Transcribed from the AIF-C01 exam guide, revision 1.1 (2026-04-30): domain outlines and weights. The
// guide capitalises domain titles as headings ("Applications of Foundation Models"); the site writes them
// in sentence case, so titles are compared without regard to case.
const GUIDE_DOMAINS = [
  { number: 1, title: 'Fundamentals of AI and ML', weight: 20 },
  { number: 2, title: 'Fundamentals of GenAI', weight: 24 },
  { number: 3, title: 'Applications of Foundation Models', weight: 28 },
  { number: 4, title: 'Guidelines for Responsible AI', weight: 14 },
  { number: 5, title: 'Security, Compliance, and Governance for AI Solutions', weight: 14 },
];

const GUIDE_TASKS: Record<string, string> = {
  '1.1': 'Explain basic AI concepts and terminologies',
  '1.2': 'Identify practical use cases for AI',
  '1.3': 'Describe the AI/ML development lifecycle',
  '2.1': 'Explain the basic concepts of generative AI (GenAI)',
  '2.2': 'Understand the capabilities and limitations of GenAI for solving business problems',
  '2.3': 'Describe AWS infrastructure and technologies for building GenAI applications',
  '3.1': 'Describe design considerations for applications that use foundation models (FMs)',
  '3.2': 'Choose effective prompt engineering techniques',
  '3.3': 'Describe the training and fine-tuning process for FMs',
  '3.4': 'Describe methods to evaluate FM performance',
  '4.1': 'Explain the development of AI systems that are responsible',
  '4.2': 'Recognize the importance of transparent and explainable models',
  '5.1': 'Explain methods to secure AI systems',
  '5.2': 'Recognize governance and compliance regulations for AI systems',
};

describe('EXAM_DOMAINS follows the exam guide', () => {
  test('has the five domains in order, with the guide’s titles and weights', () => {
    expect(EXAM_DOMAINS.map(({ number, title, weight }) => ({ number, title: title.toLowerCase(), weight }))).toEqual(
      GUIDE_DOMAINS.map((domain) => ({ ...domain, title: domain.title.toLowerCase() })),
    );
  });

  test('weights add up to 100 % of the scored questions', () => {
    expect(EXAM_DOMAINS.reduce((sum, domain) => sum + domain.weight, 0)).toBe(100);
  });

  test('lists the 14 task statements under their domains, with the guide’s titles', () => {
    const tasks = EXAM_DOMAINS.flatMap((domain) =>
      domain.tasks.map((task) => ({ domain: domain.number, id: task.id, title: task.title })),
    );
    expect(tasks).toEqual(
      Object.entries(GUIDE_TASKS).map(([id, title]) => ({ domain: Number(id.split('.')[0]), id, title })),
    );
  });

  test('EXAM_TASK_IDS lists every task statement once, in blueprint order', () => {
    expect(EXAM_TASK_IDS).toEqual(Object.keys(GUIDE_TASKS));
  });
});

describe('findExamTask', () => {
  test('finds a task statement with its title and its domain', () => {
    const task = findExamTask('3.4');
    expect(task?.id).toBe('3.4');
    expect(task?.title).toBe(GUIDE_TASKS['3.4']);
    expect(task?.domain.number).toBe(3);
    expect(task?.domain.weight).toBe(28);
  });

  test('finds the first and the last task statement of the blueprint', () => {
    expect(findExamTask('1.1')?.title).toBe(GUIDE_TASKS['1.1']);
    expect(findExamTask('1.1')?.domain.number).toBe(1);
    expect(findExamTask('5.2')?.title).toBe(GUIDE_TASKS['5.2']);
    expect(findExamTask('5.2')?.domain.number).toBe(5);
  });

  test('finds every task statement of the guide in its own domain', () => {
    for (const [id, title] of Object.entries(GUIDE_TASKS)) {
      expect(findExamTask(id)).toMatchObject({ id, title, domain: { number: Number(id.split('.')[0]) } });
    }
  });

  test('is undefined for a number the blueprint does not have', () => {
    expect(findExamTask('3.5')).toBeUndefined();
    expect(findExamTask('6.1')).toBeUndefined();
    expect(findExamTask('1.1.1')).toBeUndefined();
    expect(findExamTask('')).toBeUndefined();
  });
});

describe('domainFilters', () => {
  test('names the domain of each task statement or objective, once each, in first-seen order', () => {
    expect(domainFilters(['3.1', '1.2.5', '3.4.2', '1.1'])).toEqual(['Domain 3', 'Domain 1']);
  });

  test('is empty for no objectives', () => {
    expect(domainFilters([])).toEqual([]);
  });

  test('reads the whole domain number, not its first character', () => {
    expect(domainFilters(['10.1.1', '1.1'])).toEqual(['Domain 10', 'Domain 1']);
  });
});
