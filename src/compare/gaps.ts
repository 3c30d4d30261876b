import type { ResolvedCompareOptions } from './options.js';
import { addGroup, SIDES } from './alignment.js';
import type { Alignment, Side } from './alignment.js';
import { outOfOrder } from './moves.js';

/** A gap between anchors is narrow when one of its sides holds at most this many free statements. */
const MAX_GAP_SIDE = 2;

/**
 * Links weaker pairs (at least `gapThreshold`) that sit in a narrow gap between two in-order
 * links. Readouts mostly keep the order of their positions, so between two anchors a weak pair is
 * still the same position when little else there competes ("work closely in response to issues
 * concerning China" → "Given China's intensifying military activities ... continue to cooperate",
 * between the Ukraine and Taiwan anchors).
 *
 * @example
 * fillNarrowGaps(state, DEFAULT_COMPARE_OPTIONS) // links pairs in place
 */
export function fillNarrowGaps(state: Alignment, options: ResolvedCompareOptions): void {
  const length = { before: state.prepared.before.length, after: state.prepared.after.length };
  const moved = outOfOrder(state.groups, length.before, length.after);
  // The in-order links (anchors) by before index, each as one number (before × width + after):
  // a typed array sorts them without a comparator. No two anchors share a before statement.
  const width = length.after + 1;
  const keys: number[] = [];
  for (let g = 0; g < state.groups.length; g++) {
    if (moved[g]) continue;
    const group = state.groups[g]!;
    keys.push((group.before[0] ?? 0) * width + (group.after[0] ?? 0));
  }
  // Without any anchor there is no order to lean on (two accounts of one meeting that share no
  // sentence closely), so no weaker link is made.
  if (keys.length === 0) return;
  const anchors = Float64Array.from(keys).sort();
  // Gap k lies between edge k and edge k + 1: edge 0 is before the first statements, edges 1 to
  // m are the anchors, edge m + 1 is after the last statements.
  const m = anchors.length;
  const edge = { before: new Int32Array(m + 2), after: new Int32Array(m + 2) };
  edge.before[0] = -1;
  edge.after[0] = -1;
  for (let k = 0; k < m; k++) {
    edge.before[k + 1] = Math.floor(anchors[k]! / width);
    edge.after[k + 1] = anchors[k]! - edge.before[k + 1]! * width;
  }
  edge.before[m + 1] = length.before;
  edge.after[m + 1] = length.after;
  // Order pins a pairing down only in a narrow gap: with one or two free statements on a side the
  // weak pair is nearly forced; in a wide gap (two governments ordering one meeting differently)
  // it is a guess.
  const narrow = new Uint8Array(m + 1);
  for (let k = 0; k <= m; k++) {
    const free = Math.min(
      freeBetween(state, 'before', edge.before[k]!, edge.before[k + 1]!),
      freeBetween(state, 'after', edge.after[k]!, edge.after[k + 1]!),
    );
    narrow[k] = free <= MAX_GAP_SIDE ? 1 : 0;
  }
  for (let ci = 0; ci < state.candidates.length; ci++) {
    const c = state.candidates[ci]!;
    if (c.score < options.gapThreshold) break;
    if (state.groupOf.before[c.before] || state.groupOf.after[c.after]) continue;
    const gap = gapOf(edge, c.before, c.after);
    if (gap >= 0 && narrow[gap] === 1) addGroup(state, { before: [c.before], after: [c.after], similarity: c.score });
  }
}

/** The statements of a side strictly between two indexes that no group holds. */
function freeBetween(state: Alignment, side: Side, from: number, to: number): number {
  let n = 0;
  for (let i = from + 1; i < to; i++) if (!state.groupOf[side][i]) n++;
  return n;
}

/**
 * The gap of a pair: the index of the first anchor at or after its before statement (binary
 * search over the edges), or -1 when the pair crosses an anchor.
 */
function gapOf(edge: Record<Side, Int32Array>, i: number, j: number): number {
  let k = 0;
  for (let hi = edge.before.length - 2; k < hi; ) {
    const mid = (k + hi) >> 1;
    if (edge.before[mid + 1]! < i) k = mid + 1;
    else hi = mid;
  }
  return j > edge.after[k]! && j < edge.after[k + 1]! ? k : -1;
}

/**
 * Links weaker pairs (at least `mutualThreshold`) whose two statements each prefer the other by a
 * clear margin: the best candidate of both, scoring at least `mutualMargin` times the runner-up of
 * each. Two accounts that reword heavily share little ("ironclad defense commitments to Japan" /
 * "unwavering commitment to the defense of Japan"), yet nothing else competes for either side.
 *
 * @example
 * linkClearMutualBest(state, DEFAULT_COMPARE_OPTIONS) // links pairs in place
 */
export function linkClearMutualBest(state: Alignment, options: ResolvedCompareOptions): void {
  if (options.mutualThreshold >= options.linkThreshold) return;
  // The runner-up of each statement: its second candidate in best-first order.
  const runnerUp = { before: new Float64Array(state.prepared.before.length), after: new Float64Array(state.prepared.after.length) };
  const seen = { before: new Uint8Array(state.prepared.before.length), after: new Uint8Array(state.prepared.after.length) };
  for (let ci = 0; ci < state.candidates.length; ci++) {
    const c = state.candidates[ci]!;
    for (let k = 0; k < SIDES.length; k++) {
      const side = SIDES[k]!;
      const i = c[side];
      if (seen[side][i] === 1) runnerUp[side][i] = c.score;
      if (seen[side][i]! < 2) seen[side][i]! += 1;
    }
  }
  for (let ci = 0; ci < state.candidates.length; ci++) {
    const c = state.candidates[ci]!;
    if (c.score < options.mutualThreshold) break;
    if (state.groupOf.before[c.before] || state.groupOf.after[c.after]) continue;
    if (state.best.before[c.before] !== c || state.best.after[c.after] !== c) continue;
    if (c.score < options.mutualMargin * runnerUp.before[c.before]! || c.score < options.mutualMargin * runnerUp.after[c.after]!) continue;
    addGroup(state, { before: [c.before], after: [c.after], similarity: c.score });
  }
}
