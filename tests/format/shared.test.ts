import { describe, expect, test } from 'vitest';
import { onto, readableDate, isWebAddress, type Segment } from '../../src/format/shared.js';

const same = (text: string): Segment => ({ text, changed: false });
const marked = (text: string): Segment => ({ text, changed: true });

// jsdiff's diffWords can give back a side whose spaces differ from the source; the reports show
// the source, so the segments are laid onto it.
describe('onto', () => {
  test.each<[string, Segment[], string, Segment[]]>([
    ['exact already', [same('The Ministers '), marked('confirmed'), same(' that')], 'The Ministers confirmed that', [same('The Ministers '), marked('confirmed'), same(' that')]],
    ['a space jsdiff moved before a full stop', [same('with partners '), same('.')], 'with partners.', [same('with partners.')]],
    ['a space before a marked word goes with it', [same('The Ministers'), marked('confirmed'), same(' that')], 'The Ministers confirmed that', [same('The Ministers'), marked(' confirmed'), same(' that')]],
    ['source spacing kept (double space, line break)', [same('a b'), marked(' c')], 'a  b\nc', [same('a  b'), marked('\nc')]],
    ['letters that disagree: shown whole, unmarked', [same('The Ministers '), marked('reaffirmed')], 'The Ministers confirmed', [same('The Ministers confirmed')]],
    ['text missing at the end: shown whole', [same('The Ministers')], 'The Ministers confirmed', [same('The Ministers confirmed')]],
    ['astral characters count as one', [same('𝐀 '), marked('b')], '𝐀 b', [same('𝐀 '), marked('b')]],
    ['empty source', [], '', []],
  ])('%s', (_name, segments, source, expected) => {
    const result = onto(segments, source);
    expect(result).toEqual(expected);
    expect(result.map((segment) => segment.text).join('')).toBe(source);
  });
});

test('readableDate writes ISO dates the same in every locale and leaves other text', () => {
  expect(readableDate('2023-06-01')).toBe('1 June 2023');
  expect(readableDate('2024-12-31')).toBe('31 December 2024');
  expect(readableDate('2023-13-01')).toBe('2023-13-01');
  expect(readableDate('June 1, 2023')).toBe('June 1, 2023');
});

test.each([
  ['https://www.mod.go.jp/en/article/2023/06/x.html', true],
  ['http://example.org', true],
  ['javascript:alert(1)', false],
  ['JAVASCRIPT:alert(1)', false],
  ['data:text/html,<script>alert(1)</script>', false],
  ['https://example.org/"onmouseover="x', false],
  ['//example.org', false],
])('isWebAddress(%j) is %s', (source, expected) => {
  expect(isWebAddress(source)).toBe(expected);
});
