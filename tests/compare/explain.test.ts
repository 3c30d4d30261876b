import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { distanceAtLeast } from '../../src/compare/explain.js';
import { compareReadouts } from '../../src/compare/index.js';
import { editDistance } from '../../src/similarity/levenshtein.js';
import type { Change } from '../../src/types.js';

/** The one aligned change between two one-sentence readouts. */
function changeOf(before: string, after: string): Change {
  const linked = compareReadouts(before, after).changes.filter((c) => c.before.length > 0 && c.after.length > 0);
  expect(linked).toHaveLength(1);
  return linked[0]!;
}

describe('type and significance', () => {
  const table: { name: string; before: string; after: string; type: Change['type']; significance: Change['significance'] }[] = [
    { name: 'same words', before: 'The Ministers confirmed the importance of peace.', after: 'The Ministers confirmed the importance of peace.', type: 'unchanged', significance: 'none' },
    { name: 'letter case only', before: 'The Ministers confirmed the importance of peace.', after: 'The ministers confirmed the importance of Peace.', type: 'unchanged', significance: 'none' },
    { name: 'a typo fixed', before: 'The Ministers confirmed the importance of stabilty in the region.', after: 'The Ministers confirmed the importance of stability in the region.', type: 'reworded', significance: 'cosmetic' },
    { name: 'an article added', before: 'The Ministers confirmed importance of peace in the region.', after: 'The Ministers confirmed the importance of peace in the region.', type: 'reworded', significance: 'cosmetic' },
    { name: 'a typo that joined two words fixed', before: 'The Ministers stressed the stable stationing of U.S. Forces in Japannd their daily activities.', after: 'The Ministers stressed the stable stationing of U.S. Forces in Japan and their daily activities.', type: 'reworded', significance: 'cosmetic' },
    { name: 'an equal-strength synonym for the verb', before: 'The Ministers underscored the importance of the Alliance in the region.', after: 'The Ministers emphasized the importance of the Alliance in the region.', type: 'reworded', significance: 'cosmetic' },
    { name: 'a verb of another function', before: 'The Ministers underscored the importance of the Alliance in the region.', after: 'The Ministers welcomed the importance of the Alliance in the region.', type: 'reworded', significance: 'substantive' },
    { name: 'a clause added', before: 'The Ministers confirmed the importance of peace in the region.', after: 'The Ministers confirmed the importance of peace in the region and beyond it, including the Taiwan Strait.', type: 'reworded', significance: 'substantive' },
  ];
  for (const { name, before, after, type, significance } of table) {
    it(name, () => {
      const change = changeOf(before, after);
      expect([change.type, change.significance]).toEqual([type, significance]);
    });
  }

  it('a typo fixed in a name is no term shift', () => {
    const change = changeOf('The Ministers welcomed the progress in Japannd the region.', 'The Ministers welcomed the progress in Japan and the region.');
    expect(change.shifts).toEqual([]);
  });

  it('gives word edits that rebuild both texts', () => {
    const before = 'The Ministers confirmed that they would maintain the order.';
    const after = 'The Ministers reaffirmed that they will maintain the order.';
    const { edits } = changeOf(before, after);
    expect(edits.filter((e) => !e.added).map((e) => e.value).join('')).toBe(before);
    expect(edits.filter((e) => !e.removed).map((e) => e.value).join('')).toBe(after);
  });
});

describe('shifts', () => {
  const table: { name: string; before: string; after: string; shift: Partial<Change['shifts'][number]> }[] = [
    { name: 'verb weakened', before: 'The Ministers welcomed the progress of cooperation on space.', after: 'The Ministers noted the progress of cooperation on space.', shift: { kind: 'verb', from: 'welcomed', to: 'noted', direction: 'weaker' } },
    { name: 'intensifier added', before: 'The Ministers condemned the missile launches by North Korea.', after: 'The Ministers strongly condemned the missile launches by North Korea.', shift: { kind: 'intensity', from: null, to: 'strongly', direction: 'stronger' } },
    { name: 'modal strengthened', before: 'The Ministers confirmed that they would work together on space.', after: 'The Ministers confirmed that they will work together on space.', shift: { kind: 'modality', from: 'would', to: 'will', direction: 'stronger' } },
    { name: 'hedge added', before: 'The Ministers decided to expand joint exercises.', after: 'The Ministers decided to consider expanding joint exercises.', shift: { kind: 'modality', from: null, to: 'consider', direction: 'weaker' } },
    { name: 'hedge dropped', before: 'The Ministers would seek to expand joint exercises.', after: 'The Ministers would expand joint exercises.', shift: { kind: 'modality', from: 'seek to', to: null, direction: 'stronger' } },
    { name: 'joint position held by one side', before: 'The Ministers condemned the missile launches by North Korea.', after: 'Minister Hamada condemned the missile launches by North Korea.', shift: { kind: 'actor', from: 'The Ministers', to: 'Minister Hamada', direction: 'weaker' } },
    { name: 'one side joined by the other', before: 'Secretary Austin condemned the missile launches.', after: 'The four ministers condemned the missile launches.', shift: { kind: 'actor', direction: 'stronger' } },
    { name: 'stance reversed', before: 'The Ministers supported the plan to expand joint exercises in the region.', after: 'The Ministers opposed the plan to expand joint exercises in the region.', shift: { kind: 'negation', from: 'supported', to: 'opposed' } },
    { name: 'stance reversed, capitalised', before: 'Supporting the plan to expand joint exercises, the Ministers met.', after: 'Opposing the plan to expand joint exercises, the Ministers met.', shift: { kind: 'negation', from: 'supporting', to: 'opposing' } },
    { name: 'number changed', before: 'The Ministers confirmed the plan to deploy 12 aircraft to the base.', after: 'The Ministers confirmed the plan to deploy 16 aircraft to the base.', shift: { kind: 'number', from: '12', to: '16' } },
  ];
  for (const { name, before, after, shift } of table) {
    it(name, () => {
      expect(changeOf(before, after).shifts).toContainEqual(expect.objectContaining(shift));
    });
  }

  it('reports no actor shift when the same holder is named another way', () => {
    for (const [a, b] of [
      ['Secretary Austin', 'Secretary of Defense Lloyd J. Austin III'],
      ['The Ministers', 'Both Ministers'],
      ['The two leaders', 'We'],
    ]) {
      const change = changeOf(`${a} condemned the missile launches by North Korea.`, `${b} condemned the missile launches by North Korea.`);
      expect(change.shifts.filter((s) => s.kind === 'actor')).toEqual([]);
    }
  });

  it('pairs no opposites when both words are on both sides', () => {
    const change = changeOf(
      'The Ministers supported the exercises and opposed any unilateral change to the status quo.',
      'The Ministers opposed any unilateral change to the status quo and supported the joint exercises.',
    );
    expect(change.shifts.filter((s) => s.kind === 'negation')).toEqual([]);
  });

  it('treats equivalent terms as the same words ("DPRK" = "North Korea")', () => {
    const change = changeOf('The Ministers condemned the missile launches by the DPRK.', 'The Ministers condemned the missile launches by North Korea.');
    expect(change.similarity).toBeGreaterThan(0.9);
    expect(change.shifts.filter((s) => s.kind === 'term')).toEqual([]);
  });
});

describe('typo fixes', () => {
  it('rules word pairs out by a bound that never exceeds the edit distance', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'n', 'd', '.', '-', 'é', 'ŋ'), maxLength: 12 });
    fc.assert(fc.property(word, word, (a, b) => distanceAtLeast(a, b) <= editDistance(a, b)), { numRuns: 500 });
    expect(distanceAtLeast('japannd', 'japanand')).toBe(1);
    expect(distanceAtLeast('japan-u.s.', 'trilateral')).toBeGreaterThan(2);
  });
});

