import { z } from 'astro/zod';

/**
 * One glossary entry (`content/glossary/<page>.json`, each an array of entries). The same list feeds the glossary page and the
 * search aliases, so every spelling a learner may type lives here once.
 */
export const GlossaryEntrySchema = z.object({
  /** Stable anchor on the glossary page, lower-case words joined by "-", e.g. "foundation-model". */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case words joined by "-"'),
  /** The term as it is usually written, e.g. "Foundation model (FM)". */
  term: z.string().min(1),
  /** Other ways to write or say it (acronyms, spellings, synonyms); searchable. Default: none. */
  aliases: z.array(z.string().min(1)).default([]),
  /** One sentence that defines the term. */
  definition: z.string().min(20).max(400),
  /** Slug of the topic page that explains the term. */
  page: z.string().min(1),
  /** Id of the section on that page; omit to link to the page's top. */
  anchor: z.string().optional(),
});

export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;
