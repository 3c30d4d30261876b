import { wordDiff } from 'diff';
import type { ChangeObject, Diff } from 'diff';
import { isHighSurrogate, isLowSurrogate, isSpaceCode } from '../parse/chars.js';

/**
 * jsdiff's word diff (`diffWords`), the same change objects, with its per-token steps
 * rewritten through jsdiff's documented extension points (a `Diff` subclass overriding
 * `tokenize`, `removeEmpty`, `equals` and `join`):
 *
 * - `tokenize` reads jsdiff's parts (a run of word characters or of whitespace, or one other
 *   character) unit by unit and cuts its tokens (a word or one punctuation mark, with the
 *   whitespace around it) from the text by position, where jsdiff matches every part as a string
 *   and joins them through a closure and a whitespace pattern per part;
 * - `equals` compares two tokens without their surrounding whitespace in place, where jsdiff
 *   makes two trimmed copies per comparison;
 * - `join` strips each token's leading whitespace without a regular expression;
 * - `removeEmpty` returns the tokens as they are when none is empty, where jsdiff copies them.
 *
 * Explaining a long comparison diffs hundreds of rewordings; these steps were about half of it.
 * `tests/compare/word-diff.test.ts` checks the output against `diffWords` on any text.
 */
const WordDiff = wordDiff.constructor as new () => Diff<string, string>;

/**
 * Whether a code unit is one of jsdiff's word characters (its `extendedWordChars`): ASCII letters,
 * digits and "_", the soft hyphen, and Latin letters with diacritics. All are in the Basic
 * Multilingual Plane, so a surrogate never is one.
 */
function isWordUnit(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
  return (
    c === 0xad ||
    (c >= 0xc0 && c <= 0xd6) ||
    (c >= 0xd8 && c <= 0xf6) ||
    (c >= 0xf8 && c <= 0x2c6) ||
    (c >= 0x2c8 && c <= 0x2d7) ||
    (c >= 0x2de && c <= 0x2ff) ||
    (c >= 0x1e00 && c <= 0x1eff)
  );
}

const SPACE = 0;
const WORD = 1;
const OTHER = 2;
/** What each ASCII unit is to jsdiff: whitespace, a word character, or another character. */
const ASCII_KIND = Uint8Array.from({ length: 128 }, (_, c) => (isSpaceCode(c) ? SPACE : isWordUnit(c) ? WORD : OTHER));

class UnitWordDiff extends WordDiff {
  override tokenize(value: string, options: object = {}): string[] {
    // A word segmenter changes what a word is: leave it to jsdiff.
    if ('intlSegmenter' in options && options.intlSegmenter) return super.tokenize(value, options);
    // jsdiff's parts (a run of word characters, a run of whitespace, or one other character, a
    // surrogate pair being one) tile the text. Each token is a part that is not whitespace, with
    // the whitespace runs on both sides of it: whitespace between two parts belongs to both. The
    // parts are read unit by unit, not matched as strings.
    const tokens: string[] = [];
    const n = value.length;
    if (n === 0) return tokens;
    // Where the token being built starts, and where the part before the current one ended.
    let start = -1;
    let previousEnd = 0;
    for (let at = 0; at < n; ) {
      // ASCII is read from a table, without a call per character: in a one-off command-line
      // comparison this runs interpreted, where a call costs more than the test.
      const c = value.charCodeAt(at);
      const kind = c < 128 ? ASCII_KIND[c]! : isSpaceCode(c) ? SPACE : isWordUnit(c) ? WORD : OTHER;
      if (kind === SPACE) {
        at++;
        continue;
      }
      let end = at + 1;
      if (kind === WORD) {
        for (; end < n; end++) {
          const d = value.charCodeAt(end);
          if (d < 128 ? ASCII_KIND[d] !== WORD : !isWordUnit(d)) break;
        }
      } else if (isHighSurrogate(c) && end < n && isLowSurrogate(value.charCodeAt(end))) {
        end++;
      }
      if (start >= 0) tokens.push(value.slice(start, at));
      start = start < 0 ? 0 : previousEnd;
      previousEnd = end;
      at = end;
    }
    tokens.push(start < 0 ? value : value.slice(start));
    return tokens;
  }

  // jsdiff drops empty tokens into a new array; the tokenizer above makes none (jsdiff's own,
  // for a word segmenter, may).
  override removeEmpty(tokens: string[]): string[] {
    return tokens.indexOf('') < 0 ? tokens : super.removeEmpty(tokens);
  }

  override equals(left: string, right: string, options: { ignoreCase?: boolean }): boolean {
    if (left === right) return true;
    if (options.ignoreCase) return super.equals(left, right, options);
    let a = 0;
    let b = left.length;
    let c = 0;
    let d = right.length;
    while (a < b && isSpaceCode(left.charCodeAt(a))) a++;
    while (b > a && isSpaceCode(left.charCodeAt(b - 1))) b--;
    while (c < d && isSpaceCode(right.charCodeAt(c))) c++;
    while (d > c && isSpaceCode(right.charCodeAt(d - 1))) d--;
    if (b - a !== d - c) return false;
    for (let k = 0; k < b - a; k++) if (left.charCodeAt(a + k) !== right.charCodeAt(c + k)) return false;
    return true;
  }

  override join(tokens: string[]): string {
    let out = tokens.length > 0 ? tokens[0]! : '';
    for (let k = 1; k < tokens.length; k++) {
      const token = tokens[k]!;
      let s = 0;
      while (s < token.length && isSpaceCode(token.charCodeAt(s))) s++;
      out += s === 0 ? token : token.slice(s);
    }
    return out;
  }
}

const DIFFER = new UnitWordDiff();

/**
 * The word-level changes from one text to another, exactly as jsdiff's `diffWords` gives them.
 *
 * @example
 * wordChanges('They confirmed it.', 'They reaffirmed it.').map((c) => c.value) //=> ['They ', 'confirmed', 'reaffirmed', ' it.']
 */
export function wordChanges(before: string, after: string): ChangeObject<string>[] {
  return DIFFER.diff(before, after);
}
