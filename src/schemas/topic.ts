import { z } from 'astro/zod';
import { EXAM_TASK_IDS } from '../lib/exam/blueprint.ts';

/**
 * Frontmatter of a topic page (`content/*.mdx`). A page that breaks it fails the build with the
 * file and the field named. See docs/AUTHORING.md.
 */
export const TopicSchema = z.object({
  /** Page title: the `<h1>`, the sidebar label and the search result title. */
  title: z.string().min(3).max(80),
  /** One sentence for search results, link previews and the topic list. */
  description: z.string().min(50).max(160),
  /** Position in the study order (sidebar, previous/next links). Unique across pages. */
  order: z.number().int().positive(),
  /** The AIF-C01 task statements ("1.1" ... "5.2") the page serves; at least one. */
  examTasks: z.array(z.enum(EXAM_TASK_IDS as [string, ...string[]])).min(1),
  /** Hides a page from production builds while it is being written. Default: false. */
  draft: z.boolean().default(false),
});

export type TopicFrontmatter = z.infer<typeof TopicSchema>;
