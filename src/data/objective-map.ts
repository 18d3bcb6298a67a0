// The site's objective map, computed from the pages: for every objective of the current exam guide, the
// sections tagged with it (<Objectives ids="..." /> under a heading, collected by rehype-section-objectives).
// Build-time only (astro:content). Feeds the blueprint page and /coverage.json (read by the coverage tests).
import { render } from 'astro:content';
import { getTopics } from './topics.ts';
import { EXAM_OBJECTIVES, type ExamObjective } from '../lib/exam/objectives.ts';

export interface TaggedSection {
  readonly page: string;
  readonly pageTitle: string;
  /** Heading id on the page; the link is /<page>/#<anchor>. */
  readonly anchor: string;
  readonly heading: string;
}

export interface ObjectiveCoverage extends ExamObjective {
  readonly sections: readonly TaggedSection[];
  /** Pages that list the objective in their frontmatter. */
  readonly pages: readonly string[];
}

interface SectionTag {
  anchor: string;
  heading: string;
  objectives: string[];
}

let cached: Promise<ObjectiveCoverage[]> | undefined;

/** Every objective with the sections and pages that teach it, in blueprint order (computed once per build). */
export function getObjectiveMap(): Promise<ObjectiveCoverage[]> {
  cached ??= (async () => {
    const topics = await getTopics();
    const tagged = await Promise.all(
      topics.map(async (topic) => {
        const { remarkPluginFrontmatter } = await render(topic);
        const sections = (remarkPluginFrontmatter['sectionObjectives'] ?? []) as SectionTag[];
        return { topic, sections };
      }),
    );
    return EXAM_OBJECTIVES.map((objective) => ({
      ...objective,
      sections: tagged.flatMap(({ topic, sections }) =>
        sections
          .filter((section) => section.objectives.includes(objective.id))
          .map((section) => ({
            page: topic.id,
            pageTitle: topic.data.title,
            anchor: section.anchor,
            heading: section.heading,
          })),
      ),
      pages: topics.filter((topic) => topic.data.objectives.includes(objective.id)).map((topic) => topic.id),
    }));
  })();
  return cached;
}
