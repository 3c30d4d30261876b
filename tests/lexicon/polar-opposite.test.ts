import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arePolarOpposites, POLARITY_PAIRS } from '../../src/lexicon/index.js';
import { hasPolarOpposite, hasWordInAnyCase, polarWordsIn } from '../../src/lexicon/negation.js';

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

describe('reading the words of a text in place', () => {
  // The definitions: the words of /\p{L}+/gu as strings.
  const words = (text: string): string[] => text.match(/\p{L}+/gu) ?? [];
  const polarWords = (text: string): string[] => [...new Set(words(text).filter(hasPolarOpposite).map((w) => w.toLowerCase()))];
  const hasWord = (text: string, lower: string): boolean => words(text).some((w) => w.toLowerCase() === lower);

  it('finds the words with an opposite, and a word in any case, as the words of the pattern', () => {
    expect(polarWordsIn('They SUPPORTED it, opposed nothing and supported the allies.')).toEqual(['supported', 'opposed']);
    expect(polarWordsIn('The alliance grew.')).toEqual([]);
    expect(hasWordInAnyCase('We Support it.', 'support')).toBe(true);
    expect(hasWordInAnyCase('We supports it.', 'support')).toBe(false);
    // The Kelvin sign lower-cases to an ASCII k: only the pattern's reading counts.
    expect(hasWordInAnyCase('\u212Aeep', 'keep')).toBe(true);
  });

  it('agrees with the definitions on any text', () => {
    const piece = fc.constantFrom(
      'support', 'Support', 'SUPPORTED', 'opposes', 'welcome', 'condemned', 'deny', 'confirm', 'alliance', 'the', 'x', 's',
      ' ', ',', '.', '-', '\u2019', '2', '_', 'é', 'Ünal', '\u212A', 'İ', 'Москва', '東京', '𝐀', '😀', '\ud835', '\udc00',
    );
    const text = fc.array(piece, { maxLength: 24 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(polarWordsIn(a)).toEqual(polarWords(a));
        for (const w of [...words(b).map((x) => x.toLowerCase()), 'support', 'keep']) expect(hasWordInAnyCase(a, w)).toBe(hasWord(a, w));
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with the definitions on every line of the readouts in the repository', () => {
    const dir = new URL('../fixtures/readouts/', import.meta.url);
    const texts = readdirSync(dir).map((f) => readFileSync(new URL(f, dir), 'utf8'));
    let found = 0;
    for (const text of texts) {
      for (const line of text.split(/\n+/)) {
        expect(polarWordsIn(line)).toEqual(polarWords(line));
        found += polarWordsIn(line).length;
      }
    }
    expect(found).toBeGreaterThan(100);
  });
});
