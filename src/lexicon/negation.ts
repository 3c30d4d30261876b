/** Negators and polarity pairs (a `negation` shift). Data: data/negation.json. */
import data from './data/negation.json';
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
    known = false;
    for (const x of baseForms(word)) if (OPPOSITES.has(x)) known = true;
    // Bounded: a long-running process meets an open vocabulary.
    if (HAS_OPPOSITE.size >= 20_000) HAS_OPPOSITE.clear();
    HAS_OPPOSITE.set(word, known);
  }
  return known;
}

/** `hasPolarOpposite` by word as written: every reworded pair asks it of each changed word. */
const HAS_OPPOSITE = new Map<string, boolean>();
