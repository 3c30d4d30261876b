/** Negators and polarity pairs (a `negation` shift). Data: data/negation.json. */
import data from './data/negation.json';
import { letterUnitsAt } from '../parse/chars.js';
import { baseForms } from './inflect.js';
import { compilePhrases, phrasesOf } from './match.js';

const NOT_NEGATION = '\u0000not-a-negation';
const find = compilePhrases([
  ...data.negators.filter((n) => n !== "n't").map((phrase) => ({ phrase, forms: [phrase] })),
  // "not only ... but also", "no later than": listed so they win over "not" and "no", then dropped.
  { phrase: NOT_NEGATION, forms: data.notNegations },
]);
// "wouldn't", "can't", "don't": the clitic hangs on its verb, so no boundary before it. Global:
// read it with `exec` from `lastIndex = 0`.
const CLITIC = /n['’]t(?![\p{L}\p{N}])/giu;

/**
 * The negators of a text, one per occurrence in text order ("n't" for any contracted negation);
 * "not only", "no later than" and "No. 5" are not negations.
 *
 * @example
 * findNegations('They would not accept it and can't agree.') //=> ['not', "n't"]
 */
export function findNegations(normalizedText: string): string[] {
  const hits: { phrase: string; start: number }[] = [];
  for (const m of find(normalizedText)) {
    if (m.phrase === NOT_NEGATION) continue;
    // "Release No. 5", "No.1": the abbreviation of "number".
    if (m.phrase === 'no' && /^\.?\s*\d/.test(normalizedText.slice(m.end))) continue;
    hits.push({ phrase: m.phrase, start: m.start });
  }
  // `exec` from the start, not `matchAll`, which copies the pattern on every call.
  CLITIC.lastIndex = 0;
  for (let m = CLITIC.exec(normalizedText); m !== null; m = CLITIC.exec(normalizedText)) {
    // "cannot" is found whole; the "n't" scan must not count "can't" twice, which it does not.
    hits.push({ phrase: "n't", start: m.index });
  }
  hits.sort(byStart);
  return phrasesOf(hits);
}

function byStart(a: { start: number }, b: { start: number }): number {
  return a.start - b.start;
}

/**
 * Pairs of words of opposite stance: one replacing the other flips the position.
 *
 * @example
 * POLARITY_PAIRS.some(([a, b]) => a === 'support' && b === 'oppose') //=> true
 */
export const POLARITY_PAIRS: readonly [string, string][] = data.polarityPairs.map(([a, b]) => [a, b] as [string, string]);

const OPPOSITES: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const map = new Map<string, Set<string>>();
  const add = (a: string, b: string) => map.set(a, (map.get(a) ?? new Set()).add(b));
  for (const [a, b] of POLARITY_PAIRS) {
    add(a, b);
    add(b, a);
  }
  return map;
})();

/**
 * Whether two words (any inflection) are listed as opposite in stance.
 *
 * @example
 * arePolarOpposites('supports', 'opposed') //=> true
 */
export function arePolarOpposites(a: string, b: string): boolean {
  const bs = baseForms(b);
  for (const x of baseForms(a)) {
    const opp = OPPOSITES.get(x);
    if (opp === undefined) continue;
    for (const y of bs) if (opp.has(y)) return true;
  }
  return false;
}

/**
 * Whether a word (any inflection) has an opposite listed at all: when it has none,
 * `arePolarOpposites(word, other)` is false for every other word, so callers can skip the pairs.
 *
 * @example
 * hasPolarOpposite('supported') //=> true
 * hasPolarOpposite('alliance') //=> false
 */
export function hasPolarOpposite(word: string): boolean {
  let known = HAS_OPPOSITE.get(word);
  if (known === undefined) {
    known = anyBaseFormHasOpposite(word);
    // Bounded: a long-running process meets an open vocabulary.
    if (HAS_OPPOSITE.size >= 20_000) HAS_OPPOSITE.clear();
    HAS_OPPOSITE.set(word, known);
  }
  return known;
}

function anyBaseFormHasOpposite(word: string): boolean {
  for (const x of baseForms(word)) if (OPPOSITES.has(x)) return true;
  return false;
}

/** `hasPolarOpposite` by word as written: every reworded pair asks it of each changed word. */
const HAS_OPPOSITE = new Map<string, boolean>();

/**
 * The words of `text` with a listed opposite (`hasPolarOpposite`), lower-cased, each once, in
 * first-seen order; a word is a run of letters, as `/\p{L}+/gu` matches them. The same as
 * testing every word of `text.match(/\p{L}+/gu)`, without a string per word: an ASCII word is
 * looked up by the hash of its lower case and compared unit by unit (`ASCII_POLAR`), and only a
 * word with an opposite is cut out. Every rewording of a comparison asks this of its earlier text.
 *
 * @example
 * polarWordsIn('They supported it, and Support grew.') //=> ['supported', 'support']
 */
export function polarWordsIn(text: string): string[] {
  let out: string[] | null = null;
  for (let at = nextWord(text, 0); at < text.length; ) {
    const end = RUN.end;
    const polar = RUN.ascii ? ASCII_POLAR.has(text, at, end, RUN.hash) : hasPolarOpposite(text.slice(at, end));
    if (polar) {
      const lower = text.slice(at, end).toLowerCase();
      if (out === null) out = [lower];
      else if (!out.includes(lower)) out.push(lower);
    }
    at = nextWord(text, end);
  }
  return out ?? [];
}

/**
 * Whether `text` has `lowerWord` as a word (a run of letters, `/\p{L}+/gu`) in any letter case:
 * `text.match(/\p{L}+/gu)`, lower-cased, includes it. ASCII words are compared unit by unit.
 *
 * @example
 * hasWordInAnyCase('We SUPPORT it.', 'support') //=> true
 */
export function hasWordInAnyCase(text: string, lowerWord: string): boolean {
  for (let at = nextWord(text, 0); at < text.length; ) {
    const end = RUN.end;
    if (RUN.ascii ? sameLowerCase(text, at, end, lowerWord) : text.slice(at, end).toLowerCase() === lowerWord) return true;
    at = nextWord(text, end);
  }
  return false;
}

/** The word `nextWord` found last: where it ends, whether it is all ASCII, and the hash of its lower case (ASCII only). */
const RUN = { end: 0, ascii: true, hash: 0 };

/**
 * Where the next word (run of letters) of `text` from `from` on starts, or the text's length;
 * its end, ASCII-ness and hash go to `RUN`, read before the next call.
 */
function nextWord(text: string, from: number): number {
  let at = from;
  while (at < text.length && letterUnitsAt(text, at) === 0) at++;
  let end = at;
  let ascii = true;
  let hash = 0;
  for (let n = letterUnitsAt(text, end); n > 0; n = letterUnitsAt(text, end)) {
    const c = text.charCodeAt(end);
    if (n > 1 || c >= 128) ascii = false;
    else hash = (Math.imul(hash, 31) + (c <= 90 ? c + 32 : c)) | 0;
    end += n;
  }
  RUN.end = end;
  RUN.ascii = ascii;
  RUN.hash = hash;
  return at;
}

/** Whether the ASCII letters of `text` from `start` to `end`, lower-cased, are `lower`. */
function sameLowerCase(text: string, start: number, end: number, lower: string): boolean {
  if (end - start !== lower.length) return false;
  for (let k = 0; k < lower.length; k++) {
    const c = text.charCodeAt(start + k);
    if ((c <= 90 ? c + 32 : c) !== lower.charCodeAt(k)) return false;
  }
  return true;
}

/** One ASCII word of `ASCII_POLAR`: its lower case and whether it has a listed opposite. */
interface PolarEntry {
  word: string;
  polar: boolean;
  next: PolarEntry | null;
}

/**
 * `hasPolarOpposite` of ASCII words by the hash of their lower case (the answer does not depend
 * on letter case: `baseForms` lower-cases), each entry compared unit by unit with the text. An
 * entry's word is built unit by unit, not sliced from the text: a slice would keep the whole
 * statement alive.
 */
const ASCII_POLAR = {
  byHash: new Map<number, PolarEntry>(),
  has(text: string, start: number, end: number, hash: number): boolean {
    for (let e = this.byHash.get(hash) ?? null; e !== null; e = e.next) if (sameLowerCase(text, start, end, e.word)) return e.polar;
    // Bounded: a long-running process meets an open vocabulary.
    if (this.byHash.size >= 20_000) this.byHash.clear();
    let word = '';
    for (let k = start; k < end; k++) {
      const c = text.charCodeAt(k);
      word += String.fromCharCode(c <= 90 ? c + 32 : c);
    }
    const polar = anyBaseFormHasOpposite(word);
    this.byHash.set(hash, { word, polar, next: this.byHash.get(hash) ?? null });
    return polar;
  },
};
