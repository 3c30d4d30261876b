import type { Statement } from '../types.js';
import type { IdfTable } from './idf.js';

/** What the scoring function needs of one statement: its stems with their final weights. */
export interface StatementFeatures {
  /** Stem → IDF × salience, in first-occurrence order. */
  weights: Map<string, number>;
  /** The sum of `weights`: the statement's total content. */
  mass: number;
  /**
   * The stems that frame the position rather than state it (salience below 1: boilerplate,
   * speech-act verbs, intensifiers, the actor's words). Absent when there are none.
   */
  frame?: ReadonlySet<string>;
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
  let frame: Set<string> | undefined;
  // One pass with forEach: iterating a Map with destructuring allocates an entry per stem, which
  // was a large part of a long comparison's garbage. The weights are kept in order in `inOrder`
  // and summed afterwards, in the same order.
  const inOrder = new Float64Array(salience.size);
  const ids = stemIds ? new Int32Array(salience.size) : undefined;
  const values = stemIds ? new Float64Array(salience.size) : undefined;
  let k = 0;
  salience.forEach((s, stem) => {
    const w = (idf.get(stem) ?? 1) * s;
    weights.set(stem, w);
    if (s < 1) (frame ??= new Set()).add(stem);
    let at = k++;
    inOrder[at] = w;
    if (!stemIds || !ids || !values) return;
    let id = stemIds.get(stem);
    if (id === undefined) {
      id = stemIds.size;
      stemIds.set(stem, id);
    }
    // Insertion sort by id: a statement has a few dozen stems at most.
    while (at > 0 && ids[at - 1]! > id) {
      ids[at] = ids[at - 1]!;
      values[at] = values[at - 1]!;
      at--;
    }
    ids[at] = id;
    values[at] = w;
  });
  let mass = 0;
  for (let i = 0; i < inOrder.length; i++) mass += inOrder[i]!;
  if (!ids || !values) return frame ? { weights, mass, frame } : { weights, mass };
  return frame ? { weights, mass, frame, ids, values } : { weights, mass, ids, values };
}
