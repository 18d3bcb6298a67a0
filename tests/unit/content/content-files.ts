// Reads the guide's content files for the content checks.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export const CONTENT_DIR = 'content';

export interface TopicFile {
  slug: string;
  frontmatter: Record<string, unknown>;
  body: string;
}

/**
 * At least this many topic pages exist (14 when this was written; more may come, none should go). The
 * suites that run once per page check it, so an empty or misplaced content/ cannot pass by running no
 * per-page test.
 */
export const MIN_TOPICS = 14;

export function readTopics(): TopicFile[] {
  return readdirSync(CONTENT_DIR)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const source = readFileSync(join(CONTENT_DIR, name), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
      if (!match) throw new Error(`${name} has no frontmatter block`);
      return { slug: name.replace(/\.mdx$/, ''), frontmatter: parse(match[1] ?? '') as Record<string, unknown>, body: match[2] ?? '' };
    });
}

/** Every JSON array in a content sub-folder (worked-examples/, notes-map/), concatenated. */
export function readJsonArrays<T>(folder: string): T[] {
  const dir = join(CONTENT_DIR, folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as T[]);
}

export interface GlossaryFileEntry {
  id: string;
  term: string;
  aliases?: string[];
  definition: string;
  page: string;
  anchor?: string;
}

/** The whole glossary (content/glossary/*.json, one file per page), as the site reads it. */
export function readGlossary(): GlossaryFileEntry[] {
  return readJsonArrays<GlossaryFileEntry>('glossary');
}

/** Every question file (content/questions/<page>.json), with the page it belongs to. */
export function readQuestionFiles(): { page: string; file: string; data: unknown }[] {
  const dir = join(CONTENT_DIR, 'questions');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({
      page: name.replace(/\.json$/, ''),
      file: `content/questions/${name}`,
      data: JSON.parse(readFileSync(join(dir, name), 'utf8')) as unknown,
    }));
}
