import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { sortCompound, sortCompounds } from '../../src/lexicon/equivalents.js';
import { EQUIVALENT_TERMS, foldEquivalents } from '../../src/lexicon/index.js';

describe('foldEquivalents', () => {
  test.each([
    ['The DPRK launched', 'The North Korea launched'],
    ["the Democratic People's Republic of Korea", 'the North Korea'],
    ['North Korea’s missile launches', 'North Korea’s missile launches'],
    ['the United States of America and the United States', 'the U.S. and the U.S.'],
    ['Japan and the US', 'Japan and the U.S.'],
    ['let us work together', 'let us work together'], // "us" is a word
    ['the Republic of Korea and South Korea', 'the ROK and ROK'],
    ['the PRC and the People’s Republic of China', 'the China and the China'],
    ['the South China Sea', 'the South China Sea'],
    ['Self-Defense Forces and JSDF', 'SDF and SDF'],
    ['a Free and Open Indo-Pacific', 'a FOIP'],
    ['the Indo Pacific region', 'the Indo-Pacific'],
    ['the Security Consultative Committee ("2+2")', 'the 2+2 (2+2)'],
    ['the Senkakus', 'the Senkaku Islands'],
    ['Article V of the Treaty', 'Article 5 of the Treaty'],
    ['the Ministry of Defence and the Department of Defense', 'the MOD and the DoD'],
    ['North America and Latin America', 'North America and Latin America'], // protected
    ['the Defence Minister', 'the Defense Minister'],
    ['the United Nations and the European Union', 'the UN and the EU'],
    ['close co-operation', 'close cooperation'],
    ['at 3 PM, the premier forum', 'at 3 PM, the premier forum'],
  ])('%s', (text, folded) => {
    expect(foldEquivalents(text)).toBe(folded);
  });

  test('"U.S." inside "Japan-U.S." folds consistently with every spelling and order', () => {
    const forms = [
      'the Japan-U.S. Alliance',
      'the Japan-US Alliance',
      'the Japan-United States Alliance',
      'the U.S.-Japan Alliance',
      'the United States-Japan Alliance',
    ];
    for (const form of forms) expect(foldEquivalents(form)).toBe('the Japan-U.S. Alliance');
    expect(foldEquivalents('Japan-U.S.-ROK ties')).toBe(foldEquivalents('U.S.-ROK-Japan ties'));
    expect(foldEquivalents('ties with the U.S.-Japan.')).toBe('ties with the Japan-U.S.');
    expect(foldEquivalents('the Japan-Australia.')).toBe('the Australia-Japan.');
    expect(foldEquivalents('the Asia-Pacific and the Indo-Pacific')).toBe('the Asia-Pacific and the Indo-Pacific');
    expect(foldEquivalents('a state-of-the-art system')).toBe('a state-of-the-art system');
  });

  test('sorts the compounds that the global pattern finds, and only those, for any text', () => {
    // The pattern run over every position, as the scan from each hyphen replaces.
    const everywhere = /(?<![\p{L}\p{N}.'’-])[\p{L}\p{N}.'’]+(?:-[\p{L}\p{N}.'’]+)+/gu;
    const piece = fc.constantFrom('Japan', 'U.S.', 'ROK', 'Australia', 'Asia', 'Pacific', 'state', 'of', '9s', '3', 'é', 'Ōsaka', '𝐀', '\ud835',
      '-', '--', '.', "'", '’', ' ', ',', '(', '—', '"');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        const text = pieces.join('');
        expect(sortCompounds(text)).toBe(text.replace(everywhere, sortCompound));
      }),
      { numRuns: 3000 },
    );
    expect(sortCompounds('the U.S.-Japan, Japan-Australia and U.S.-ROK-Japan ties')).toBe('the Japan-U.S., Australia-Japan and Japan-ROK-U.S. ties');
  });

  test('is idempotent on the reference readout', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(new URL('../../corpus/japan-us-dmm-2023-06-01.txt', import.meta.url), 'utf8');
    const once = foldEquivalents(text);
    expect(foldEquivalents(once)).toBe(once);
  });

  test('no variant appears in two groups', () => {
    const seen = new Map<string, string>();
    for (const group of EQUIVALENT_TERMS) {
      for (const variant of group) {
        expect(seen.get(variant), variant).toBeUndefined();
        seen.set(variant, group[0]!);
      }
    }
  });
});
