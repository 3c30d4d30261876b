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
  const own = (stem: string): number => (Object.hasOwn(corpus.frequencies, stem) ? (corpus.frequencies[stem] ?? 0) : 0);
  for (const [variant, root] of variants ?? []) corpusDf.set(root, Math.max(corpusDf.get(root) ?? own(root), own(variant)));
  const total = corpus.documents + statements.length;
  const table = new Map<string, number>();
  for (const [stem, count] of local) {
    // Own keys only: a stem such as "constructor" must not read Object.prototype.
    const df = count + (corpusDf.get(stem) ?? own(stem));
    table.set(stem, Math.max(IDF_FLOOR, Math.log((total + 1) / (df + 1))));
  }
  return table;
}
