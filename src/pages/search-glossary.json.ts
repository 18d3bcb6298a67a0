// The glossary's search records (src/lib/search/glossary-records.ts), for scripts/finish-build.mjs to
// add to the Pagefind index. The script deletes this file from the build once it has read it: browsers
// never fetch it.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { getTopicLinks } from '../data/topics.ts';
import { glossaryRecord } from '../lib/search/glossary-records.ts';

export const GET: APIRoute = async () => {
  const base = import.meta.env.BASE_URL;
  const topics = new Map((await getTopicLinks()).map((topic) => [topic.slug, topic]));
  const records = (await getCollection('glossary')).map(({ data }) =>
    glossaryRecord(data, topics.get(data.page), base),
  );
  return new Response(JSON.stringify(records), { headers: { 'content-type': 'application/json' } });
};
