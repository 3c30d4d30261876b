/**
 * The lossless invariant: every non-whitespace character of the input lies in exactly one
 * statement, heading, metadata line or skipped span; spans slice back to their text; statements
 * are ordered and disjoint.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ReadoutError } from '../../src/errors.js';
import { parseReadout } from '../../src/parse/index.js';
import { ROOT, allReadoutFiles, losslessProblems, read } from './helpers.js';
import { relative } from 'node:path';

describe('lossless over every readout in the corpus and the fixtures', () => {
  test.each(allReadoutFiles().map((f) => [relative(ROOT, f), f]))('%s', (_name, file) => {
    const text = read(file);
    expect(losslessProblems(parseReadout(text))).toEqual([]);
    // The same text with other line endings and a byte-order mark is as lossless.
    expect(losslessProblems(parseReadout(`\uFEFF${text.replace(/\n/g, '\r\n')}`))).toEqual([]);
    expect(losslessProblems(parseReadout(text.replace(/\n/g, '\r')))).toEqual([]);
  });
});

// Pieces of readout text that meet the rules at their edges, glued in random order.
const PIECES = [
  'The Ministers', ' reaffirmed', ' the U.S.', ' Air Force', '.', '. ', ' ', '  ', '\n', '\n\n', '\r\n', '\r',
  'U.S.', 'U.N.', 'D.C.', 'Brig. Gen.', ' Pat Ryder', 'Lloyd J. Austin III', 'a.m.', 'p.m.', 'approx.', 'etc.',
  'No.', ' 5', '“2+2.”', '“', '”', '"', "'", '(', ')', '(1) ', '1. ', '1.', '- ', '# ', '## 1. Regional affairs',
  '**', '---', '...', '. . .', '…', '。', '両大臣は', '」', '「', ':', 'STAFF: ', 'In Japanese', 'June 1, 2023',
  'Ministry of Defense', '(Press Release)', 'Summary (PDF)', 'They', ' confirmed', ',', 'Moreover, ', '\0',
  '\uFEFF', '\u200B', '\u00A0', '\t', 'é', '😀', 'Austin.The', '?', '!', 'x'.repeat(250),
];

function checkGenerated(text: string): void {
  let readout;
  try {
    readout = parseReadout(text);
  } catch (error) {
    // Text that opens with a "---" fence may hold YAML that does not parse: a typed error is fine.
    expect(error).toBeInstanceOf(ReadoutError);
    expect((error as ReadoutError).code).toBe('INVALID_FRONT_MATTER');
    return;
  }
  expect(losslessProblems(readout)).toEqual([]);
}

describe('lossless over generated text', () => {
  test('readout-like pieces in any order', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (pieces) => checkGenerated(pieces.join(''))),
      { numRuns: 200 },
    );
  });

  test('any string', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300, unit: 'binary' }), checkGenerated), { numRuns: 200 });
  });

  test('front matter followed by pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) =>
        checkGenerated(`---\ndate: 2023-06-01\nissuer: "Ministry of Defense"\n---\n${pieces.join('')}`),
      ),
      { numRuns: 200 },
    );
  });
});
