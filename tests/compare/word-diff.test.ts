import { readdirSync, readFileSync } from 'node:fs';
import { diffWords } from 'diff';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordChanges } from '../../src/compare/word-diff.js';
import { parseReadout } from '../../src/index.js';

const FIXTURES = new URL('../fixtures/readouts/', import.meta.url);

describe('the word diff of the evidence', () => {
  it('gives what jsdiff diffWords gives, for any text', () => {
    // Words, punctuation, every kind of whitespace, Latin letters with diacritics (jsdiff's word
    // characters), other scripts, a surrogate pair and lone surrogates.
    const piece = fc.constantFrom(
      'the', 'The', 'Ministers', 'confirmed', 'reaffirmed', 'U.S.', 'Japan', "Japan's", 'a_b', '2+2', 'x1',
      ' ', '  ', '\n', '\t', '\r\n', '\u00a0', '\u2028', '\u3000', '\ufeff',
      '.', ',', ';', '"', '\u2019', '\u2014', '-', '(', ')',
      'é', 'Ünal', 'co\u00adoperation', '\u02c7', '\u02de', 'ẞ', 'Москва', '東京', '😀', '\ud83d', '\ude00',
      // The edges of jsdiff's word-character ranges: × and ÷ sit inside them and are not letters.
      '\u00bf', '\u00c0', '\u00d7', '\u00f7', '\u02c6', '\u02c8', '\u02d7', '\u02d8', '\u02dd', '\u02ff', '\u0300', '\u1dff', '\u1e00', '\u1eff', '\u1f00',
    );
    const text = fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(text, text, (before, after) => {
        expect(wordChanges(before, after)).toEqual(diffWords(before, after));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives what jsdiff diffWords gives on the statements of real readouts', () => {
    const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort();
    const statements = files.flatMap((f) => parseReadout(readFileSync(new URL(f, FIXTURES), 'utf8')).statements.map((s) => s.text));
    for (let k = 0; k + 1 < statements.length; k++) {
      expect(wordChanges(statements[k]!, statements[k + 1]!)).toEqual(diffWords(statements[k]!, statements[k + 1]!));
    }
  });

  it('tells a reworded verb, with the whitespace where jsdiff puts it', () => {
    // Kept words are quoted from the after text; a removed word keeps the before text's spacing.
    expect(wordChanges('They  confirmed\nit.', 'They reaffirmed it.').map((c) => [c.value, c.added, c.removed])).toEqual([
      ['They ', false, false],
      [' confirmed\n', false, true],
      ['reaffirmed ', true, false],
      ['it.', false, false],
    ]);
    expect(wordChanges('', '   ')).toEqual(diffWords('', '   '));
  });
});
