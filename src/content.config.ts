import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { TopicSchema } from './schemas/topic.ts';
import { GlossaryEntrySchema } from './schemas/glossary.ts';
import { QuestionFileSchema } from './schemas/question.ts';
import { readGlossary } from './node/content-files.mjs';

const topics = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content' }),
  schema: TopicSchema,
});

const glossary = defineCollection({
  // One file per topic page (content/glossary/<page>.json), read as one list.
  loader: () => readGlossary(),
  schema: GlossaryEntrySchema,
});

// The question bank: one file per topic page (content/questions/<page>.json); an error names file and field.
const questions = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/questions' }),
  schema: QuestionFileSchema,
});

export const collections = { topics, glossary, questions };
