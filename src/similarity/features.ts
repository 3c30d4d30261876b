import type { Statement } from '../types.js';
import type { IdfTable } from './idf.js';

/** What the scoring function needs of one statement: its stems with their final weights. */
export interface StatementFeatures {
  /** Stem → IDF × salience, in first-occurrence order. */
  weights: Map<string, number>;
  /** The sum of `weights`: the statement's total content. */
  mass: number;
}

/**
 * Weighs a statement's stems by IDF × salience.
 *
 * @example
 * featuresOf(new Map([['senkaku', 1]]), new Map([['senkaku', 5]])).mass //=> 5
 */
export function featuresOf(salience: ReadonlyMap<string, number>, idf: IdfTable): StatementFeatures {
  const weights = new Map<string, number>();
  let mass = 0;
  for (const [stem, s] of salience) {
    const w = (idf.get(stem) ?? 1) * s;
    weights.set(stem, w);
    mass += w;
  }
  return { weights, mass };
}
