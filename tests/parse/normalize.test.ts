import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { normalizeText } from '../../src/parse/index.js';
import { compactText } from '../../src/parse/normalize.js';

describe('normalizeText', () => {
  test.each([
    ['doubled word', 'in this this age', 'in this age'],
    ['tripled word, any case', 'This this THIS.', 'This.'],
    ['not across punctuation', 'this, this', 'this, this'],
    ['not numbers', '10 10 minutes', '10 10 minutes'],
    ['curly quotes', 'Russia’s “2+2”', 'Russia\'s "2+2"'],
    ['dashes', 'July 28 – the first — ever', 'July 28 - the first - ever'],
    ['whitespace', '  The\tMinisters\r\n\u00A0agreed.  ', 'The Ministers agreed.'],
    ['NFKC', 'ＡＢＣ１２３ ﬁ', 'ABC123 fi'],
    ['zero-width and soft hyphen', 'co\u00ADoperation\u200B', 'cooperation'],
    ['control characters', 'a\0b\u0007c', 'a b c'],
    ['byte-order mark', '\uFEFFThe Ministers', 'The Ministers'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  test('is idempotent on any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200, unit: 'binary' }), (text) => {
        const once = normalizeText(text);
        expect(normalizeText(once)).toBe(once);
      }),
      { numRuns: 300 },
    );
  });

  test('is idempotent on text made of repeated words', () => {
    const word = fc.constantFrom('this', 'This', 'THIS', 'that', 'a', '10', '“', '—', ' ', '  ', ',', 'é', 'e\u0301', '\u200B', '\0');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), (words) => {
        const once = normalizeText(words.join(' '));
        expect(normalizeText(once)).toBe(once);
      }),
      { numRuns: 300 },
    );
  });

  test('finishes on two megabyte-long words (no backtracking on doubled-word repair)', () => {
    const word = 'a'.repeat(1 << 20);
    expect(normalizeText(`${word} ${word}`)).toBe(word);
  }, 30_000);
});

describe('compactText', () => {
  test('keeps every character of any text, ASCII or not', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'Z', ' ', "'", '\u0000', '\u007F', 'é', '’', '😀', '\uD800') }), (text) => {
        expect(compactText(text)).toBe(text);
      }),
    );
    const slice = 'Russia’s aggression against Ukraine'.slice(9);
    expect(compactText(slice)).toBe('aggression against Ukraine');
  });
});
