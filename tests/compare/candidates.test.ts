import { describe, expect, it } from 'vitest';
import { candidatePairs } from '../../src/compare/candidates.js';
import { compareReadouts } from '../../src/compare/index.js';
import { prepareBoth } from '../../src/compare/prepare.js';
import { parseReadout } from '../../src/parse/index.js';
import { CORPUS_FREQUENCIES } from '../../src/similarity/index.js';

/** A long readout: many distinct sentences that share boilerplate ("The Ministers confirmed"). */
function longReadout(n: number, offset: number): string {
  return Array.from({ length: n }, (_, i) => `The Ministers confirmed cooperation on topic${i + offset} and area${(i * 7 + offset) % n}.`).join('\n\n');
}

describe('candidatePairs', () => {
  it('scores a bounded number of pairs per statement instead of all pairs', () => {
    const [before, after] = prepareBoth(parseReadout(longReadout(400, 0)), parseReadout(longReadout(400, 200)), CORPUS_FREQUENCIES);
    const pairs = candidatePairs(before, after, 5, 0.05);
    expect(pairs.length).toBeLessThanOrEqual(2 * 5 * 400);
    expect(pairs.length).toBeLessThan(400 * 400);
  });

  it('finds the shared sentence through the index', () => {
    const [before, after] = prepareBoth(parseReadout(longReadout(50, 0)), parseReadout(longReadout(50, 25)), CORPUS_FREQUENCIES);
    const best = candidatePairs(before, after, 5, 0.05)[0]!;
    expect(best.score).toBe(1);
    expect(before[best.before]!.statement.text).toBe(after[best.after]!.statement.text);
  });

  it('proposes a statement found word for word once on each side, even when every stem is common', () => {
    // 300 statements share "ministers", "confirmed", "cooperation" and "alliance": the index skips
    // such stems, so the short statement made of them alone is found as a copy, not by search.
    const common = 'The Ministers confirmed cooperation in the Alliance.';
    const body = (offset: number) => Array.from({ length: 300 }, (_, i) => `The Ministers confirmed cooperation in the Alliance on topic${i + offset}.`);
    const before = [...body(0), common].join('\n\n');
    const after = [common, ...body(150)].join('\n\n');
    const [b, a] = prepareBoth(parseReadout(before), parseReadout(after), CORPUS_FREQUENCIES);
    const pairs = candidatePairs(b, a, 5, 0.05);
    expect(pairs).toContainEqual({ before: 300, after: 0, score: 1 });
    const change = compareReadouts(before, after).changes.find((c) => c.before.includes('s301'));
    expect(change).toMatchObject({ type: 'unchanged', after: ['s1'], moved: true });
  });

  it('leaves a repeated statement to the search, which pairs copies by position', () => {
    // Twice on each side: no copy is proposed as such, and the copies pair in order.
    const line = 'The Ministers reaffirmed the importance of peace and stability across the Taiwan Strait.';
    const text = [line, 'They discussed the East China Sea.', line].join('\n\n');
    const changes = compareReadouts(text, text).changes;
    expect(changes.map((c) => [c.type, c.before, c.after])).toEqual([
      ['unchanged', ['s1'], ['s1']],
      ['unchanged', ['s2'], ['s2']],
      ['unchanged', ['s3'], ['s3']],
    ]);
  });
});

