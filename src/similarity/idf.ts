import type { DocumentFrequencies } from './document-frequency.js';

/** Stem → weight: rare stems weigh more than the ones every readout repeats. */
export type IdfTable = ReadonlyMap<string, number>;

/**
 * A floor for the IDF weight so that a stem present in every sentence still counts a little: two
 * statements sharing only "alliance" are closer than two sharing nothing.
 */
const IDF_FLOOR = 0.1;

/**
 * The corpus's document frequency of each stem, where a stem that stands for its variants
 * ("deter" for "deterr") is as common as its most common variant.
 *
 * @param variants - stem → the stem that stands for it (`variantMap`), when variants were merged
 * @example
 * corpusFrequency({ documents: 9, frequencies: { deter: 2, deterr: 5 } }, new Map([['deterr', 'deter']]))('deter') //=> 5
 */
export function corpusFrequency(corpus: DocumentFrequencies, variants: ReadonlyMap<string, string>): (stem: string) => number {
  const own = corpusCounts(corpus);
  const merged = new Map<string, number>();
  for (const [variant, root] of variants) merged.set(root, Math.max(merged.get(root) ?? own(root), own(variant)));
  return (stem) => merged.get(stem) ?? own(stem);
}

/**
 * The IDF of a stem found in `df` of `documents` documents (corpus and compared statements):
 * `ln((N + 1) / (df + 1))`, at least 0.1. Counting the compared statements too lets a word that
 * is new to the corpus ("COVID") weigh a lot, while a word that both readouts repeat in every
 * sentence weighs little.
 *
 * @example
 * idfOf(9, 9) //=> 0.1 (the floor)
 */
export function idfOf(documents: number, df: number): number {
  return Math.max(IDF_FLOOR, Math.log((documents + 1) / (df + 1)));
}

const COUNTS = new WeakMap<DocumentFrequencies, Map<string, number>>();

/**
 * The corpus's document frequency of a stem (0 when absent), through a Map made once per table:
 * own keys only, so a stem such as "constructor" never reads Object.prototype.
 *
 * @example
 * corpusCounts({ documents: 9, frequencies: { alli: 9 } })('alli') //=> 9
 */
function corpusCounts(corpus: DocumentFrequencies): (stem: string) => number {
  let counts = COUNTS.get(corpus);
  if (counts === undefined) COUNTS.set(corpus, (counts = new Map(Object.entries(corpus.frequencies))));
  const table = counts;
  return (stem) => table.get(stem) ?? 0;
}
