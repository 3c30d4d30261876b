import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareReadouts } from '../../src/compare/index.js';
import type { Comparison } from '../../src/types.js';
import { expectPartition, expectSymmetric } from './invariants.js';
import { compactReport } from './report.js';

// One folder per phenomenon under tests/fixtures/cases: before.txt, after.txt and the expected
// compact report (expected.txt, kept by toMatchFileSnapshot; review changes as git diffs).
const casesDir = fileURLToPath(new URL('../fixtures/cases/', import.meta.url));

/** What each case must show beyond its snapshot: the behaviour the case is named for. */
const CHECKS: Record<string, (c: Comparison) => void> = {
  'verb-strengthened': (c) => expect(c.changes.flatMap((ch) => ch.shifts)).toContainEqual({ kind: 'verb', from: 'confirmed', to: 'reaffirmed', direction: 'stronger' }),
  'intensifier-dropped': (c) => expect(c.changes.flatMap((ch) => ch.shifts)).toContainEqual({ kind: 'intensity', from: 'strongly', to: null, direction: 'weaker' }),
  'negation-flip': (c) => expect(c.changes.flatMap((ch) => ch.shifts).some((s) => s.kind === 'negation')).toBe(true),
  'joint-to-unilateral': (c) => expect(c.changes.flatMap((ch) => ch.shifts)).toContainEqual({ kind: 'actor', from: 'The Ministers', to: 'Secretary Austin', direction: 'weaker' }),
  'term-removed': (c) => expect(c.changes.flatMap((ch) => ch.shifts).some((s) => s.kind === 'term' && s.to === null)).toBe(true),
  'split-into-two': (c) => expect(c.changes.filter((ch) => ch.type === 'split').map((ch) => [ch.before.length, ch.after.length])).toEqual([[1, 2]]),
  merged: (c) => expect(c.changes.filter((ch) => ch.type === 'merged').map((ch) => [ch.before.length, ch.after.length])).toEqual([[2, 1]]),
  'moved-and-reworded': (c) => expect(c.changes.filter((ch) => ch.moved).map((ch) => ch.type)).toEqual(['reworded']),
  'same-readout': (c) => expect(c.changes.every((ch) => ch.type === 'unchanged' && !ch.moved)).toBe(true),
  'empty-against-full': (c) => expect(c.changes.every((ch) => ch.type === 'new') && c.changes.length > 0).toBe(true),
};

const cases = readdirSync(casesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe('fixture cases', () => {
  it('has a folder for every phenomenon of the issue', () => {
    expect(cases).toEqual(Object.keys(CHECKS).sort());
  });

  for (const name of cases) {
    it(name, async () => {
      const before = readFileSync(`${casesDir}${name}/before.txt`, 'utf8');
      const after = readFileSync(`${casesDir}${name}/after.txt`, 'utf8');
      const comparison = compareReadouts(before, after);
      await expect(compactReport(comparison)).toMatchFileSnapshot(`${casesDir}${name}/expected.txt`);
      CHECKS[name]?.(comparison);
      expectPartition(comparison);
      expectSymmetric(before, after);
      expect(JSON.stringify(compareReadouts(before, after))).toBe(JSON.stringify(comparison));
    });
  }
});
