/** Equivalent terms ("DPRK" = "North Korea") folded to one canonical form. Data: data/equivalents.json, data/places.json. */
import data from './data/equivalents.json';
import placeData from './data/places.json';
import { letterOrDigitUnitsBefore } from '../parse/chars.js';
import { compilePhrases, type MatchSink, type PhraseSpec } from './match.js';

/**
 * Groups of terms that name the same thing; the first entry of each group is canonical.
 *
 * @example
 * EQUIVALENT_TERMS.find((g) => g.includes('DPRK'))?.[0] //=> 'North Korea'
 */
export const EQUIVALENT_TERMS: readonly string[][] = data.groups;

const KEEP = '\u0000keep';

/**
 * Short all-capital variants ("US", "UN", "ROK", "DoD") match case-sensitively: "us" and "mod"
 * are words. Longer acronyms ("DPRK", "NATO") are safe to match in any case.
 */
function caseSensitive(variant: string): boolean {
  const letters = variant.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '');
  return upper.length >= 2 && letters.length <= 3;
}

const find = compilePhrases((): PhraseSpec[] => [
  ...EQUIVALENT_TERMS.flatMap((group) =>
    group.map((variant) => ({ phrase: group[0] as string, forms: [variant], caseSensitive: caseSensitive(variant) })),
  ),
  { phrase: KEEP, forms: data.protected, caseSensitive: true },
]);

// Hyphenated compounds of places ("U.S.-Japan", "Japan-U.S.-ROK") sort their parts, so that
// "U.S.-Japan Alliance" (DoD) and "Japan-U.S. Alliance" (MOD) read the same.
let placeSet: ReadonlySet<string> | null = null;
/** Places and canonical terms, built on first use so that importing the lexicon stays fast. */
function places(): ReadonlySet<string> {
  placeSet ??= new Set([...placeData.places, ...EQUIVALENT_TERMS.map((g) => g[0] as string)]);
  return placeSet;
}

/**
 * A hyphenated token: candidates for place compounds ("U.S.-Japan", "Japan-U.S.-ROK"). Sticky: it
 * is tried only where a run of its characters starts (`sortCompounds`).
 */
const HYPHENATED = /(?<![\p{L}\p{N}.'’-])[\p{L}\p{N}.'’]+(?:-[\p{L}\p{N}.'’]+)+/uy;

/**
 * The text with each hyphenated token (a match of `HYPHENATED`) put through `sortCompound`, as
 * `text.replace` with the global pattern would, but trying the pattern only at the start of the
 * run of word characters, dots, apostrophes and hyphens around each hyphen: a match can only
 * start there (the look-behind), and a run has one match at most. Scanning every position of
 * every statement with the pattern took a third of the time of folding a readout.
 */
export function sortCompounds(text: string): string {
  let out = '';
  let last = 0;
  let tried = -1;
  for (let h = text.indexOf('-'); h >= 0; h = text.indexOf('-', h + 1)) {
    if (h < last) continue;
    const start = runStart(text, h);
    if (start === tried) continue;
    tried = start;
    HYPHENATED.lastIndex = start;
    const m = HYPHENATED.exec(text);
    if (m === null) continue;
    out += text.slice(last, start) + sortedCompound(m[0]);
    last = start + m[0].length;
  }
  return last === 0 ? text : out + text.slice(last);
}

/** Where the run of compound characters (letters, digits, ".", "'", "’", "-") that holds `at` starts. */
function runStart(text: string, at: number): number {
  let p = at;
  while (p > 0) {
    const c = text.charCodeAt(p - 1);
    if (c < 128) {
      if (!COMPOUND_ASCII[c]) break;
      p--;
    } else if (c === 0x2019) {
      p--;
    } else {
      // A letter or digit beyond ASCII, possibly a surrogate pair.
      const width = letterOrDigitUnitsBefore(text, p);
      if (width === 0) break;
      p -= width;
    }
  }
  return p;
}

const COMPOUND_ASCII = Uint8Array.from({ length: 128 }, (_, c) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 39 || c === 45 ? 1 : 0,
);

/** `sortCompound` by token: readouts repeat a few compounds ("Japan-U.S.", "Indo-Pacific") in many statements. */
const SORTED = new Map<string, string>();

function sortedCompound(token: string): string {
  let sorted = SORTED.get(token);
  if (sorted === undefined) {
    sorted = sortCompound(token);
    // Bounded: a long-running process meets an open vocabulary.
    if (SORTED.size >= 10_000) SORTED.clear();
    SORTED.set(token, sorted);
  }
  return sorted;
}

/** Split a hyphenated token into places (parts may hold hyphens: "Asia-Pacific"), or null. */
function placeParts(token: string): string[] | null {
  const segments = token.split('-');
  const parts: string[] = [];
  let i = 0;
  while (i < segments.length) {
    let found = -1;
    for (let j = segments.length; j > i; j -= 1) {
      if (places().has(segments.slice(i, j).join('-'))) {
        found = j;
        break;
      }
    }
    if (found < 0) return null;
    parts.push(segments.slice(i, found).join('-'));
    i = found;
  }
  return parts.length >= 2 ? parts : null;
}

/**
 * A hyphenated token with its place parts in alphabetical order, or as it is when not all its
 * parts are places.
 *
 * @example
 * sortCompound('U.S.-Japan') //=> 'Japan-U.S.'
 */
export function sortCompound(token: string): string {
  // "Japan-Australia." at a sentence end: the final dot is punctuation unless a place ends in it.
  const parts = placeParts(token);
  if (parts) return [...parts].sort().join('-');
  if (token.endsWith('.')) {
    const bare = placeParts(token.slice(0, -1));
    // "with the U.S.-Japan." reads as "with the Japan-U.S.": one dot ends both the initialism and the sentence.
    if (bare) {
      const joined = [...bare].sort().join('-');
      return joined.endsWith('.') ? joined : `${joined}.`;
    }
  }
  return token;
}

/**
 * Replace every variant of an equivalent term with its canonical form (longest variant first, at
 * word boundaries, keeping a capital at the start), then sort the parts of place compounds.
 *
 * @example
 * foldEquivalents('The DPRK and the United States of America') //=> 'The North Korea and the U.S.'
 * foldEquivalents('the U.S.-Japan Alliance and Japan-United States ties') //=> 'the Japan-U.S. Alliance and Japan-U.S. ties'
 */
export function foldEquivalents(normalizedText: string): string {
  // Similarity and shift detection fold the same statements many times: remember the results
  // for one comparison (`forgetFoldedTexts`).
  const cached = CACHE.get(normalizedText);
  if (cached !== undefined) return cached;
  const folded = fold(normalizedText);
  if (CACHE.size >= CACHE_LIMIT) CACHE.clear();
  CACHE.set(normalizedText, folded);
  return folded;
}

const CACHE = new Map<string, string>();
const CACHE_LIMIT = 10_000;

/**
 * Forgets the texts folded so far. Each comparison (and each tracking run) starts with it, so a
 * text is folded once per comparison and never reused from an earlier one: comparing the same
 * readouts again costs what comparing new ones does, which is what a benchmark repeating one
 * comparison must measure.
 */
export function forgetFoldedTexts(): void {
  CACHE.clear();
}

function fold(normalizedText: string): string {
  const folding = FOLDING;
  folding.text = normalizedText;
  folding.out = '';
  folding.last = 0;
  try {
    find.each(normalizedText, folding);
    return sortCompounds(folding.out + normalizedText.slice(folding.last));
  } finally {
    // The sink lives on: it must not keep the text.
    folding.text = folding.out = '';
  }
}

/**
 * The text being folded, rewritten as the finder hands over each occurrence of a term: no match
 * object or slice of the text is made for the many that are already canonical.
 */
class Folding implements MatchSink {
  text = '';
  out = '';
  last = 0;

  found(phrase: string, start: number, end: number): void {
    // A canonical form as written ("U.S.") leaves the text as it is.
    if (phrase === KEEP || (end - start === phrase.length && this.text.startsWith(phrase, start))) return;
    let canonical = phrase;
    // "Defence Minister" → "Defense Minister", not "defense Minister". The first letter is one
    // unit, or two for a letter of another plane (a surrogate pair).
    if (UPPER_FIRST.test(this.text.slice(start, Math.min(end, start + 2))) && /^\p{Ll}/u.test(canonical)) canonical = canonical[0]!.toUpperCase() + canonical.slice(1);
    this.out += this.text.slice(this.last, start) + canonical;
    this.last = end;
  }
}

/** A capital letter first. */
const UPPER_FIRST = /^\p{Lu}/u;

const FOLDING = new Folding();

/**
 * A comparison key: the text folded (foldEquivalents), lowercased, whitespace collapsed.
 *
 * @example
 * equivalentKey('The  DPRK') === equivalentKey('the North Korea') //=> true
 */
export function equivalentKey(text: string): string {
  const folded = foldEquivalents(text);
  // Most texts are normalized already (single spaces): then the replace would only copy them.
  return (ODD_SPACE.test(folded) ? folded.replace(/\s+/g, ' ') : folded).trim().toLowerCase();
}

/** Whitespace that `equivalentKey` rewrites: a run of two, or any but a plain space. */
const ODD_SPACE = /\s\s|[^\S ]/;
