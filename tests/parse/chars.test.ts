import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSpaceCode, letterOrDigitUnitsAt, letterOrDigitUnitsBefore, letterUnitsAt } from '../../src/parse/chars.js';

describe('character classes', () => {
  it('reads whitespace as /\\s/ does, on every code unit', () => {
    for (let code = 0; code < 0x10000; code++) expect(isSpaceCode(code), code.toString(16)).toBe(/\s/.test(String.fromCharCode(code)));
  });

  it('measures a letter or digit as one code point, a surrogate pair included', () => {
    const text = 'a1 é𝐀😀\ud835x\udc00';
    // a, 1, space, é, 𝐀 (a pair), 😀 (a pair, no letter), a lone high surrogate, x, a lone low surrogate
    expect([0, 1, 2, 3, 4, 6, 8, 9, 10].map((at) => letterOrDigitUnitsAt(text, at))).toEqual([1, 1, 0, 1, 2, 0, 0, 1, 0]);
    expect([1, 2, 3, 4, 6, 8, 9, 10, 11].map((end) => letterOrDigitUnitsBefore(text, end))).toEqual([1, 1, 0, 1, 2, 0, 0, 1, 0]);
    expect([0, 1, 2, 3, 4, 6, 8, 9, 10].map((at) => letterUnitsAt(text, at))).toEqual([1, 0, 0, 1, 2, 0, 0, 1, 0]);
    expect(letterOrDigitUnitsAt(text, text.length)).toBe(0);
    expect(letterOrDigitUnitsBefore(text, 0)).toBe(0);
  });

  it('agrees with /[\\p{L}\\p{N}]/u and /\\p{L}/u read by code point, for any text', () => {
    const unit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
    const astral = fc.constantFrom('𝐀', '𝐬', '😀', '𐐷', '𝟘');
    fc.assert(
      fc.property(fc.array(fc.oneof(unit, astral), { maxLength: 12 }).map((p) => p.join('')), (text) => {
        for (let at = 0; at < text.length; ) {
          const point = String.fromCodePoint(text.codePointAt(at)!);
          const expected = /^[\p{L}\p{N}]$/u.test(point) ? point.length : 0;
          expect(letterOrDigitUnitsAt(text, at)).toBe(expected);
          expect(letterOrDigitUnitsBefore(text, at + point.length)).toBe(expected);
          expect(letterUnitsAt(text, at)).toBe(/^\p{L}$/u.test(point) ? point.length : 0);
          at += point.length;
        }
      }),
      { numRuns: 2000 },
    );
  });
});
