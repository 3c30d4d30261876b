import type { Statement } from '../types.js';
import { keepShape } from '../shapes.js';
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
 * Weighs a statement's stems by IDF × salience (for a few statements outside a comparison;
 * `weighStatements` numbers the stems of whole readouts).
 *
 * @example
 * featuresOf(new Map([['senkaku', 1]]), new Map([['senkaku', 5]])).mass //=> 5
 */
export function featuresOf(salience: ReadonlyMap<string, number>, idf: IdfTable): StatementFeatures {
  const weights = new Map<string, number>();
  let frame: Set<string> | undefined;
  let mass = 0;
  for (const [stem, s] of salience) {
    const w = (idf.get(stem) ?? 1) * s;
    weights.set(stem, w);
    mass += w;
    if (s < 1) (frame ??= new Set()).add(stem);
  }
  return frame ? { weights, mass, frame } : { weights, mass };
}

/**
 * The stems of many statements in shared arrays, for `NumberedFeatures`: a statement's stems are a
 * slice, in first-occurrence order (`order`, `weights`, `salience`) and sorted by number (`ids`,
 * `values`). Thousands of statements then make a handful of arrays, not a handful each.
 */
export interface FeatureStore {
  /** The stems by number: grows as statements are added. */
  stems: string[];
  order: Int32Array;
  weights: Float64Array;
  salience: Float64Array;
  ids: Int32Array;
  values: Float64Array;
}

/**
 * A store with room for `size` stems in all.
 *
 * @example
 * newFeatureStore(100).order.length //=> 100
 */
export function newFeatureStore(size: number): FeatureStore {
  return {
    stems: [],
    order: new Int32Array(size),
    weights: new Float64Array(size),
    salience: new Float64Array(size),
    ids: new Int32Array(size),
    values: new Float64Array(size),
  };
}

/**
 * Features built from stem numbers (`weighStatements`): the sorted arrays that scoring reads, and
 * the stems in first-occurrence order, from which `weights` and `frame` are made on first use —
 * most statements of a long comparison are only ever scored, never read by stem.
 */
export class NumberedFeatures implements StatementFeatures {
  readonly mass: number;
  readonly ids: Int32Array;
  readonly values: Float64Array;
  private cachedWeights: Map<string, number> | undefined;
  private cachedFrame: Set<string> | null | undefined;

  /**
   * @param store - the shared arrays, with this statement's stems filled in at [start, start + length)
   *   of `order`, `weights` and `salience`; the sorted slice of `ids` and `values` is filled here
   */
  constructor(
    private readonly store: FeatureStore,
    private readonly start: number,
    private readonly length: number,
  ) {
    const end = start + length;
    let mass = 0;
    for (let k = start; k < end; k++) mass += store.weights[k]!;
    this.mass = mass;
    const { ids, values } = store;
    for (let k = start; k < end; k++) {
      const id = store.order[k]!;
      // Insertion sort by number: a statement has a few dozen stems at most.
      let at = k;
      while (at > start && ids[at - 1]! > id) {
        ids[at] = ids[at - 1]!;
        values[at] = values[at - 1]!;
        at--;
      }
      ids[at] = id;
      values[at] = store.weights[k]!;
    }
    this.ids = ids.subarray(start, end);
    this.values = values.subarray(start, end);
  }

  get weights(): Map<string, number> {
    if (this.cachedWeights === undefined) {
      const { stems, order, weights: w } = this.store;
      const weights = new Map<string, number>();
      for (let k = this.start; k < this.start + this.length; k++) weights.set(stems[order[k]!]!, w[k]!);
      this.cachedWeights = weights;
    }
    return this.cachedWeights;
  }

  get frame(): ReadonlySet<string> | undefined {
    if (this.cachedFrame === undefined) {
      const { stems, order, salience } = this.store;
      let frame: Set<string> | null = null;
      for (let k = this.start; k < this.start + this.length; k++) if (salience[k]! < 1) (frame ??= new Set()).add(stems[order[k]!]!);
      this.cachedFrame = frame;
    }
    return this.cachedFrame ?? undefined;
  }

  /** Whether every one of `others` is numbered in this one's store (by the same `weighStatements`). */
  sharesStoreWith(others: readonly StatementFeatures[]): others is readonly NumberedFeatures[] {
    for (const o of others) if (!(o instanceof NumberedFeatures) || o.store !== this.store) return false;
    return true;
  }

  /**
   * `unionCoverage(this, wholes, this.frame)` read from the store by stem number: no map of weights
   * or set of frame stems is made for the part or the wholes. The sums run over the part's stems
   * in first-occurrence order, as `unionCoverage` sums them over `weights`, so the result is the
   * same number.
   */
  contentCoverage(wholes: readonly NumberedFeatures[]): number {
    const { order, weights, salience, stems } = this.store;
    if (MOST.length < stems.length) MOST = new Float64Array(Math.max(stems.length, 2 * MOST.length));
    // The heaviest weight of each stem in any whole (0 where none has it), zeroed again below.
    for (const whole of wholes) {
      for (let k = 0; k < whole.ids.length; k++) {
        const id = whole.ids[k]!;
        MOST[id] = Math.max(MOST[id]!, whole.values[k]!);
      }
    }
    let mass = 0;
    let shared = 0;
    for (let k = this.start; k < this.start + this.length; k++) {
      // The frame: stems below full salience.
      if (salience[k]! < 1) continue;
      const w = weights[k]!;
      mass += w;
      // The largest of min(w, weight in each whole), as `unionCoverage` takes it.
      shared += Math.max(0, Math.min(w, MOST[order[k]!]!));
    }
    for (const whole of wholes) for (let k = 0; k < whole.ids.length; k++) MOST[whole.ids[k]!] = 0;
    return mass === 0 ? 0 : shared / mass;
  }
}

/** Scratch for `contentCoverage`, by stem number: all zeros between calls. */
let MOST = new Float64Array(1024);

keepShape(new NumberedFeatures(newFeatureStore(0), 0, 0));
