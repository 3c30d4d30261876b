/** Bad input gives a Readout or a typed ReadoutError, quickly, never a crash or a hang. */
import { describe, expect, test } from 'vitest';
import { ReadoutError } from '../../src/errors.js';
import { compareReadouts } from '../../src/compare/index.js';
import { MAX_INPUT_LENGTH, parseReadout } from '../../src/parse/index.js';
import { trackPhrases, trackPositions } from '../../src/track/index.js';
import { REFERENCE, losslessProblems, read } from './helpers.js';

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof ReadoutError) return error.code;
    throw error;
  }
  return undefined;
}

const reference = read(REFERENCE);

describe('bad input', () => {
  test('empty and whitespace-only text give a readout with no statements', () => {
    for (const text of ['', ' ', '\n\n\t \r\n', '\uFEFF', '\u00A0\u3000']) {
      const readout = parseReadout(text);
      expect(readout.statements).toEqual([]);
      expect(readout.sections).toHaveLength(1);
      expect(readout).toMatchObject({ title: null, date: null, issuer: null, source: null, meta: {}, text });
    }
  });

  test('text with no punctuation is one statement per paragraph', () => {
    const text = 'the ministers reaffirmed the alliance and welcomed progress\nand agreed to meet again\n\nthey also discussed china';
    const readout = parseReadout(text);
    expect(readout.statements.map((s) => s.text)).toEqual([
      'the ministers reaffirmed the alliance and welcomed progress\nand agreed to meet again',
      'they also discussed china',
    ]);
    expect(losslessProblems(readout)).toEqual([]);
  });

  test('CRLF and CR line endings keep offsets into the text as given', () => {
    for (const eol of ['\r\n', '\r']) {
      const text = reference.replace(/\n/g, eol);
      const readout = parseReadout(text);
      expect(readout.statements).toHaveLength(24);
      expect(readout.sections.map((s) => s.heading)).toEqual([null, 'Regional affairs', 'Bilateral Defense Cooperation', 'Realignment of U.S. Forces / U.S. Forces in Japan']);
      expect(readout.date).toBe('2023-06-01');
      for (const s of readout.statements) expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(losslessProblems(readout)).toEqual([]);
    }
  });

  test('a byte-order mark is kept in the offsets, before the front matter too', () => {
    const text = `\uFEFF${reference}`;
    const readout = parseReadout(text);
    expect(readout.statements[0]?.start).toBe(99);
    expect(readout.title).toBe('Japan-U.S. Defense Ministerial Meeting (Summary)');
    const withFrontMatter = parseReadout('\uFEFF---\ndate: 2023-06-01\n---\nThe Ministers agreed.');
    expect(withFrontMatter.date).toBe('2023-06-01');
    expect(withFrontMatter.skipped[0]).toMatchObject({ start: 1, reason: 'front-matter' });
    expect(losslessProblems(withFrontMatter)).toEqual([]);
  });

  test('NUL bytes stay in the text and leave the comparison form', () => {
    const text = 'The Ministers\0 agreed.\0\n\n\0\0\n\nThey\0confirmed it.';
    const readout = parseReadout(text);
    expect(readout.statements.map((s) => s.normalized)).toEqual(['The Ministers agreed.', 'They confirmed it.']);
    expect(losslessProblems(readout)).toEqual([]);
  });

  test('a very long line without stops is one statement', () => {
    const text = 'word '.repeat(200_000);
    expect(parseReadout(text).statements).toHaveLength(1);
  }, 30_000);

  test('Japanese text ending in 。', () => {
    const readout = parseReadout('日米防衛相会談（概要）\n\n令和5年6月1日\n\n浜田防衛大臣とオースティン国防長官は会談を行った。両大臣は、日米同盟の抑止力・対処力を強化することを確認した。');
    expect(readout.title).toBe('日米防衛相会談（概要）');
    expect(readout.statements.map((s) => s.text)).toEqual([
      '浜田防衛大臣とオースティン国防長官は会談を行った。',
      '両大臣は、日米同盟の抑止力・対処力を強化することを確認した。',
    ]);
    expect(losslessProblems(readout)).toEqual([]);
  });

  test('a value that is not a string is INVALID_INPUT', () => {
    for (const value of [undefined, null, 42, {}, [], Buffer.from('text'), Symbol('x')]) {
      expect(codeOf(() => parseReadout(value as never))).toBe('INVALID_INPUT');
    }
  });

  test('bad options are INVALID_OPTION', () => {
    expect(codeOf(() => parseReadout('Text.', 'x' as never))).toBe('INVALID_OPTION');
    expect(codeOf(() => parseReadout('Text.', { title: 5 } as never))).toBe('INVALID_OPTION');
    expect(codeOf(() => parseReadout('Text.', { date: 'not a date' }))).toBe('INVALID_OPTION');
    expect(codeOf(() => parseReadout('Text.', { format: 'html' } as never))).toBe('INVALID_OPTION');
  });

  test('front matter that is not a YAML mapping is INVALID_FRONT_MATTER', () => {
    expect(codeOf(() => parseReadout('---\ndate: [unclosed\n---\nText.'))).toBe('INVALID_FRONT_MATTER');
    expect(codeOf(() => parseReadout('---\n- a list\n---\nText.'))).toBe('INVALID_FRONT_MATTER');
    expect(codeOf(() => parseReadout('---\njust a string\n---\nText.'))).toBe('INVALID_FRONT_MATTER');
    // An opening fence with no closing one is a Markdown rule, not front matter.
    expect(parseReadout('---\nThe Ministers agreed.').statements.map((s) => s.text)).toEqual(['The Ministers agreed.']);
  });

  test(`input over MAX_INPUT_LENGTH (${MAX_INPUT_LENGTH} characters) is INPUT_TOO_LARGE`, () => {
    expect(codeOf(() => parseReadout(' '.repeat(MAX_INPUT_LENGTH + 1)))).toBe('INPUT_TOO_LARGE');
  });
});

// A hang or a backtracking regex shows as a test that runs into its timeout: these tests assert
// results, not times (the machine is shared and noisy; `npm run bench` measures speed).
describe('no hang: every rule looks at a bounded window', () => {
  const MB = 1024 * 1024;
  // The two the issue names at 1 MB; the others at 256 KB, as they make hundreds of thousands of
  // statements and the lossless check of each takes longer than the parse.
  const KB256 = MB / 4;
  const cases: [string, string][] = [
    ['1 MB of ". . . ."', '. '.repeat(MB / 2)],
    ['1 MB of "U.S.U.S.U.S."', 'U.S.'.repeat(MB / 4)],
    ['256 KB of "U.S. U.S. "', 'U.S. '.repeat(KB256 / 5)],
    ['256 KB of "a.a.a."', 'a.'.repeat(KB256 / 2)],
    ['1 MB of "(((("', '('.repeat(MB)],
    ['1 MB of "this this"', 'this '.repeat(MB / 5)],
    ['1 MB of one word', 'a'.repeat(MB)],
    ['256 KB of "1. "', '1. '.repeat(KB256 / 3)],
    ['256 KB of "Mr. "', 'Mr. '.repeat(KB256 / 4)],
    ['256 KB of newlines and stops', '.\n'.repeat(KB256 / 2)],
    ['256 KB of ":\\n"', 'A:\n'.repeat(KB256 / 3)],
    ['1 MB of header-like lines, then text', `${'Ministry of Defense\n'.repeat(MB / 20)}\nThe Ministers agreed.`],
    ['256 KB of short lines, then text', `${'abc\n'.repeat(KB256 / 4)}\nThe Ministers agreed.`],
  ];
  test.each(cases)('%s', (_name, text) => {
    expect(losslessProblems(parseReadout(text))).toEqual([]);
  }, 60_000);

  test('20 MB of readout text finishes in a few seconds', () => {
    const body = reference.slice(reference.indexOf('On June 1'), reference.indexOf('Japan-U.S. Defense Ministerial Meeting (Summary) (PDF)'));
    const text = body.repeat(Math.ceil((20 * 1024 * 1024) / body.length));
    expect(parseReadout(text).statements.length).toBeGreaterThan(100_000);
  }, 60_000);
});

describe('a readout argument that is neither text nor a parsed readout', () => {
  test.each([
    ['compareReadouts, before', () => compareReadouts(42 as never, 'The Ministers met.'), 'before must be a readout text or a parsed Readout'],
    ['compareReadouts, after', () => compareReadouts('The Ministers met.', { statements: 'x' } as never), 'after must be a readout text or a parsed Readout'],
    ['trackPositions', () => trackPositions(['The Ministers met.', null as never]), 'readout 2 must be a readout text or a parsed Readout'],
    ['trackPhrases', () => trackPhrases([{} as never]), 'readout 1 must be a readout text or a parsed Readout'],
  ])('%s: INVALID_INPUT naming the argument', (_, run, message) => {
    expect(codeOf(run)).toBe('INVALID_INPUT');
    expect(run).toThrow(message);
  });
});
