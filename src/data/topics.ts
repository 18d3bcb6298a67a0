// Reads the topic collection for navigation and pages. Build-time only (astro:content).
import { getCollection, type CollectionEntry } from 'astro:content';
import { sortByStudyOrder, type NavEntry } from '../lib/site/nav.ts';
import { sortObjectives, tasksOf } from '../lib/exam/objectives.ts';

export type Topic = CollectionEntry<'topics'>;

export interface TopicLink extends NavEntry {
  readonly description: string;
  /** The exam objectives the page teaches ("1.2.5"), in blueprint order. */
  readonly objectives: readonly string[];
  /** Their task statements ("1.2"), derived from the objectives. */
  readonly examTasks: readonly string[];
}

/** Published topics (drafts too under `astro dev`). */
export async function getTopics(): Promise<Topic[]> {
  return getCollection('topics', ({ data }) => import.meta.env.DEV || !data.draft);
}

/** What navigation needs of each topic, in study order. */
export async function getTopicLinks(): Promise<TopicLink[]> {
  const topics = await getTopics();
  return sortByStudyOrder(
    topics.map((topic) => ({
      slug: topic.id,
      title: topic.data.title,
      order: topic.data.order,
      description: topic.data.description,
      objectives: sortObjectives(topic.data.objectives),
      examTasks: tasksOf(topic.data.objectives),
    })),
  );
}
