import { keepShape } from '../shapes.js';
import { sortedIndexes } from './order.js';
import type { Readout } from '../types.js';
import { featuresOf, similarity, stemSalience } from '../similarity/index.js';

/** An aligned group reduced to what move detection needs: statement indexes in each readout. */
export interface Placed {
  before: number[];
  after: number[];
}

/**
 * Which groups are out of order: the complement of a longest increasing subsequence of after
 * positions taken in before order. Among equally long subsequences the one that keeps the pairs
 * whose relative positions agree best wins, so the statement that travelled furthest is the one
 * reported as moved.
 *
 * @example
 * outOfOrder([{ before: [0], after: [0] }, { before: [1], after: [2] }, { before: [5], after: [1] }], 6, 3)
 * //=> [false, false, true]
 */
export function outOfOrder(groups: readonly Placed[], beforeLength: number, afterLength: number): boolean[] {
  const n = groups.length;
  const order = sortedIndexes(n, groups, byFirstStatements);
  const firstAfter = new Array<number>(n);
  for (let k = 0; k < n; k++) firstAfter[k] = first(groups[order[k]!]!.after);
  const afterRank = rankOf(firstAfter);
  // Fenwick tree over after ranks holding the best (length, closeness) chain ending at or below.
  const size = n + 1;
  const treeLen = new Float64Array(size);
  const treeFit = new Float64Array(size);
  const treeAt = new Int32Array(size).fill(-1);
  const prev = new Int32Array(n).fill(-1);
  const len = new Float64Array(n);
  const fit = new Float64Array(n);
  let bestEnd = -1;
  for (let k = 0; k < n; k++) {
    const group = groups[order[k]!]!;
    const closeness = 1 - Math.abs(first(group.before) / Math.max(1, beforeLength) - first(group.after) / Math.max(1, afterLength));
    let l = 0;
    let f = 0;
    let p = -1;
    // Strictly increasing: query ranks below this one.
    for (let r = afterRank[k]!; r > 0; r -= r & -r) {
      if (treeAt[r]! >= 0 && better(treeLen[r]!, treeFit[r]!, l, f)) {
        l = treeLen[r]!;
        f = treeFit[r]!;
        p = treeAt[r]!;
      }
    }
    len[k] = l + 1;
    fit[k] = f + closeness;
    prev[k] = p;
    for (let r = afterRank[k]! + 1; r < size; r += r & -r) {
      if (treeAt[r]! < 0 || better(len[k]!, fit[k]!, treeLen[r]!, treeFit[r]!)) {
        treeLen[r] = len[k]!;
        treeFit[r] = fit[k]!;
        treeAt[r] = k;
      }
    }
    if (bestEnd < 0 || better(len[k]!, fit[k]!, len[bestEnd]!, fit[bestEnd]!)) bestEnd = k;
  }
  const moved = new Array<boolean>(n).fill(true);
  for (let k = bestEnd; k >= 0; k = prev[k]!) moved[order[k]!] = false;
  return moved;
}

/** Whether chain (l1, f1) beats chain (l2, f2): longer, or as long and closer to the diagonal. */
function better(l1: number, f1: number, l2: number, f2: number): boolean {
  return l1 > l2 || (l1 === l2 && f1 > f2 + 1e-12);
}

/** Group indexes by first before statement, then first after statement. */
function byFirstStatements(groups: readonly Placed[], x: number, y: number): number {
  return first(groups[x]!.before) - first(groups[y]!.before) || first(groups[x]!.after) - first(groups[y]!.after);
}

function first(list: readonly number[]): number {
  return list[0] ?? 0;
}

/**
 * Dense ranks from 0 of the values (statement indexes: integers from 0), ties sharing a rank (so
 * they can never both be in order): counted in a typed array as long as the largest value, with
 * no set or map of the values.
 */
function rankOf(values: readonly number[]): Int32Array {
  let max = 0;
  for (let k = 0; k < values.length; k++) if (values[k]! > max) max = values[k]!;
  // below[v] ends as the number of distinct values below v.
  const below = new Int32Array(max + 2);
  for (let k = 0; k < values.length; k++) below[values[k]! + 1] = 1;
  for (let v = 1; v < below.length; v++) below[v]! += below[v - 1]!;
  const out = new Int32Array(values.length);
  for (let k = 0; k < values.length; k++) out[k] = below[values[k]!]!;
  return out;
}

/** Headings this close (weighted Dice over stems) name the same section: "1. Regional affairs" = "II. Regional Affairs". */
const SAME_HEADING = 0.5;

/**
 * A test of whether a group changed section: true when both readouts have headings and the
 * group's first statements sit under headings that name different subjects; a readout without
 * headings (a DoD readout) never makes a move. Heading pairs are scored once per comparison.
 *
 * @example
 * sectionChange(before, after).changed({ before: [3], after: [9] }) //=> false
 */
export function sectionChange(before: Readout, after: Readout): SectionChanges {
  return new SectionChanges(before, after);
}

/** Whether groups changed section (`sectionChange`), heading pairs scored once each. */
export class SectionChanges {
  /** By heading pair: before section × (after sections + 1) + after section. */
  private readonly cache = new Map<number, boolean>();
  private readonly idf = new Map<string, number>();

  constructor(
    private readonly before: Readout,
    private readonly after: Readout,
  ) {}

  /** Whether the group's first statements sit under headings that name different subjects. */
  changed(group: Placed): boolean {
    const a = this.before.statements[group.before[0] ?? -1]?.section;
    const b = this.after.statements[group.after[0] ?? -1]?.section;
    if (a === undefined || b === undefined) return false;
    const ha = this.before.sections[a]?.heading ?? null;
    const hb = this.after.sections[b]?.heading ?? null;
    if (ha === null || hb === null) return false;
    const key = a * (this.after.sections.length + 1) + b;
    let moved = this.cache.get(key);
    if (moved === undefined) {
      moved = similarity(featuresOf(stemSalience(ha), this.idf), featuresOf(stemSalience(hb), this.idf)) < SAME_HEADING;
      this.cache.set(key, moved);
    }
    return moved;
  }
}

// A comparison makes one: keep the class's shape (and the code that uses it) between comparisons.
const NO_READOUT = { statements: [], sections: [] } as unknown as Readout;
keepShape(new SectionChanges(NO_READOUT, NO_READOUT));
