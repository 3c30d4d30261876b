import fc from 'fast-check';
import levenshtein from 'fast-levenshtein';
import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/similarity/levenshtein.js';
import { levenshteinRatio } from '../../src/similarity/index.js';

describe('editDistance (in place of fast-levenshtein, which builds an Intl.Collator on import)', () => {
  it('gives the distance fast-levenshtein gives, for any code units', () => {
    const text = fc.string({ unit: 'binary', maxLength: 40 });
    fc.assert(fc.property(text, text, (a, b) => editDistance(a, b) === levenshtein.get(a, b)), { numRuns: 2000 });
  });

  it('gives the same distance on texts from a small alphabet (many near matches)', () => {
    const letters = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 60 });
    fc.assert(fc.property(letters, letters, (a, b) => editDistance(a, b) === levenshtein.get(a, b)), { numRuns: 2000 });
  });

  it('handles empty, equal and long texts', () => {
    expect(editDistance('', '')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    const long = 'The Ministers reaffirmed '.repeat(40);
    expect(editDistance(long, `${long}x`)).toBe(1);
    expect(editDistance(long, long.replace(/e/g, 'E'))).toBe(levenshtein.get(long, long.replace(/e/g, 'E')));
  });

  it('keeps levenshteinRatio as documented', () => {
    expect(levenshteinRatio('reconfirmed', 'reaffirmed')).toBe(0.7272727272727273);
  });
});
