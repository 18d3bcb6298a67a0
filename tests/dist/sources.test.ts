// Every topic page says when its AWS facts were last checked (under the lead and in its Sources
// section) and lists the primary sources they were checked against.
import { describe, expect, test } from 'vitest';
import { readTopics } from '../unit/content/content-files.ts';
import { readPage, SITES } from './built-site.ts';

const topics = readTopics();
const site = SITES[0]!;

test('there are topic pages to check', () => {
  expect(topics.length).toBeGreaterThanOrEqual(20);
});

describe.each(topics.map((topic) => [topic.slug, String(topic.frontmatter['lastChecked'])] as const))(
  '/%s/',
  (slug, checked) => {
    const html = readPage(site, `${slug}/index.html`);
    const day = new Date(checked).toISOString().slice(0, 10);

    test('shows the date its facts were checked, under the lead and with the sources', () => {
      expect(html).toMatch(new RegExp(`class="topic__checked"[^>]*>[^<]*<time datetime="${day}"`));
      expect(html).toMatch(new RegExp(`class="page-sources__checked"[^>]*>[\\s\\S]{0,120}<time datetime="${day}"`));
    });

    test('lists at least one https source under a Sources heading', () => {
      const section = /<section class="page-sources"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
      expect(section).toContain('<h2 id="sources"');
      expect([...section.matchAll(/<a href="https:\/\/[^"]+"/g)].length).toBeGreaterThanOrEqual(1);
    });
  },
);
