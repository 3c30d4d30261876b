import type { Statement } from '../types.js';
import type { IdfTable } from './idf.js';

/** What the scoring function needs of one statement: its stems with their final weights. */
export interface StatementFeatures {
  /** Stem → IDF × salience, in first-occurrence order. */
  weights: Map<string, number>;
  /** The sum of `weights`: the statement's total content. */
  mass: number;
  /**
   * The same weights as parallel arrays sorted by a stem number shared by every statement of one
   * comparison, so that scoring a pair is a merge of two short arrays (no hashing). Absent for
   * features built outside a comparison; scoring then falls back to `weights`.
   */
  ids?: Int32Array;
  values?: Float64Array;
}

/**
 * Weighs a statement's stems by IDF × salience.
 *
 * @example
 * featuresOf(new Map([['senkaku', 1]]), new Map([['senkaku', 5]])).mass //=> 5
 * @param stemIds - stem numbers shared by one comparison; given, the features carry sorted arrays
 */
export function featuresOf(salience: ReadonlyMap<string, number>, idf: IdfTable, stemIds?: Map<string, number>): StatementFeatures {
  const weights = new Map<string, number>();
  let mass = 0;
  for (const [stem, s] of salience) {
    const w = (idf.get(stem) ?? 1) * s;
    weights.set(stem, w);
    mass += w;
  }
  if (!stemIds) return { weights, mass };
  const entries = [...weights].map(([stem, w]): [number, number] => {
    let id = stemIds.get(stem);
    if (id === undefined) {
      id = stemIds.size;
      stemIds.set(stem, id);
    }
    return [id, w];
  });
  entries.sort((a, b) => a[0] - b[0]);
  return { weights, mass, ids: Int32Array.from(entries, (e) => e[0]), values: Float64Array.from(entries, (e) => e[1]) };
}
