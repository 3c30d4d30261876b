import { describe, expect, it } from 'vitest';
import { candidatePairs } from '../../src/compare/candidates.js';
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
});
