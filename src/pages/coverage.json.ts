// /coverage.json: the site's objective map and service coverage, computed from the pages' tags and the
// glossary. The coverage tests read it (tests/dist/coverage.test.ts); anyone may reuse it.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { getObjectiveMap } from '../data/objective-map.ts';
import { GUIDE_REVISION } from '../lib/exam/objectives.ts';
import { IN_SCOPE_SERVICES, OBJECTIVE_FEATURES, glossaryEntryFor } from '../lib/exam/services.ts';

export const GET: APIRoute = async () => {
  const glossary = (await getCollection('glossary')).map((entry) => entry.data);
  const objectives = (await getObjectiveMap()).map(({ id, title, sections, pages }) => ({
    id,
    title,
    sections,
    pages,
  }));
  const services = [...IN_SCOPE_SERVICES.map((service) => service.name), ...OBJECTIVE_FEATURES].map((name) => {
    const entry = glossaryEntryFor(name, glossary);
    return { name, glossary: entry ? { id: entry.id, page: entry.page, anchor: entry.anchor ?? null } : null };
  });
  const body = { guide: GUIDE_REVISION, objectives, services };
  return new Response(JSON.stringify(body, null, 1), { headers: { 'content-type': 'application/json' } });
};
