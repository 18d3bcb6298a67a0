import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { TopicSchema } from './schemas/topic.ts';
import { GlossaryEntrySchema } from './schemas/glossary.ts';
import { QuizSchema } from './schemas/quiz.ts';

const topics = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content' }),
  schema: TopicSchema,
});

const glossary = defineCollection({
  loader: file('./content/glossary.json'),
  schema: GlossaryEntrySchema,
});

const quizzes = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/quizzes' }),
  schema: QuizSchema,
});

export const collections = { topics, glossary, quizzes };
