import type { DocumentFrequencies } from './document-frequency.js';

/** Stem → weight: rare stems weigh more than the ones every readout repeats. */
export type IdfTable = ReadonlyMap<string, number>;

/**
 * A floor for the IDF weight so that a stem present in every sentence still counts a little: two
 * statements sharing only "alliance" are closer than two sharing nothing.
 */
const IDF_FLOOR = 0.1;

/**
 * Inverse document frequencies from the corpus table plus the statements being compared, each
 * statement one document: `ln((N + 1) / (df + 1))`, at least 0.1.
 *
 * Counting the compared statements too lets a word that is new to the corpus ("COVID") weigh a
 * lot, while a word that both readouts repeat in every sentence weighs little.
 *
 * @param variants - stem → the stem that stands for it (`variantMap`), when variants were merged
 * @example
 * idfTable({ documents: 9, frequencies: { alli: 9 } }, [new Set(['alli', 'covid'])]).get('covid')
 * //=> 1.7047480922384253
 */
export function idfTable(corpus: DocumentFrequencies, statements: readonly Iterable<string>[], variants?: ReadonlyMap<string, string>): IdfTable {
  const local = new Map<string, number>();
  for (const stems of statements) for (const stem of stems) local.set(stem, (local.get(stem) ?? 0) + 1);
  // A stem that stands for its variants ("deter" for "deterr") is as common in the corpus as its
  // most common variant.
  const corpusDf = new Map<string, number>();
  const own = corpusCounts(corpus);
  for (const [variant, root] of variants ?? []) corpusDf.set(root, Math.max(corpusDf.get(root) ?? own(root), own(variant)));
  const total = corpus.documents + statements.length;
  const table = new Map<string, number>();
  for (const [stem, count] of local) table.set(stem, idfOf(total, count + (corpusDf.get(stem) ?? own(stem))));
  return table;
}

/**
 * The IDF of a stem found in `df` of `documents` documents (corpus and compared statements).
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
export function corpusCounts(corpus: DocumentFrequencies): (stem: string) => number {
  let counts = COUNTS.get(corpus);
  if (counts === undefined) COUNTS.set(corpus, (counts = new Map(Object.entries(corpus.frequencies))));
  const table = counts;
  return (stem) => table.get(stem) ?? 0;
}
