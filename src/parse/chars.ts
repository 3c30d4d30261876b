/**
 * Character classes by UTF-16 code. The parser tests every character of the input, and a
 * Unicode-property regex per character would dominate its running time, so each code's class is
 * computed once (lazily, on first sight) and kept in a 64 Ki table.
 */

const SPACE = 1;
const WORD = 2; // \p{L} or \p{N}
const UPPER = 4; // \p{Lu}
const LOWER = 8; // \p{Ll}
const MARK = 16; // \p{M}
const KNOWN = 128;

const classes = new Uint8Array(0x10000);

function classify(code: number): number {
  const ch = String.fromCharCode(code);
  let bits = KNOWN;
  if (/\s/.test(ch)) bits |= SPACE;
  if (/[\p{L}\p{N}]/u.test(ch)) bits |= WORD;
  if (/\p{Lu}/u.test(ch)) bits |= UPPER;
  if (/\p{Ll}/u.test(ch)) bits |= LOWER;
  if (/\p{M}/u.test(ch)) bits |= MARK;
  classes[code] = bits;
  return bits;
}

function bitsOf(code: number): number {
  const bits = classes[code] as number;
  return bits === 0 ? classify(code) : bits;
}

/**
 * True for whitespace as JavaScript's `\s` sees it (the byte-order mark included).
 *
 * @example
 * isSpaceCode(0xfeff) //=> true
 */
export function isSpaceCode(code: number): boolean {
  return (bitsOf(code) & SPACE) !== 0;
}

/**
 * True for a letter or a digit (`\p{L}` or `\p{N}`).
 *
 * @example
 * isWordCode('é'.charCodeAt(0)) //=> true
 */
export function isWordCode(code: number): boolean {
  return (bitsOf(code) & WORD) !== 0;
}

/**
 * True for a combining mark (`\p{M}`), which continues the word before it.
 *
 * @example
 * isMarkCode(0x301) //=> true
 */
export function isMarkCode(code: number): boolean {
  return (bitsOf(code) & MARK) !== 0;
}

/**
 * True for an upper-case letter.
 *
 * @example
 * isUpperCode('U'.charCodeAt(0)) //=> true
 */
export function isUpperCode(code: number): boolean {
  return (bitsOf(code) & UPPER) !== 0;
}

/**
 * True for a lower-case letter.
 *
 * @example
 * isLowerCode('a'.charCodeAt(0)) //=> true
 */
export function isLowerCode(code: number): boolean {
  return (bitsOf(code) & LOWER) !== 0;
}
