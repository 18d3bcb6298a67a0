// The search's best bets, built from the glossary: every name of a term -> the section explaining it.
// Fetched by the search element on first use (see src/lib/search/best-bets.ts); kept lean, since
// it is part of the first search's download.
import type { APIRoute } from 'astro';
import { getCollection, render } from 'astro:content';
import type { BestBet } from '../lib/search/best-bets.ts';
import { withBase } from '../lib/site/paths.ts';

export const GET: APIRoute = async () => {
  const base = import.meta.env.BASE_URL;
  const topics = await getCollection('topics');
  const headings = new Map<string, { title: string; sections: Map<string, string> }>();
  for (const topic of topics) {
    const { headings: list } = await render(topic);
    headings.set(topic.id, {
      title: topic.data.title,
      sections: new Map(list.map((heading) => [heading.slug, heading.text.replace(/#$/, '').trim()])),
    });
  }
  const bets: BestBet[] = (await getCollection('glossary')).map(({ data }) => {
    const page = headings.get(data.page);
    return {
      names: [data.term, ...data.aliases],
      url: withBase(base, `${data.page}/${data.anchor ? `#${data.anchor}` : ''}`),
      page: page?.title ?? data.page,
      section: (data.anchor && page?.sections.get(data.anchor)) || page?.title || data.page,
    };
  });
  return new Response(JSON.stringify(bets), { headers: { 'content-type': 'application/json' } });
};
