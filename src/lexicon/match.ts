/**
 * Word-boundary phrase matching shared by the lexicon's finders: texts and forms compared as
 * tokens, forms indexed by their first token and tried longest first, so "continue to" wins over
 * "to" and "United States of America" over "United States".
 */

import { isSpaceCode } from '../parse/chars.js';
import { keepShape } from '../shapes.js';

/** One occurrence of a listed phrase in a text. */
export interface PhraseMatch {
  /** The listed phrase the occurrence stands for (the data entry, not the text). */
  phrase: string;
  /** The exact slice of the text. */
  text: string;
  start: number;
  end: number;
}

/** A phrase and the surface forms that stand for it. */
export interface PhraseSpec {
  phrase: string;
  forms: readonly string[];
  /** Match the forms case-sensitively ("US" must not match "us"). */
  caseSensitive?: boolean;
}

/**
 * Curly quotes and dashes read as their ASCII forms, one UTF-16 unit for one, so offsets are
 * kept: the code unit a token of one such character stands for.
 */
function foldedUnit(c: number): number {
  if (c === 0x2019 || c === 0x2018 || c === 0x60) return 0x27; // ’ ‘ ` → '
  if (c === 0x201c || c === 0x201d) return 0x22; // “ ” → "
  if (c >= 0x2010 && c <= 0x2014) return 0x2d; // ‐ ‑ ‒ – — → -
  return c;
}

/** A letter or digit of a word: [0-9A-Za-z\u00C0-\u024F]. */
function isWordUnit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x24f);
}

/** The hash the finders' index is keyed by: of a token in lower case, in the small-integer range. */
function hashOf(lower: string): number {
  let h = 0;
  for (let k = 0; k < lower.length; k++) h = (Math.imul(h, 31) + lower.charCodeAt(k)) | 0;
  return h & 0x3fffffff;
}

/**
 * The tokens of a text (maximal runs of letters and digits, and single other characters): for
 * token k, its start, its end and a hash of its lower case at 3k, 3k + 1 and 3k + 2 of one array
 * of small integers (no string per token).
 */
class Tokens {
  constructor(
    public source: string,
    public count: number,
    /** Room for at least `count` tokens; what lies beyond them is stale. */
    public data: Int32Array,
    /** Whether every unit of the text is ASCII. */
    public ascii: boolean,
  ) {}
}

/** The units of a statement, as the tokenizer's arrays make room for them: a longer text gets arrays of its own. */
const SLOT_ROOM = 2048;

/** What a code unit is to the tokenizer. */
const SPACE = 0;
const WORD = 1;
const OTHER = 2;

/**
 * The class of each ASCII unit, read from a table: the tokenizer's loop then calls no function
 * for ASCII text. (With the checks as functions, V8 stopped inlining them once the loop had met
 * non-ASCII text, and tokenizing ran three times slower.)
 */
const ASCII_CLASS = Uint8Array.from({ length: 128 }, (_, c) => (isSpaceCode(c) ? SPACE : isWordUnit(c) ? WORD : OTHER));

function classOf(c: number): number {
  return c < 128 ? ASCII_CLASS[c]! : isSpaceCode(c) ? SPACE : isWordUnit(c) ? WORD : OTHER;
}

/**
 * ASCII text is read as bytes: `encodeInto` copies a string's units out in one call, and a loop
 * over a typed array ran about twice as fast as the same loop with `charCodeAt` in a comparison
 * (7 against 14 to 26 ns a unit over the statements of 4,000 per side).
 */
const ENCODER = new TextEncoder();
/** Room for the bytes of a statement; a longer text gets an array of its own, not kept. */
const BYTES = new Uint8Array(SLOT_ROOM);

/** Reads the tokens of `tokens.source` into `tokens.data` (room for 3 units per code unit of it). */
function scan(tokens: Tokens): void {
  const n = tokens.source.length;
  const bytes = n <= BYTES.length ? BYTES : new Uint8Array(n);
  const { read, written } = ENCODER.encodeInto(tokens.source, bytes);
  // One byte per unit read, every unit read: the text is ASCII.
  if (read === n && written === n) scanAscii(tokens, bytes, n);
  else scanUnits(tokens);
}

/** `scan` of an ASCII text, from its bytes. */
function scanAscii(tokens: Tokens, bytes: Uint8Array, n: number): void {
  const data = tokens.data;
  let count = 0;
  let k = 0;
  for (let i = 0; i < n; ) {
    const c = bytes[i]!;
    const kind = ASCII_CLASS[c]!;
    if (kind === SPACE) {
      i++;
      continue;
    }
    let end = i + 1;
    let h: number;
    if (kind === WORD) {
      h = c >= 65 && c <= 90 ? c + 32 : c;
      for (; end < n; end++) {
        const d = bytes[end]!;
        if (ASCII_CLASS[d] !== WORD) break;
        h = (Math.imul(h, 31) + (d >= 65 && d <= 90 ? d + 32 : d)) | 0;
      }
    } else {
      h = foldedUnit(c);
    }
    data[k] = i;
    data[k + 1] = end;
    data[k + 2] = h & 0x3fffffff;
    k += 3;
    count++;
    i = end;
  }
  tokens.count = count;
  tokens.ascii = true;
}

/** `scan` of a text beyond ASCII, unit by unit. */
function scanUnits(tokens: Tokens): void {
  const { source, data } = tokens;
  const n = source.length;
  let count = 0;
  let k = 0;
  for (let i = 0; i < n; ) {
    const c = source.charCodeAt(i);
    const kind = c < 128 ? ASCII_CLASS[c]! : classOf(c);
    if (kind === SPACE) {
      i++;
      continue;
    }
    let end = i + 1;
    let h: number;
    let ascii = c < 128;
    if (kind === WORD) {
      // Lower case by the ASCII offset; a token beyond ASCII is hashed again below.
      h = c >= 65 && c <= 90 ? c + 32 : c;
      for (; end < n; end++) {
        const d = source.charCodeAt(end);
        if (d < 128) {
          if (ASCII_CLASS[d] !== WORD) break;
        } else if (classOf(d) !== WORD) break;
        else ascii = false;
        h = (Math.imul(h, 31) + (d >= 65 && d <= 90 ? d + 32 : d)) | 0;
      }
    } else {
      h = foldedUnit(c);
      ascii = h < 128;
    }
    data[k] = i;
    data[k + 1] = end;
    // Beyond ASCII, lower case is what `toLowerCase` says ("İ" becomes two units).
    data[k + 2] = ascii ? h & 0x3fffffff : lowerHash(source, i, end);
    k += 3;
    count++;
    i = end;
  }
  tokens.count = count;
  tokens.ascii = false;
}

/** The tokens of a listed form, in an array of their own. */
function formTokens(form: string): Tokens {
  const tokens = new Tokens(form, 0, new Int32Array(3 * form.length), true);
  scan(tokens);
  tokens.data = tokens.data.slice(0, 3 * tokens.count);
  return tokens;
}

/** The hash of a token beyond ASCII: of its lower case as `toLowerCase` gives it. */
function lowerHash(source: string, from: number, to: number): number {
  return hashOf(tokenText(source, from, to).toLowerCase());
}

/** A token's string: the slice of the text, a quote or dash folded. */
function tokenText(source: string, from: number, to: number): string {
  if (to - from !== 1) return source.slice(from, to);
  const c = source.charCodeAt(from);
  const d = foldedUnit(c);
  return d === c ? source.slice(from, to) : String.fromCharCode(d);
}

/**
 * Whether token k is `word` (a form's token; in lower case unless `exact`), compared unit by unit
 * where the token is ASCII, so that checking a candidate makes no string.
 */
function tokenIs(tokens: Tokens, k: number, word: string, exact: boolean): boolean {
  const { source, data } = tokens;
  const from = data[3 * k]!;
  const to = data[3 * k + 1]!;
  if (to - from === word.length) {
    let ascii = true;
    for (let c = from; c < to && ascii; c++) {
      const d = foldedUnit(source.charCodeAt(c));
      if (d >= 0x80) ascii = false;
      else if ((exact || d < 65 || d > 90 ? d : d + 32) !== word.charCodeAt(c - from)) return false;
    }
    if (ascii) return true;
  } else if (exact) return false;
  const text = tokenText(source, from, to);
  return (exact ? text : text.toLowerCase()) === word;
}

/** Whether whitespace separates token k from the one before. */
function spacedAt(tokens: Tokens, k: number): boolean {
  return k > 0 && tokens.data[3 * k]! > tokens.data[3 * k - 2]!;
}

/**
 * The tokens of a text, remembered for the last few texts: every finder of the lexicon
 * (intensifiers, modality, negation, terms, equivalents, boilerplate) reads the same statement,
 * and tokenizing it once instead of once per finder was most of their cost. The finders read one
 * statement (or the two of a pair) in turn, so a few texts are enough.
 *
 * The texts' tokens live in a ring of slots whose arrays are reused: a comparison tokenizes
 * thousands of texts, and an array per text was soon allocated straight into the old generation
 * (V8 pretenures an allocation site whose objects survive, as these did while remembered), where
 * tokenizing ran three times slower. So a caller reads the tokens before it asks for another
 * text's, and never changes them.
 */
function tokensOf(text: string): Tokens {
  // Latest first: the finders mostly ask again for the text just read. Lengths first: comparing
  // two strings of one length reads them.
  for (let n = 0, k = nextSlot; n < SLOTS.length; n++) {
    k = k === 0 ? SLOTS.length - 1 : k - 1;
    const slot = SLOTS[k]!;
    if (slot.source.length === text.length && slot.source === text) return slot;
  }
  const slot = SLOTS[nextSlot]!;
  nextSlot = (nextSlot + 1) % SLOTS.length;
  // A statement fits the usual room; a longer text gets an array of its size, given up when the
  // slot next holds a usual one (a slot never keeps more than its latest text needs).
  const need = 3 * text.length;
  if (slot.data.length < need || slot.data.length > Math.max(need, 3 * SLOT_ROOM)) slot.data = new Int32Array(Math.max(need, 3 * SLOT_ROOM));
  slot.source = text;
  scan(slot);
  return slot;
}

const SLOTS = Array.from({ length: 8 }, () => new Tokens('', 0, new Int32Array(3 * SLOT_ROOM), true));
let nextSlot = 0;

/**
 * The words of an ASCII text, from its tokens, so that reading them makes no string: initialisms
 * with their dots ("U.S.") and runs of letters and digits without a possessive ("Russia's"), as
 * `(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’]s\b)?` reads them. For word w, `out` gets at 4w:
 * where the word's letters start and end, the hash of their lower case (an initialism's letters
 * without dots) as the finders hash a token, and 1 for an initialism (its letters are every other
 * unit) or 0. Returns the count of words, or -1 when the text is not all ASCII; `out` must have
 * room for 4 units per code unit of the text.
 *
 * @example
 * asciiWords("The U.S. and Japan's", new Int32Array(80)) //=> 4 (the, us as an initialism, and, japan)
 */
export function asciiWords(text: string, out: Int32Array): number {
  const tokens = tokensOf(text);
  if (!tokens.ascii) return -1;
  const { count, data } = tokens;
  let words = 0;
  for (let k = 0; k < count; k++) {
    const start = data[3 * k]!;
    const end = data[3 * k + 1]!;
    if (ASCII_CLASS[text.charCodeAt(start)] !== WORD) continue;
    const pairs = end - start === 1 ? initialismPairs(tokens, k) : 0;
    if (pairs >= 2) {
      let h = 0;
      for (let p = 0; p < pairs; p++) h = (Math.imul(h, 31) + data[3 * (k + 2 * p) + 2]!) | 0;
      out[4 * words] = start;
      out[4 * words + 1] = start + 2 * pairs;
      out[4 * words + 2] = h & 0x3fffffff;
      out[4 * words + 3] = 1;
      words++;
      k += 2 * pairs - 1;
      continue;
    }
    out[4 * words] = start;
    out[4 * words + 1] = end;
    out[4 * words + 2] = data[3 * k + 2]!;
    out[4 * words + 3] = 0;
    words++;
    // A possessive, "Japan's": the apostrophe and the "s" are no words of their own. (The pattern
    // also wants a word boundary after the "s", which "_" is not: then it reads a lone "s", which
    // `contentWords` drops, and no initialism can start at it.)
    if (k + 2 < count && data[3 * (k + 1)] === end && text.charCodeAt(end) === 0x27 && data[3 * (k + 2) + 1] === end + 2 && text.charCodeAt(end + 1) === 0x73) {
      k += 2;
    }
  }
  return words;
}

/**
 * How many (letter, dot) pairs adjoin from token k on, each letter a token of its own: "U.S." has
 * two. ASCII text only.
 */
function initialismPairs(tokens: Tokens, k: number): number {
  const { source, count, data } = tokens;
  const start = data[3 * k]!;
  let pairs = 0;
  for (let t = k; t + 1 < count; t += 2) {
    const at = start + 2 * pairs;
    const letter = source.charCodeAt(at);
    const isLetter = ASCII_CLASS[letter] === WORD && letter > 0x39;
    if (!isLetter || data[3 * t] !== at || data[3 * t + 1] !== at + 1 || data[3 * (t + 1)] !== at + 1 || source.charCodeAt(at + 1) !== 0x2e) break;
    pairs++;
  }
  return pairs;
}

/** A listed form: its tokens, and each token as a string (in lower case unless case-sensitive). */
interface Candidate {
  phrase: string;
  tokens: Tokens;
  words: string[];
  caseSensitive: boolean;
  length: number;
}

/** Whether a form's tokens match the text's tokens from index i, spacing included. */
function matchesAt(candidate: Candidate, text: Tokens, i: number): boolean {
  const form = candidate.tokens;
  const n = form.count;
  if (i + n > text.count) return false;
  for (let j = 0; j < n; j += 1) {
    if (form.data[3 * j + 2] !== text.data[3 * (i + j) + 2]) return false;
    if (j > 0 && spacedAt(form, j) !== spacedAt(text, i + j)) return false;
  }
  // Equal hashes, then equal tokens.
  for (let j = 0; j < n; j += 1) if (!tokenIs(text, i + j, candidate.words[j]!, candidate.caseSensitive)) return false;
  return true;
}

/** The forms that start with one token: by their second token, and the forms of one token. */
interface FirstToken {
  bySecond: Map<number, Candidate[]>;
  single: Candidate[];
}

/** The first of `list` (longest first) that matches the text's tokens from index i. */
function firstMatch(list: readonly Candidate[], tokens: Tokens, i: number): Candidate | undefined {
  for (let c = 0; c < list.length; c++) if (matchesAt(list[c]!, tokens, i)) return list[c];
  return undefined;
}

/** The first-token filter of a finder: 2^16 bits. */
const FILTER_MASK = (1 << 13) - 1;

/**
 * Compile phrase specs (or a function giving them, called on first use) into a finder that returns every non-overlapping occurrence in text order
 * (at one position the longest form wins). Texts and forms are compared as tokens (words are whole
 * runs of letters and digits, so "strong" never matches inside "stronger"), with forms indexed by
 * the hashes of their first two tokens: one pass over the text and no regular expression per form.
 *
 * @example
 * compilePhrases([{ phrase: 'continue to', forms: ['continue to', 'continued to'] }])('They continued to work')
 * //=> [{ phrase: 'continue to', text: 'continued to', start: 5, end: 17 }]
 */
export function compilePhrases(specs: readonly PhraseSpec[] | (() => readonly PhraseSpec[])): PhraseFinder {
  // Built on first use, so that importing the lexicon stays fast.
  let index: Map<number, FirstToken> | null = null;
  const build = () => {
    const map = new Map<number, FirstToken>();
    for (const spec of typeof specs === 'function' ? specs() : specs) {
      for (const form of spec.forms) {
        const tokens = formTokens(form.trim());
        if (tokens.count === 0) continue;
        const caseSensitive = spec.caseSensitive === true;
        const words = Array.from({ length: tokens.count }, (_, k) => {
          const word = tokenText(tokens.source, tokens.data[3 * k]!, tokens.data[3 * k + 1]!);
          return caseSensitive ? word : word.toLowerCase();
        });
        const candidate: Candidate = { phrase: spec.phrase, tokens, words, caseSensitive, length: form.length };
        // Two first tokens with one hash share an entry: `matchesAt` compares the tokens.
        const first = tokens.data[2]!;
        const second = tokens.count > 1 ? tokens.data[5] : undefined;
        let entry = map.get(first);
        if (entry === undefined) map.set(first, (entry = { bySecond: new Map(), single: [] }));
        if (second === undefined) entry.single.push(candidate);
        else entry.bySecond.set(second, [...(entry.bySecond.get(second) ?? []), candidate]);
      }
    }
    // Longest form first at one position: "United States of America" before "United States".
    const longestFirst = (a: Candidate, b: Candidate): number => b.tokens.count - a.tokens.count || b.length - a.length;
    for (const entry of map.values()) {
      entry.single.sort(longestFirst);
      for (const list of entry.bySecond.values()) list.sort(longestFirst);
    }
    return map;
  };
  // A bit per first-token hash (modulo the filter's size): set when some form starts with it.
  let firstHashes: Uint8Array | null = null;
  const each = (text: string, sink: MatchSink): void => {
    if (index === null) {
      index = build();
      firstHashes = new Uint8Array(FILTER_MASK + 1);
      for (const hash of index.keys()) firstHashes[(hash >>> 3) & FILTER_MASK]! |= 1 << (hash & 7);
    }
    scanPhrases(index, firstHashes!, text, sink);
  };
  const finder = ((text: string): PhraseMatch[] => {
    const sink = new Collected(text);
    each(text, sink);
    return sink.matches;
  }) as PhraseFinder;
  finder.each = each;
  return finder;
}

/** A compiled list of phrases (`compilePhrases`). */
export interface PhraseFinder {
  /** Every non-overlapping occurrence in `text`, in text order. */
  (text: string): PhraseMatch[];
  /** The same occurrences handed to `sink` one by one, with no object made for each. */
  each(text: string, sink: MatchSink): void;
}

/**
 * What `PhraseFinder.each` hands the occurrences to: the phrase and where it occurs. A sink must
 * not ask the lexicon about another text meanwhile: the tokens being read live in a ring of
 * reused slots (`tokensOf`).
 */
export interface MatchSink {
  found(phrase: string, start: number, end: number): void;
}

/** The occurrences as `PhraseMatch` objects. */
class Collected implements MatchSink {
  readonly matches: PhraseMatch[] = [];

  constructor(private readonly text: string) {}

  found(phrase: string, start: number, end: number): void {
    this.matches.push({ phrase, text: this.text.slice(start, end), start, end });
  }
}

keepShape(new Collected(''));

/** One pass over the tokens of `text`: each occurrence of a form, longest first at one position, to `sink`. */
function scanPhrases(index: Map<number, FirstToken>, starts: Uint8Array, text: string, sink: MatchSink): void {
  const tokens = tokensOf(text);
  const { count, data } = tokens;
  // Plain loops, no closure per token: the finders run on every statement of a comparison.
  for (let i = 0; i < count; ) {
    const hash = data[3 * i + 2]!;
    // Most tokens start no form: one bit says so, without a look-up in the index.
    if ((starts[(hash >>> 3) & FILTER_MASK]! & (1 << (hash & 7))) === 0) {
      i++;
      continue;
    }
    const entry = index.get(hash);
    // Forms of two tokens or more first (they are longer), then one-token forms.
    const longer = entry !== undefined && i + 1 < count ? entry.bySecond.get(data[3 * i + 5]!) : undefined;
    const candidate = entry === undefined ? undefined : ((longer && firstMatch(longer, tokens, i)) ?? firstMatch(entry.single, tokens, i));
    if (!candidate) {
      i++;
      continue;
    }
    const last = i + candidate.tokens.count - 1;
    sink.found(candidate.phrase, data[3 * i]!, data[3 * last + 1]!);
    // The earliest match wins over any that overlaps it (`resolveOverlaps`): go on after it.
    i = last + 1;
  }
}

// Named functions, not arrow functions made per call: the lexicon reads every statement of a
// comparison, and a function made per call loses its optimized code at each full collection
// (src/shapes.ts).

function earliestThenLongest(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return a.start - b.start || b.end - a.end;
}

/**
 * The phrases of matches, in their order.
 *
 * @example
 * phrasesOf([{ phrase: 'firmly', text: 'firmly', start: 0, end: 6 }]) //=> ['firmly']
 */
export function phrasesOf(matches: readonly { phrase: string }[]): string[] {
  const out = new Array<string>(matches.length);
  for (let k = 0; k < matches.length; k++) out[k] = matches[k]!.phrase;
  return out;
}

/**
 * Keep non-overlapping matches, preferring the earliest and then the longest, in text order.
 *
 * @example
 * resolveOverlaps([{ phrase: 'a b', text: 'a b', start: 0, end: 3 }, { phrase: 'b', text: 'b', start: 2, end: 3 }]).length //=> 1
 */
export function resolveOverlaps<T extends { start: number; end: number }>(matches: readonly T[]): T[] {
  const sorted = [...matches].sort(earliestThenLongest);
  const kept: T[] = [];
  let end = -1;
  for (const m of sorted) {
    if (m.start < end) continue;
    kept.push(m);
    end = m.end;
  }
  return kept;
}
