// The explorer's content (content/explorer/services.json) against the lists and the pages that
// teach each service: every link lands on a real section, every service of the AWS AI services page
// appears, and statuses agree with what the pages say.
import GithubSlugger from 'github-slugger';
import { describe, expect, test } from 'vitest';
import raw from '../../../content/explorer/services.json';
import { listCombinations, nearestCombinations, servicesOf } from '../../../src/lib/explorer/combinations.ts';
import type { ExplorerData } from '../../../src/lib/explorer/types.ts';
import { ExplorerDataSchema } from '../../../src/schemas/explorer.ts';
import { readTopics } from '../content/content-files.ts';

const data: ExplorerData = ExplorerDataSchema.parse(raw);
const topics = new Map(readTopics().map((topic) => [topic.slug, topic]));
const used = new Set(data.combinations.flatMap(servicesOf));

interface Section {
  id: string;
  level: number;
  text: string;
}

/** The page's sections as Astro makes their ids (github-slugger over the heading text), each with its text. */
function sections(slug: string): Section[] {
  const body = (topics.get(slug)?.body ?? '').replace(/```[\s\S]*?```/g, '');
  const slugger = new GithubSlugger();
  const headings = [...body.matchAll(/^(#{2,6})\s+(.+)$/gm)];
  return headings.map((match, i) => {
    const level = match[1]!.length;
    const next = headings.slice(i + 1).find((other) => other[1]!.length <= level);
    return {
      id: slugger.slug(match[2]!.replace(/[*_`]/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')),
      level,
      text: body.slice(match.index, next?.index ?? body.length),
    };
  });
}
const sectionOf = (slug: string, id: string) => sections(slug).find((section) => section.id === id);

test('the file passes its schema', () => {
  expect(() => ExplorerDataSchema.parse(raw)).not.toThrow();
});

test('offers the eight inputs and thirteen goals of the issue, in its order', () => {
  expect(data.inputs.map((input) => input.id)).toEqual([
    'text',
    'documents',
    'images',
    'video',
    'audio',
    'tabular',
    'code',
    'company-data',
  ]);
  expect(data.goals.map((goal) => goal.id)).toEqual([
    'extract',
    'classify',
    'detect',
    'translate',
    'transcribe',
    'speak',
    'converse',
    'search',
    'recommend',
    'generate',
    'forecast',
    'label',
    'build',
  ]);
});

test('every input and every goal has at least one combination with a fitting service', () => {
  const fitting = data.combinations.filter((combination) => combination.fits.length > 0);
  expect(data.inputs.filter((input) => !fitting.some((c) => c.have === input.id)).map((i) => i.id)).toEqual([]);
  expect(data.goals.filter((goal) => !fitting.some((c) => c.want === goal.id)).map((g) => g.id)).toEqual([]);
});

describe.each(data.services)('service $id', (service) => {
  test('links to a section that exists on a topic page', () => {
    expect(topics.has(service.page), `no page content/${service.page}.mdx`).toBe(true);
    expect(sectionOf(service.page, service.anchor), `no section #${service.anchor} on ${service.page}`).toBeDefined();
  });

  test('is named by at least one combination', () => {
    expect(used.has(service.id)).toBe(true);
  });

  test('has a status that its section states, or a source for it', () => {
    if (!service.status) return;
    const section = sectionOf(service.page, service.anchor)?.text ?? '';
    const dates = service.status.match(/[A-Z][a-z]+ \d{1,2}, \d{4}/g) ?? [];
    const stated =
      dates.length > 0
        ? dates.every((date) => section.includes(date))
        : /closed to new customers|no longer open to new customers|end of support/.test(section);
    expect(
      stated || service.statusSource !== undefined,
      `"${service.status}" is not on ${service.page}#${service.anchor}`,
    ).toBe(true);
  });
});

test('a service the AWS AI services page marks as closed has that status here', () => {
  const closed = sections('aws-ai-services')
    .filter((section) =>
      /\*\*Status \(checked [^)]*\):\*\*\s*\**(closed to new customers|end of support)/.test(section.text),
    )
    .map((section) => section.id);
  expect(closed.length).toBeGreaterThanOrEqual(3);
  const withoutStatus = data.services.filter((service) => closed.includes(service.anchor) && !service.status);
  expect(withoutStatus.map((service) => service.id)).toEqual([]);
});

test('names every service the AWS AI services page teaches', () => {
  const notServices = new Set(['services-that-work-together', 'closed-features-of-open-services']);
  const taught = sections('aws-ai-services')
    .filter((section) => section.level === 3 && !notServices.has(section.id))
    .map((section) => section.id);
  taught.push('building-your-own-model-amazon-sagemaker-ai');
  const linked = new Set(data.services.filter((service) => used.has(service.id)).map((service) => service.anchor));
  expect(taught.length).toBeGreaterThanOrEqual(20);
  expect(taught.filter((id) => !linked.has(id))).toEqual([]);
});

test('names the services of other pages the issue lists', () => {
  const expected = ['bedrock', 'bedrock-knowledge-bases', 'bedrock-agents', 'nova', 'q-business', 'q-developer'];
  expected.push('quick', 'kiro', 'transform', 'sagemaker-ai', 'canvas', 'jumpstart', 'ground-truth', 'a2i');
  expect(expected.filter((id) => !used.has(id))).toEqual([]);
});

test('names Amazon Kendra with its status wherever it fits', () => {
  const kendra = data.services.find((service) => service.id === 'kendra');
  expect(kendra?.status).toMatch(/closed to new customers/);
  expect(data.combinations.filter((c) => c.fits.some((fit) => fit.services.includes('kendra'))).length).toBeGreaterThan(
    0,
  );
});

describe.each(data.combinations.map((c) => [`${c.have}/${c.want}`, c] as const))('combination %s', (_, combination) => {
  test('never names a service both as fitting and as a near miss', () => {
    const fitting = new Set(combination.fits.flatMap((fit) => fit.services));
    expect(combination.nearMisses.filter((miss) => fitting.has(miss.service))).toEqual([]);
  });

  test('says why for every fitting service and every near miss, in a sentence', () => {
    const lines = [...combination.fits.map((fit) => fit.why), ...combination.nearMisses.map((miss) => miss.why)];
    for (const line of lines) expect(line).toMatch(/^[A-Z0-9"“].{8,}[.]$/);
    expect(new Set(lines).size).toBe(lines.length);
  });

  test('names each near miss once', () => {
    const misses = combination.nearMisses.map((miss) => miss.service);
    expect(new Set(misses).size).toBe(misses.length);
  });
});

test('every combination without a fitting service suggests nearest ones that have one', () => {
  const empty = listCombinations(data).filter((combination) => combination.fits.length === 0);
  expect(empty.length).toBeGreaterThan(0);
  const withoutSuggestion = empty.filter((c) => nearestCombinations(data, c.have, c.want).length === 0);
  expect(withoutSuggestion.map((c) => `${c.have}/${c.want}`)).toEqual([]);
});

test('was checked on the day the AWS AI services page was', () => {
  const lastChecked = topics.get('aws-ai-services')?.frontmatter['lastChecked'];
  const day = lastChecked instanceof Date ? lastChecked.toISOString().slice(0, 10) : String(lastChecked);
  expect(data.checked, 'recheck the explorer when the page is rechecked, then update "checked"').toBe(day);
});
