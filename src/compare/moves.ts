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
  const order = groups.map((_, i) => i).sort((x, y) => first(groups[x]!.before) - first(groups[y]!.before) || first(groups[x]!.after) - first(groups[y]!.after));
  const afterRank = rankOf(order.map((g) => first(groups[g]!.after)));
  // Fenwick tree over after ranks holding the best (length, closeness) chain ending at or below.
  const size = n + 1;
  const treeLen = new Float64Array(size);
  const treeFit = new Float64Array(size);
  const treeAt = new Int32Array(size).fill(-1);
  const prev = new Int32Array(n).fill(-1);
  const len = new Float64Array(n);
  const fit = new Float64Array(n);
  const better = (l1: number, f1: number, l2: number, f2: number): boolean => l1 > l2 || (l1 === l2 && f1 > f2 + 1e-12);
  let bestEnd = -1;
  order.forEach((g, k) => {
    const group = groups[g]!;
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
  });
  const moved = new Array<boolean>(n).fill(true);
  for (let k = bestEnd; k >= 0; k = prev[k]!) moved[order[k]!] = false;
  return moved;
}

function first(list: readonly number[]): number {
  return list[0] ?? 0;
}

/** Dense ranks from 0 of the values, ties sharing a rank (so they can never both be in order). */
function rankOf(values: readonly number[]): number[] {
  const sorted = [...new Set(values)].sort((a, b) => a - b);
  const rank = new Map(sorted.map((v, i) => [v, i]));
  return values.map((v) => rank.get(v) ?? 0);
}

/** Headings this close (weighted Dice over stems) name the same section: "1. Regional affairs" = "II. Regional Affairs". */
const SAME_HEADING = 0.5;

/**
 * A test of whether a group changed section: true when both readouts have headings and the
 * group's first statements sit under headings that name different subjects; a readout without
 * headings (a DoD readout) never makes a move. Heading pairs are scored once per comparison.
 *
 * @example
 * sectionChange(before, after)({ before: [3], after: [9] }) //=> false
 */
export function sectionChange(before: Readout, after: Readout): (group: Placed) => boolean {
  const cache = new Map<string, boolean>();
  const idf = new Map<string, number>();
  return (group) => {
    const a = before.statements[group.before[0] ?? -1]?.section;
    const b = after.statements[group.after[0] ?? -1]?.section;
    const ha = a === undefined ? null : (before.sections[a]?.heading ?? null);
    const hb = b === undefined ? null : (after.sections[b]?.heading ?? null);
    if (ha === null || hb === null) return false;
    const key = `${a}|${b}`;
    let moved = cache.get(key);
    if (moved === undefined) {
      moved = similarity(featuresOf(stemSalience(ha), idf), featuresOf(stemSalience(hb), idf)) < SAME_HEADING;
      cache.set(key, moved);
    }
    return moved;
  };
}
