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
  const anchors = state.groups.filter((_, i) => !moved[i]).map((g) => [g.before[0] ?? 0, g.after[0] ?? 0] as const);
  // Without any anchor there is no order to lean on (two accounts of one meeting that share no
  // sentence closely), so no weaker link is made.
  if (anchors.length === 0) return;
  anchors.sort((x, y) => x[0] - y[0]);
  const bounds = (k: number): [readonly number[], readonly number[]] => [
    k === 0 ? [-1, -1] : anchors[k - 1]!,
    k === anchors.length ? [length.before, length.after] : anchors[k]!,
  ];
  // The gap of a pair: the index of the first anchor at or after it (binary search), or -1 when
  // the pair crosses an anchor.
  const gapOf = (i: number, j: number): number => {
    let k = 0;
    for (let hi = anchors.length; k < hi; ) {
      const mid = (k + hi) >> 1;
      if (anchors[mid]![0] < i) k = mid + 1;
      else hi = mid;
    }
    const [low, high] = bounds(k);
    return j > low[1]! && j < high[1]! ? k : -1;
  };
  // Order pins a pairing down only in a narrow gap: with one or two free statements on a side the
  // weak pair is nearly forced; in a wide gap (two governments ordering one meeting differently)
  // it is a guess.
  const free = (side: Side, from: number, to: number): number => {
    let n = 0;
    for (let i = from + 1; i < to; i++) if (!state.groupOf[side][i]) n++;
    return n;
  };
  const narrow = Array.from({ length: anchors.length + 1 }, (_, k) => {
    const [low, high] = bounds(k);
    return Math.min(free('before', low[0]!, high[0]!), free('after', low[1]!, high[1]!)) <= MAX_GAP_SIDE;
  });
  for (let ci = 0; ci < state.candidates.length; ci++) {
    const c = state.candidates[ci]!;
    if (c.score < options.gapThreshold) break;
    if (state.groupOf.before[c.before] || state.groupOf.after[c.after]) continue;
    const gap = gapOf(c.before, c.after);
    if (gap >= 0 && narrow[gap]) addGroup(state, { before: [c.before], after: [c.after], similarity: c.score });
  }
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
