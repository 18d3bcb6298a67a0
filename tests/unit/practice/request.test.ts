// Addresses of the practice pages at the edges of what parseRequest accepts (its ordinary cases are in
// page-logic.test.ts): each refused query is wrong in one way that a looser pattern would let through.
import { describe, expect, test } from 'vitest';
import { parseRequest } from '../../../src/lib/practice/request.ts';

describe('parseRequest at the edges', () => {
  test('starts form 1, the lowest fixed form', () => {
    expect(parseRequest('exam', '?form=1')).toEqual({ kind: 'start', source: { kind: 'form', form: 1 } });
  });

  test('reports an attempt id of 40 characters', () => {
    const id = 'a'.repeat(40);
    expect(parseRequest('set', `?attempt=${id}`)).toEqual({ kind: 'report', attempt: id });
  });

  test.each([
    ['exam', '?attempt=a-k3-0001%20X', 'This address names no attempt of yours.'],
    ['exam', `?attempt=${'a'.repeat(41)}`, 'This address names no attempt of yours.'],
    ['exam', '?form=1.5', 'There is no form “1.5”: the fixed forms are numbered 1 to 8.'],
    ['exam', '?form=2e0', 'There is no form “2e0”: the fixed forms are numbered 1 to 8.'],
    ['set', '?domain=2.5', 'There is no domain “2.5”: the domains are 1 to 5.'],
    ['set', '?domain=x5', 'There is no domain “x5”: the domains are 1 to 5.'],
  ])('%s%s is explained: %s', (mode, query, message) => {
    expect(parseRequest(mode as 'exam' | 'set', query)).toEqual({ kind: 'invalid', message });
  });
});
