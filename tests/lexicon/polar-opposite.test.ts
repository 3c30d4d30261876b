import { describe, expect, it } from 'vitest';
import { arePolarOpposites, POLARITY_PAIRS } from '../../src/lexicon/index.js';
import { hasPolarOpposite } from '../../src/lexicon/negation.js';

describe('hasPolarOpposite', () => {
  const words = [
    ...POLARITY_PAIRS.flat(),
    ...POLARITY_PAIRS.flat().flatMap((w) => [`${w}s`, `${w}ed`, `${w}d`, `${w}ing`, w.toUpperCase()]),
    'alliance', 'Japan', 'reaffirmed', 'strongly', 'the', 'opposes', 'supported', 'welcomed', 'condemned', 'x',
  ];

  it('is false only for words that are no polar opposite of any word', () => {
    for (const a of words) {
      if (hasPolarOpposite(a)) continue;
      for (const b of words) expect(arePolarOpposites(a, b)).toBe(false);
    }
  });

  it('is true for every word of a listed pair', () => {
    for (const [a, b] of POLARITY_PAIRS) {
      expect(hasPolarOpposite(a)).toBe(true);
      expect(hasPolarOpposite(b)).toBe(true);
    }
    expect(hasPolarOpposite('alliance')).toBe(false);
  });
});
