// Reads the calculators' charts (VNode trees) as a person checks a chart: which marks there are, where
// they sit and what they say. The chart tests assert geometry (bars proportional to their values, on one
// baseline, evenly spaced, inside the drawing) rather than the markup the code happens to write.
import { expect } from 'vitest';
import type { VElement, VNode } from '../../../src/lib/calculators/vnode.ts';

export const elements = (node: VNode | undefined): VElement[] =>
  node === undefined || typeof node === 'string' ? [] : [node, ...node.children.flatMap(elements)];

export const textOf = (node: VNode): string => (typeof node === 'string' ? node : node.children.map(textOf).join(''));

/** Elements whose class list has `name`. */
export const byClass = (node: VNode | undefined, name: string): VElement[] =>
  elements(node).filter((element) =>
    String(element.attrs['class'] ?? '')
      .split(/\s+/)
      .includes(name),
  );

export const at = (element: VElement, name: string): number => Number(element.attrs[name]);

/** The drawing's size from its viewBox ("0 0 W H"). */
export function viewBox(node: VNode | undefined): { width: number; height: number } {
  const svg = elements(node).find((element) => element.tag === 'svg');
  const [, , width, height] = String(svg?.attrs['viewBox'] ?? '')
    .split(' ')
    .map(Number);
  return { width: width ?? Number.NaN, height: height ?? Number.NaN };
}

/** Every coordinate of every mark is a number inside the viewBox. */
export function expectInsideViewBox(node: VNode | undefined): void {
  const { width, height } = viewBox(node);
  expect(width).toBeGreaterThan(0);
  const outside: string[] = [];
  for (const element of elements(node)) {
    for (const [name, limit] of [
      ['x', width],
      ['x1', width],
      ['x2', width],
      ['cx', width],
      ['y', height],
      ['y1', height],
      ['y2', height],
      ['cy', height],
    ] as const) {
      if (element.attrs[name] === undefined) continue;
      const value = at(element, name);
      if (!(value >= 0 && value <= limit)) outside.push(`${element.tag}.${name} = ${String(element.attrs[name])}`);
    }
    if (element.tag === 'rect') {
      if (!(at(element, 'x') + at(element, 'width') <= width + 0.01))
        outside.push(`rect right edge ${at(element, 'x')}`);
      if (!(at(element, 'y') + at(element, 'height') <= height + 0.01)) outside.push(`rect bottom ${at(element, 'y')}`);
      if (!(at(element, 'width') >= 0 && at(element, 'height') >= 0)) outside.push('rect with a negative size');
    }
  }
  expect(outside).toEqual([]);
}

/** Consecutive differences of a list. */
export const steps = (values: readonly number[]): number[] => values.slice(1).map((value, i) => value - values[i]!);

/** Asserts that every value is within `tolerance` of the first. */
export function expectAllClose(values: readonly number[], tolerance: number, what: string): void {
  expect(values.length, `${what}: no values`).toBeGreaterThan(0);
  const far = values.filter((value) => Math.abs(value - values[0]!) > tolerance);
  expect(far, `${what}: ${JSON.stringify(values)}`).toEqual([]);
}
