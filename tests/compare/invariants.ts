import { expect } from 'vitest';
import { compareReadouts } from '../../src/compare/index.js';
import type { Comparison, Readout } from '../../src/types.js';

const MIRROR = { new: 'dropped', dropped: 'new', split: 'merged', merged: 'split', unchanged: 'unchanged', reworded: 'reworded' } as const;

/** Every statement of both readouts is in exactly one change, and `summary` counts the changes. */
export function expectPartition(c: Comparison): void {
  for (const side of ['before', 'after'] as const) {
    const ids = c.changes.flatMap((ch) => ch[side]).sort();
    expect(ids).toEqual(c[side].statements.map((s) => s.id).sort());
  }
  for (const type of ['unchanged', 'reworded', 'new', 'dropped', 'split', 'merged'] as const) {
    expect(c.summary[type]).toBe(c.changes.filter((ch) => ch.type === type).length);
  }
  expect(c.summary.moved).toBe(c.changes.filter((ch) => ch.moved).length);
}

/** Swapping the sides gives the mirrored set of changes (new ↔ dropped, split ↔ merged). */
export function expectSymmetric(before: Readout | string, after: Readout | string): void {
  const key = (type: string, b: string[], a: string[]): string => `${type} ${b.join(',')} > ${a.join(',')}`;
  const forward = compareReadouts(before, after).changes.map((c) => key(c.type, c.before, c.after)).sort();
  const backward = compareReadouts(after, before).changes.map((c) => key(MIRROR[c.type], c.after, c.before)).sort();
  expect(backward).toEqual(forward);
}
