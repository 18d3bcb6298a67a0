import { z } from 'astro/zod';
import { OBJECTIVE_IDS } from '../lib/exam/objectives.ts';

/** A primary source a page's facts were checked against (AWS documentation first). */
export const SourceSchema = z.object({
  /** What the source is, as a reader would cite it, e.g. "Amazon Bedrock User Guide: Service tiers". */
  title: z.string().min(5).max(160),
  /** Its address; https only. */
  url: z.url({ protocol: /^https$/ }),
});

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
  /**
   * The exam objectives ("1.2.5", from the current exam guide) the page teaches; at least one. Sections
   * carry their own tags (<Objectives ids="..." />); a test checks that every section tag is listed here.
   */
  objectives: z.array(z.enum(OBJECTIVE_IDS as [string, ...string[]])).min(1),
  /**
   * The day the page's AWS facts were last checked against the sources, as YAML date (2026-12-03).
   * Shown on the page. Required: a page about AWS without a date misleads as soon as AWS changes.
   */
  lastChecked: z.coerce.date(),
  /** The primary sources of the page, shown in its "Sources" list; at least one. */
  sources: z.array(SourceSchema).min(1),
  /** Hides a page from production builds while it is being written. Default: false. */
  draft: z.boolean().default(false),
});

export type TopicFrontmatter = z.infer<typeof TopicSchema>;
