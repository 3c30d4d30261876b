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
const LETTER = 32; // \p{L}
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
  if (/\p{L}/u.test(ch)) bits |= LETTER;
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

/** A letter or digit of another plane, as the surrogate pair that writes it. */
const ASTRAL_LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** A letter of another plane, as the surrogate pair that writes it. */
const ASTRAL_LETTER = /^\p{L}$/u;

/** The first unit of a surrogate pair (a character of another plane). */
export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** The second unit of a surrogate pair. */
export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * How many UTF-16 units the letter or digit (`\p{L}` or `\p{N}`) at `at` takes: 1, 2 for one of
 * another plane (a surrogate pair), or 0 when there is none (a lone surrogate is none).
 *
 * @example
 * letterOrDigitUnitsAt('a𝐀', 1) //=> 2
 */
export function letterOrDigitUnitsAt(text: string, at: number): number {
  return unitsAt(text, at, WORD, ASTRAL_LETTER_OR_DIGIT);
}

/**
 * How many UTF-16 units the letter (`\p{L}`) at `at` takes: 1, 2 for one of another plane (a
 * surrogate pair), or 0 when there is none. A run of them is a match of `/\p{L}+/u`.
 *
 * @example
 * letterUnitsAt('1𝐀', 1) //=> 2
 */
export function letterUnitsAt(text: string, at: number): number {
  return unitsAt(text, at, LETTER, ASTRAL_LETTER);
}

/** The units of the code point at `at` when it has class `bit` (`astral` tests a surrogate pair), else 0. */
function unitsAt(text: string, at: number, bit: number, astral: RegExp): number {
  if (at >= text.length) return 0;
  const code = text.charCodeAt(at);
  if (isHighSurrogate(code) && at + 1 < text.length && isLowSurrogate(text.charCodeAt(at + 1))) {
    return astral.test(text.slice(at, at + 2)) ? 2 : 0;
  }
  return (bitsOf(code) & bit) !== 0 ? 1 : 0;
}

/**
 * `letterOrDigitUnitsAt` for the letter or digit that ends at `end`.
 *
 * @example
 * letterOrDigitUnitsBefore('a𝐀', 3) //=> 2
 */
export function letterOrDigitUnitsBefore(text: string, end: number): number {
  if (end <= 0) return 0;
  const code = text.charCodeAt(end - 1);
  if (isLowSurrogate(code) && end >= 2 && isHighSurrogate(text.charCodeAt(end - 2))) {
    return ASTRAL_LETTER_OR_DIGIT.test(text.slice(end - 2, end)) ? 2 : 0;
  }
  return isWordCode(code) ? 1 : 0;
}
