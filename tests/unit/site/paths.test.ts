import { describe, expect, test } from 'vitest';
import { withBase } from '../../../src/lib/site/paths.ts';

describe('withBase', () => {
  test('puts a site-relative path under the root', () => {
    expect(withBase('/', 'search/')).toBe('/search/');
    expect(withBase('/', '')).toBe('/');
  });

  test('puts a site-relative path under a sub-path, with or without its trailing slash', () => {
    expect(withBase('/aws-ai-practitioner/', 'glossary/')).toBe('/aws-ai-practitioner/glossary/');
    expect(withBase('/aws-ai-practitioner', 'glossary/')).toBe('/aws-ai-practitioner/glossary/');
  });

  test('drops the leading slashes of the path, so that it never leaves the sub-path', () => {
    expect(withBase('/aws-ai-practitioner/', '/practice/#read')).toBe('/aws-ai-practitioner/practice/#read');
    expect(withBase('/aws-ai-practitioner/', '//pagefind/pagefind.js')).toBe(
      '/aws-ai-practitioner/pagefind/pagefind.js',
    );
  });

  test('keeps slashes inside the path', () => {
    expect(withBase('/a/', 'exam-blueprint/#task-3-1')).toBe('/a/exam-blueprint/#task-3-1');
    expect(withBase('/a/', 'glossary/term/x/')).toBe('/a/glossary/term/x/');
  });
});
