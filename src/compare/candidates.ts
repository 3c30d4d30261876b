import { similarity } from '../similarity/index.js';
import type { Prepared } from './prepare.js';

/** A scored pair of statements: indexes into the two prepared lists. */
export interface Candidate {
  before: number;
  after: number;
  score: number;
}

/** Below this many statements every stem proposes candidates: the index is cheap anyway. */
const MIN_COMMON_POSTING = 64;

/**
 * For each statement of `from`, the statements of `to` sharing the most stem weight, at most
 * `limit`, found through an inverted index over stems instead of scoring all pairs.
 */
function nearest(from: readonly Prepared[], to: readonly Prepared[], limit: number, commonShare: number, emit: (i: number, j: number) => void): void {
  // Postings hold the statement and the stem's weight in it, so the inner loop reads no Map.
  const index = new Map<string, { at: number[]; weight: number[] }>();
  to.forEach((p, j) => {
    for (const [stem, w] of p.features.weights) {
      const list = index.get(stem);
      if (list) {
        list.at.push(j);
        list.weight.push(w);
      } else index.set(stem, { at: [j], weight: [w] });
    }
  });
  // "alliance" in every sentence of a 4,000-statement document would make this loop quadratic;
  // such stems weigh little and still count once the pair is scored.
  const maxPosting = Math.max(MIN_COMMON_POSTING, Math.floor(commonShare * to.length));
  const shared = new Float64Array(to.length);
  const touched: number[] = [];
  from.forEach((p, i) => {
    for (const [stem, w] of p.features.weights) {
      const list = index.get(stem);
      if (!list || list.at.length > maxPosting) continue;
      const { at, weight } = list;
      for (let k = 0; k < at.length; k++) {
        const j = at[k]!;
        if (shared[j] === 0) touched.push(j);
        // The tiny constant marks a touched statement even when both weights are 0.
        shared[j] = shared[j]! + Math.min(w, weight[k]!) + 1e-12;
      }
    }
    for (const j of topK(touched, shared, limit)) emit(i, j);
    for (const j of touched) shared[j] = 0;
    touched.length = 0;
  });
}

/**
 * The `k` indexes with the most shared weight (ties to the lower index), by insertion into a short
 * sorted list: a full sort of every touched statement dominated the run time on long documents.
 */
function topK(indexes: readonly number[], value: Float64Array, k: number): number[] {
  const top: number[] = [];
  const before = (x: number, y: number): boolean => value[x]! > value[y]! || (value[x] === value[y] && x < y);
  for (const j of indexes) {
    if (top.length === k && !before(j, top[k - 1]!)) continue;
    let at = top.length < k ? top.length : k - 1;
    while (at > 0 && before(j, top[at - 1]!)) {
      top[at] = top[at - 1]!;
      at--;
    }
    top[at] = j;
  }
  return top;
}

/**
 * Candidate pairs for alignment, scored: each statement's nearest statements on the other side
 * by shared stem weight, from both directions so that swapping the sides gives the same set.
 *
 * @example
 * candidatePairs(before, after, 20, 0.05)[0] //=> { before: 0, after: 0, score: 1 }
 */
export function candidatePairs(before: readonly Prepared[], after: readonly Prepared[], limit: number, commonShare: number): Candidate[] {
  // Pairs as numbers (before × |after| + after) in a typed array: sorting and deduplicating them
  // allocates nothing per pair, which mattered (garbage collection) on long documents.
  const width = Math.max(1, after.length);
  const keys: number[] = [];
  nearest(before, after, limit, commonShare, (i, j) => keys.push(i * width + j));
  nearest(after, before, limit, commonShare, (j, i) => keys.push(i * width + j));
  const sorted = Float64Array.from(keys).sort();
  const out: Candidate[] = [];
  for (let k = 0; k < sorted.length; k++) {
    const key = sorted[k]!;
    if (k > 0 && key === sorted[k - 1]) continue;
    const i = Math.floor(key / width);
    const j = key - i * width;
    const a = before[i];
    const b = after[j];
    if (a && b) out.push({ before: i, after: j, score: similarity(a.features, b.features) });
  }
  return out.sort(byScore(before.length, after.length));
}

/**
 * Orders candidates best first; ties (identical statements repeated) go to the pair closest in
 * relative position, then to the earliest, with keys that stay the same when the sides swap.
 *
 * @example
 * candidates.sort(byScore(before.length, after.length))
 */
export function byScore(beforeLength: number, afterLength: number): (x: Candidate, y: Candidate) => number {
  const drift = (c: Candidate): number => Math.abs(c.before / Math.max(1, beforeLength) - c.after / Math.max(1, afterLength));
  return (x, y) => y.score - x.score || drift(x) - drift(y) || x.before + x.after - (y.before + y.after) || Math.min(x.before, x.after) - Math.min(y.before, y.after) || x.before - y.before;
}
