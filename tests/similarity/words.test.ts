import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asciiWords } from '../../src/lexicon/match.js';
import { contentWords, readContentWords } from '../../src/similarity/index.js';

const stems = (text: string) => contentWords(text).map((w) => [w.stem, w.salience]);

/**
 * An ASCII text's words are read from the lexicon's tokens; any other text's with the pattern
 * `(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’]s\b)?`. A trailing " é" (a lone letter, dropped as a list
 * marker is) sends a text down the pattern's path without changing its words.
 */
const byPattern = (text: string) => stems(`${text} é`);

describe('the content words of a statement', () => {
  it('reads initialisms, possessives and lone letters as the pattern does', () => {
    const text = "The U.S. and Japan's Ministers (U.S.A.) met; J. Austin's U.SA. e.g. 1.2. A.1.B. a_b. JAPAN'S Japan'ss Japan's_x US us U.S's";
    expect(stems(text)).toEqual(byPattern(text));
    // More words than the usual room for a statement's (2,048 units, 4 a word).
    const dense = "U.S. a1 Japan's ".repeat(1000);
    expect(stems(dense)).toEqual(byPattern(dense));
    expect(stems('The U.S. and Japan’s Ministers')).toEqual(stems("The U.S. and Japan's Ministers"));
    expect(stems('The Ministers reaffirmed the U.S. commitment.').map(([stem]) => stem)).toEqual(['minist', 'reaffirm', 'us', 'commit']);
  });

  it('are written into an array from its start, what it held beyond them left as it was', () => {
    const out = contentWords('The Ministers reaffirmed the U.S. commitment to deterrence in the region.');
    expect(readContentWords('The Ministers reaffirmed the U.S. commitment to deterrence in the region.', out)).toBe(out.length);
    const count = readContentWords('Japan and Russia.', out);
    expect(out.slice(0, count)).toEqual(contentWords('Japan and Russia.'));
    expect(out.slice(count)).toEqual(contentWords('The Ministers reaffirmed the U.S. commitment to deterrence in the region.').slice(count));
  });

  it('are the same read from tokens as read with the pattern, for any ASCII text', () => {
    const piece = fc.constantFrom('U', 'S', 'A', 'a', 'e', 'g', 'us', 'US', 'Japan', 'JAPAN', 'Russia', 's', '1', '12', 'x1', 'the', 'deter', 'Ministers', '.', "'", "'s", "'s.", '_', '-', ' ', '  ', '(', ')', ',', 'DPRK', 'North Korea', 'U.S.-Japan', 'U.S.');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
        const text = pieces.join('');
        expect(stems(text)).toEqual(byPattern(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads the words of an ASCII text from its tokens, and gives up on any other text', () => {
    const out = new Int32Array(64);
    expect(asciiWords("The U.S. and Japan's", out)).toBe(4);
    // Each word: start, end of its letters, hash of their lower case, 1 for an initialism.
    expect([...out.subarray(0, 16)]).toEqual([0, 3, hash('the'), 0, 4, 8, hash('us'), 1, 9, 12, hash('and'), 0, 13, 18, hash('japan'), 0]);
    expect(asciiWords('The café', out)).toBe(-1);
    expect(asciiWords('Japan\u00a0and', out)).toBe(-1);
  });
});

function hash(lower: string): number {
  let h = 0;
  for (let k = 0; k < lower.length; k++) h = (Math.imul(h, 31) + lower.charCodeAt(k)) | 0;
  return h & 0x3fffffff;
}
