import { describe, expect, test } from 'vitest';
import { compilePhrases, resolveOverlaps } from '../../src/lexicon/match.js';

describe('compilePhrases', () => {
  const find = compilePhrases([
    { phrase: 'continue to', forms: ['continue to', 'continued to'] },
    { phrase: 'U.S.', forms: ['U.S.', 'United States', 'United States of America', 'US'], caseSensitive: true },
    { phrase: 'strong', forms: ['strong'] },
  ]);

  test('returns the listed phrase, the exact slice and its offsets', () => {
    expect(find('They continued to work')).toEqual([{ phrase: 'continue to', text: 'continued to', start: 5, end: 17 }]);
  });

  test('longest form first, at word boundaries, across line breaks and curly quotes', () => {
    expect(find('the United States of America').map((m) => m.text)).toEqual(['United States of America']);
    expect(find('Japan-U.S. and Japan-US ties').map((m) => m.text)).toEqual(['U.S.', 'US']);
    expect(find('a stronger and strong,\ncontinue\n to').map((m) => m.text)).toEqual(['strong', 'continue\n to']);
    expect(find('let us go; U. S. forces')).toEqual([]); // case-sensitive "US"; spacing inside a form matters
  });

  test('resolveOverlaps keeps the earliest, then the longest', () => {
    const spans = [
      { start: 0, end: 3 },
      { start: 2, end: 3 },
      { start: 4, end: 9 },
      { start: 4, end: 6 },
    ];
    expect(resolveOverlaps(spans)).toEqual([
      { start: 0, end: 3 },
      { start: 4, end: 9 },
    ]);
  });
});
