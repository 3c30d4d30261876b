import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareReadouts, DEFAULT_COMPARE_OPTIONS } from '../../src/compare/index.js';
import { ReadoutError } from '../../src/errors.js';
import { loadGold } from '../../src/eval/index.js';
import { parseReadout } from '../../src/parse/index.js';
import { expectPartition, expectSymmetric } from './invariants.js';

const goldDir = fileURLToPath(new URL('../fixtures/gold/pairs/', import.meta.url));
const goldPairs = readdirSync(goldDir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => loadGold(`${goldDir}${f}`));
const reference = readFileSync(fileURLToPath(new URL('../../corpus/japan-us-dmm-2023-06-01.txt', import.meta.url)), 'utf8');

describe('compareReadouts on degenerate input', () => {
  it('finds every statement unchanged when a readout is compared with itself', () => {
    const c = compareReadouts(reference, reference);
    expect(c.changes.every((ch) => ch.type === 'unchanged' && !ch.moved && ch.similarity === 1)).toBe(true);
    expect(c.summary.unchanged).toBe(c.before.statements.length);
    expectPartition(c);
  });

  it('reports everything new against an empty readout, and dropped the other way', () => {
    const forward = compareReadouts('', reference);
    expect(forward.changes.map((ch) => ch.type)).toEqual(forward.after.statements.map(() => 'new'));
    const backward = compareReadouts(reference, '');
    expect(backward.summary.dropped).toBe(backward.before.statements.length);
    expect(compareReadouts('', '').changes).toEqual([]);
  });

  it('links nothing between readouts that share no words', () => {
    const c = compareReadouts('Apples grow on tall trees in autumn.', 'Submarines patrol frozen northern waters.');
    expect(c.changes.map((ch) => ch.type).sort()).toEqual(['dropped', 'new']);
    expectPartition(c);
  });

  it('accepts parsed readouts as well as text', () => {
    const parsed = parseReadout(reference);
    expect(compareReadouts(parsed, reference).summary).toEqual(compareReadouts(reference, reference).summary);
  });

  it('rejects input that is neither text nor a readout', () => {
    expect(() => compareReadouts(42 as never, '')).toThrow(ReadoutError);
  });
});

describe('compareReadouts on the development pairs', () => {
  for (const pair of goldPairs) {
    it(`${pair.name}: partitions both readouts, is deterministic and symmetric`, () => {
      const c = compareReadouts(pair.beforeText, pair.afterText);
      expectPartition(c);
      expect(JSON.stringify(compareReadouts(pair.beforeText, pair.afterText))).toBe(JSON.stringify(c));
      expectSymmetric(pair.beforeText, pair.afterText);
      for (const ch of c.changes) {
        expect(ch.similarity).toBeGreaterThanOrEqual(0);
        expect(ch.similarity).toBeLessThanOrEqual(1);
        if (ch.type === 'new' || ch.type === 'dropped') expect(ch.edits).toEqual([]);
        if (ch.type === 'reworded') expect(ch.edits.some((e) => e.added || e.removed)).toBe(true);
      }
    });
  }

  it('returns plain JSON-safe data', () => {
    const pair = goldPairs[0]!;
    const c = compareReadouts(pair.beforeText, pair.afterText);
    expect(JSON.parse(JSON.stringify(c))).toEqual(c);
  });

  it('pairs statements only with statements of the same kind', () => {
    for (const pair of goldPairs) {
      const c = compareReadouts(pair.beforeText, pair.afterText);
      const kind = (side: 'before' | 'after', id: string): string | undefined => c[side].statements.find((s) => s.id === id)?.kind;
      for (const ch of c.changes) {
        const kinds = new Set([...ch.before.map((id) => kind('before', id)), ...ch.after.map((id) => kind('after', id))]);
        expect(kinds.size).toBe(1);
      }
    }
  });
});

describe('compareReadouts properties', () => {
  // Readouts built from the reference's own sentences, dropped, reordered and repeated at random.
  const sentences = parseReadout(reference).statements.filter((s) => s.kind === 'position').map((s) => s.text);
  const readout = fc.array(fc.constantFrom(...sentences), { maxLength: 12 }).map((xs) => xs.join('\n\n'));

  it('is symmetric and partitions both sides for any two readouts', () => {
    fc.assert(
      fc.property(readout, readout, (before, after) => {
        expectPartition(compareReadouts(before, after));
        expectSymmetric(before, after);
      }),
      { numRuns: 40, seed: 7 },
    );
  });
});

describe('options', () => {
  it('documents a default for every threshold', () => {
    expect(Object.keys(DEFAULT_COMPARE_OPTIONS).sort()).toEqual(
      ['candidateLimit', 'commonStemShare', 'corpus', 'gapThreshold', 'groupContainment', 'groupGain', 'groupThreshold', 'linkThreshold', 'memberThreshold', 'mutualMargin', 'mutualThreshold'].sort(),
    );
  });

  it('rejects out-of-range values with INVALID_OPTION', () => {
    const attempt = (): unknown => compareReadouts('', '', { linkThreshold: 2 });
    expect(attempt).toThrow(ReadoutError);
    try {
      attempt();
    } catch (error) {
      expect((error as ReadoutError).code).toBe('INVALID_OPTION');
    }
    expect(() => compareReadouts('', '', { candidateLimit: 0 })).toThrow(/candidateLimit/);
    expect(() => compareReadouts('', '', { mutualMargin: 0.5 })).toThrow(/mutualMargin/);
  });

  it('links less as the link threshold rises', () => {
    const pair = goldPairs[1]!;
    const linked = (linkThreshold: number): number =>
      compareReadouts(pair.beforeText, pair.afterText, { linkThreshold, gapThreshold: linkThreshold }).changes.filter((c) => c.before.length && c.after.length).length;
    expect(linked(0.9)).toBeLessThanOrEqual(linked(0.3));
  });
});
