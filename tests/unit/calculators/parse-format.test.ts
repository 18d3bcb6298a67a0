import { describe, expect, test } from 'vitest';
import { MAX_FIELD_LENGTH, parseNumber, parseNumberList, parseText } from '../../../src/lib/calculators/parse.ts';
import { formatCount, formatMoney, formatNumber, formatPercent } from '../../../src/lib/calculators/format.ts';
import { MAX_URL_VALUE, readState, writeState } from '../../../src/lib/calculators/url-state.ts';
import { h, toHtml } from '../../../src/lib/calculators/vnode.ts';

describe('parseNumber', () => {
  test.each([
    ['0.25', 0.25],
    [' -3 ', -3],
    ['1e3', 1000],
    ['1,000', 1000],
    ['.5', 0.5],
    ['.25', 0.25],
  ])('reads %j as %d', (text, value) => {
    expect(parseNumber(text)).toEqual({ ok: true, value });
  });

  test.each([
    ['', {}, 'Enter a number.'],
    ['abc', {}, '“abc” is not a number.'],
    ['1e999', {}, '“1e999” is not a number this calculator can use.'],
    ['NaN', {}, '“NaN” is not a number.'],
    ['Infinity', {}, '“Infinity” is not a number.'],
    ['2.5', { integer: true }, 'Enter a whole number.'],
    ['-1', { min: 0 }, 'Enter a number of at least 0.'],
    ['0', { above: 0 }, 'Enter a number greater than 0.'],
    ['1.5', { max: 1 }, 'Enter a number of at most 1.'],
    // Number() would read these as 18 and 1: only decimal numbers are accepted.
    ['0x12', {}, '“0x12” is not a number.'],
    ['0b1', {}, '“0b1” is not a number.'],
    // A small bound is written out, not rounded to "0".
    ['0.00005', { min: 0.0001 }, 'Enter a number of at least 0.0001.'],
  ])('refuses %j with a message', (text, rules, message) => {
    expect(parseNumber(text, rules)).toEqual({ ok: false, message });
  });

  test('refuses a 1 MB paste at once, saying why', () => {
    const result = parseNumber('9'.repeat(1_000_000));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/too long .*limit is 20,000/);
  });

  test('quotes at most 30 characters of what is not a number', () => {
    expect(parseNumber(`${'x'.repeat(40)}`)).toEqual({ ok: false, message: `“${'x'.repeat(30)}” is not a number.` });
  });
});

describe('parseNumberList', () => {
  test('splits on commas, semicolons, spaces and new lines', () => {
    expect(parseNumberList('0.4, 0.34;0.15\n0.11')).toEqual({ ok: true, value: [0.4, 0.34, 0.15, 0.11] });
  });

  test('names the item that is wrong', () => {
    expect(parseNumberList('1, 2, x', { min: 0 })).toEqual({
      ok: false,
      message: 'Number 3 (“x”): “x” is not a number.',
    });
    expect(parseNumberList('1, -2', { min: 0 })).toEqual({
      ok: false,
      message: 'Number 2 (“-2”): Enter a number of at least 0.',
    });
  });

  test('quotes at most 30 characters of a wrong item', () => {
    expect(parseNumberList(`1 ${'y'.repeat(40)}`)).toEqual({
      ok: false,
      message: `Number 2 (“${'y'.repeat(30)}”): “${'y'.repeat(30)}” is not a number.`,
    });
  });

  test('refuses a paste over the length limit as too long, before counting its numbers', () => {
    const result = parseNumberList('1 '.repeat(MAX_FIELD_LENGTH / 2 + 1));
    expect(result).toEqual({
      ok: false,
      message: 'That is too long (20,002 characters); the limit is 20,000.',
    });
  });

  test('enforces the item count', () => {
    expect(parseNumberList('', {})).toEqual({ ok: false, message: 'Enter at least one number.' });
    expect(parseNumberList('1', { minItems: 2 })).toEqual({ ok: false, message: 'Enter at least 2 numbers.' });
    expect(parseNumberList('1 2 3', { maxItems: 2 })).toEqual({
      ok: false,
      message: 'That is 3 numbers; the limit is 2.',
    });
    // Exactly the limit is accepted.
    expect(parseNumberList('1 2', { maxItems: 2 })).toEqual({ ok: true, value: [1, 2] });
  });
});

test('parseText accepts text up to the limit and can require some', () => {
  expect(parseText('x'.repeat(MAX_FIELD_LENGTH))).toMatchObject({ ok: true });
  expect(parseText('x'.repeat(MAX_FIELD_LENGTH + 1)).ok).toBe(false);
  expect(parseText('  ', true)).toEqual({ ok: false, message: 'Enter some text.' });
});

describe('formatNumber', () => {
  test.each([
    [0.8, '0.8'],
    [0.888888, '0.8889'],
    [-0.5, '−0.5'],
    [-0.00001, '−1 × 10⁻⁵'],
    [1.2275407386121148e-233, '1.23 × 10⁻²³³'],
    [0, '0'],
    [-0, '0'],
    [Number.POSITIVE_INFINITY, '∞'],
    [Number.NaN, 'undefined'],
    [null, 'undefined'],
    [3e15, '3 × 10¹⁵'],
    [undefined, 'undefined'],
    [Number.NEGATIVE_INFINITY, '−∞'],
    // The boundaries of scientific notation: 10⁻⁴ (the last of 4 decimals) is still written out, 10¹² is not.
    [0.0001, '0.0001'],
    // 10 ** -4 is the double just below 0.0001: the boundary itself is still written out.
    [10 ** -4, '0.0001'],
    [0.00009, '9 × 10⁻⁵'],
    [999_999_999_999, '999999999999'],
    [1e12, '1 × 10¹²'],
  ])('writes %d as %j, never NaN or Infinity', (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });

  test('percent, count and money helpers', () => {
    expect(formatPercent(0.857142)).toBe('85.71 %');
    expect(formatPercent(null)).toBe('undefined');
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatMoney(32)).toBe('32.00');
    expect(formatMoney(0.0012)).toBe('0.0012');
  });

  test('percent and money say "undefined" or "∞", never "NaN" or "NaN %"', () => {
    expect(formatPercent(Number.NaN)).toBe('undefined');
    expect(formatPercent(undefined)).toBe('undefined');
    expect(formatPercent(Number.POSITIVE_INFINITY)).toBe('∞');
    expect(formatMoney(Number.NaN)).toBe('undefined');
    expect(formatMoney(Number.POSITIVE_INFINITY)).toBe('∞');
  });

  test('money keeps 4 decimals only for a non-zero amount under one cent', () => {
    expect(formatMoney(0)).toBe('0.00');
    expect(formatMoney(0.01)).toBe('0.01');
    expect(formatMoney(0.0099)).toBe('0.0099');
  });
});

describe('URL state', () => {
  test('round-trips a calculator’s fields and keeps other parameters', () => {
    const search = writeState('?other=1&cm.tp=3', 'cm', { tp: '80', matrix: '1 2\n3 4' });
    expect(new URLSearchParams(search).get('other')).toBe('1');
    expect(readState(search, 'cm', ['tp', 'matrix', 'fp'])).toEqual({ tp: '80', matrix: '1 2\n3 4' });
  });

  test('leaves values too long for an address out of it', () => {
    const search = writeState('', 'cm', { tp: '1', matrix: 'x'.repeat(5_000) });
    expect(readState(search, 'cm', ['tp', 'matrix'])).toEqual({ tp: '1' });
    // Exactly the limit still goes into the link.
    const longest = 'x'.repeat(MAX_URL_VALUE);
    expect(readState(writeState('', 'cm', { matrix: longest }), 'cm', ['matrix'])).toEqual({ matrix: longest });
  });

  test("drops the calculator's old parameters, so a value left out cannot come back from the address", () => {
    // A field that grew past MAX_URL_VALUE is left out; its old, short value must not survive.
    const search = writeState('?cm.tp=3&cm.matrix=1%202&cm.beta=2&cmx.tp=7&other=1', 'cm', {
      tp: '80',
      matrix: 'x'.repeat(MAX_URL_VALUE + 1),
    });
    expect(readState(search, 'cm', ['tp', 'matrix', 'beta'])).toEqual({ tp: '80' });
    // Other calculators' parameters, even under a prefix that starts the same way, stay.
    expect(readState(search, 'cmx', ['tp'])).toEqual({ tp: '7' });
    expect(new URLSearchParams(search).get('other')).toBe('1');
    expect(writeState('?cm.tp=3', 'cm', {})).toBe('');
  });

  test('reads only known fields and cuts long values', () => {
    const state = readState(`?cm.evil=1&cm.tp=${'9'.repeat(30_000)}`, 'cm', ['tp']);
    expect(Object.keys(state)).toEqual(['tp']);
    expect(state['tp']).toHaveLength(MAX_FIELD_LENGTH);
  });
});

describe('toHtml', () => {
  test('escapes text and attribute values and drops event handlers', () => {
    const node = h('p', { title: '"x"', onclick: 'alert(1)' }, ['<img src=x onerror=alert(1)>', h('b', {}, ['&'])]);
    expect(toHtml(node)).toBe('<p title="&quot;x&quot;">&lt;img src=x onerror=alert(1)&gt;<b>&amp;</b></p>');
  });

  test('drops only attributes that start with "on": aria-controls stays', () => {
    expect(toHtml(h('button', { 'aria-controls': 'panel', type: 'button' }, ['Open']))).toBe(
      '<button aria-controls="panel" type="button">Open</button>',
    );
  });

  test('leaves out attributes given as undefined, and adds no children unless given', () => {
    expect(toHtml(h('rect', { x: 0, title: undefined }))).toBe('<rect x="0"></rect>');
    expect(h('g').children).toEqual([]);
  });

  test('refuses a tag name that could smuggle markup', () => {
    expect(() => toHtml(h('img src=x onerror=alert(1)'))).toThrow('toHtml: bad tag name img src=x onerror=alert(1)');
  });
});
