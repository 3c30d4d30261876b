import type { StatementFeatures } from '../similarity/index.js';
import type { Candidate } from './candidates.js';
import type { Prepared } from './prepare.js';

/** Statements aligned as one position: indexes into the prepared lists, each list ascending. */
export interface Group {
  before: number[];
  after: number[];
  similarity: number;
}

export type Side = 'before' | 'after';

/**
 * The side opposite `side`.
 *
 * @example
 * other('before') //=> 'after'
 */
export const other = (side: Side): Side => (side === 'before' ? 'after' : 'before');

/** Both sides, in this order (a constant: a literal in a loop over candidates is an array each time). */
export const SIDES: readonly Side[] = ['before', 'after'];

/** The alignment being built: the stages of `alignStatements` read and extend it in turn. */
export interface Alignment {
  prepared: Record<Side, readonly Prepared[]>;
  /** Candidate pairs, best first. */
  candidates: readonly Candidate[];
  groups: Group[];
  /** The group each statement is in, if any. */
  groupOf: Record<Side, (Group | undefined)[]>;
  /** The one-to-one links made on similarity alone, before order or grouping helped. */
  strong: Set<Group>;
  /** Each statement's best candidate (the first one it appears in). */
  best: Record<Side, (Candidate | undefined)[]>;
}

/**
 * An empty alignment over two lists of prepared statements and their scored candidates.
 *
 * @example
 * newAlignment(before, after, candidatePairs(before, after, 20, 0.05)).groups //=> []
 */
export function newAlignment(before: readonly Prepared[], after: readonly Prepared[], candidates: readonly Candidate[]): Alignment {
  const best: Alignment['best'] = { before: new Array(before.length), after: new Array(after.length) };
  for (let ci = 0; ci < candidates.length; ci++) {
    const c = candidates[ci]!;
    best.before[c.before] ??= c;
    best.after[c.after] ??= c;
  }
  return {
    prepared: { before, after },
    candidates,
    groups: [],
    groupOf: { before: new Array(before.length), after: new Array(after.length) },
    strong: new Set(),
    best,
  };
}

/**
 * Adds a group and records it for each of its statements.
 *
 * @example
 * addGroup(state, { before: [0], after: [2], similarity: 0.8 }); state.groupOf.after[2] //=> that group
 */
export function addGroup(state: Alignment, group: Group): Group {
  state.groups.push(group);
  for (const i of group.before) state.groupOf.before[i] = group;
  for (const j of group.after) state.groupOf.after[j] = group;
  return group;
}

/**
 * The features of one statement of the alignment.
 *
 * @example
 * featuresAt(state, 'after', 0).mass > 0 //=> true
 */
export function featuresAt(state: Alignment, side: Side, index: number): StatementFeatures {
  const p = state.prepared[side][index];
  if (!p) throw new Error(`no ${side} statement ${index}`);
  return p.features;
}

/**
 * The stems of several statements read as one: for the side of a split or merge with many.
 *
 * @example
 * unionFeatures([a, a]).mass === a.mass //=> true
 */
export function unionFeatures(list: readonly StatementFeatures[]): StatementFeatures {
  const weights = new Map<string, number>();
  for (const f of list) f.weights.forEach(keepHeavier, weights);
  let mass = 0;
  for (const w of weights.values()) mass += w;
  return { weights, mass };
}

/** Sets `stem` to the larger of its weight in `this` and `w` (a named callback: see `unionCoverage`). */
function keepHeavier(this: Map<string, number>, w: number, stem: string): void {
  this.set(stem, Math.max(this.get(stem) ?? 0, w));
}
