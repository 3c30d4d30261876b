import { keepShape } from '../shapes.js';
import { sortedIndexes } from './order.js';
import { similarity } from '../similarity/index.js';
import type { StatementFeatures } from '../similarity/index.js';
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
 * `limit`, found through an inverted index over stems instead of scoring all pairs, added to
 * `out` (as (to, from) pairs when `swap`). `skip` marks the statements of `from` that do not
 * search; `stems` is one more than the largest stem number.
 */
function nearest(
  from: readonly Prepared[],
  to: readonly Prepared[],
  limit: number,
  commonShare: number,
  skip: Uint8Array,
  stems: number,
  out: PairKeys,
  swap: boolean,
): void {
  // The index is flat (compressed rows by stem number): postings hold the statement and the
  // stem's weight in it, so the inner loop reads typed arrays only, no Map and no string.
  const start = new Int32Array(stems + 1);
  for (let j = 0; j < to.length; j++) {
    const ids = idsOf(to[j]!);
    for (let k = 0; k < ids.length; k++) start[ids[k]! + 1]! += 1;
  }
  for (let k = 0; k < stems; k++) start[k + 1]! += start[k]!;
  const fill = start.slice(0, stems);
  const at = new Int32Array(start[stems]!);
  const weight = new Float64Array(start[stems]!);
  for (let j = 0; j < to.length; j++) {
    const p = to[j]!;
    const ids = idsOf(p);
    const values = valuesOf(p);
    for (let k = 0; k < ids.length; k++) {
      const slot = fill[ids[k]!]!++;
      at[slot] = j;
      weight[slot] = values[k]!;
    }
  }
  // "alliance" in every sentence of a 4,000-statement document would make this loop quadratic;
  // such stems weigh little and still count once the pair is scored.
  const maxPosting = Math.max(MIN_COMMON_POSTING, Math.floor(commonShare * to.length));
  const shared = new Float64Array(to.length);
  const touched = new Int32Array(to.length);
  // topK never keeps more than the statements touched, so a limit above `to.length` is no larger.
  const top = new Int32Array(Math.min(Math.ceil(limit), to.length));
  for (let i = 0; i < from.length; i++) {
    if (skip[i] === 1) continue;
    const p = from[i]!;
    const ids = idsOf(p);
    const values = valuesOf(p);
    let count = 0;
    for (let s = 0; s < ids.length; s++) {
      const id = ids[s]!;
      const first = start[id]!;
      const last = start[id + 1]!;
      if (last - first > maxPosting) continue;
      const w = values[s]!;
      for (let k = first; k < last; k++) {
        const j = at[k]!;
        const before = shared[j]!;
        if (before === 0) touched[count++] = j;
        // The tiny constant marks a touched statement even when both weights are 0.
        const x = weight[k]!;
        shared[j] = before + (w < x ? w : x) + 1e-12;
      }
    }
    const n = topK(touched, count, shared, limit, top);
    for (let t = 0; t < n; t++) {
      if (swap) out.add(top[t]!, i);
      else out.add(i, top[t]!);
    }
    for (let t = 0; t < count; t++) shared[touched[t]!] = 0;
  }
}

/**
 * Statements found word for word once on each side (the same features object: same text and
 * actor), most of a long comparison. Such a pair scores 1 and is linked before anything else, so
 * it is proposed as it is and neither copy searches the index (most of the searches of a long
 * comparison); both stay in the index, where the other statements' searches still find them.
 * Searched, a copy whose stems were all too common to look up (`commonShare`) found nothing, not
 * even its copy, and was reported dropped and new.
 * `pairs[i]` is the after index of before statement i's copy, or -1.
 */
function exactCopies(before: readonly Prepared[], after: readonly Prepared[]): { before: Uint8Array; after: Uint8Array; pairs: Int32Array } {
  const inBefore = new Map<StatementFeatures, number>();
  const inAfter = new Map<StatementFeatures, number>(); // the after index, or -1 when repeated
  for (const p of before) inBefore.set(p.features, (inBefore.get(p.features) ?? 0) + 1);
  for (let j = 0; j < after.length; j++) {
    const f = after[j]!.features;
    inAfter.set(f, inAfter.has(f) ? -1 : j);
  }
  const out = { before: new Uint8Array(before.length), after: new Uint8Array(after.length), pairs: new Int32Array(before.length).fill(-1) };
  for (let i = 0; i < before.length; i++) {
    const f = before[i]!.features;
    const j = inAfter.get(f) ?? -1;
    if (j < 0 || inBefore.get(f) !== 1 || f.mass === 0) continue;
    out.before[i] = 1;
    out.after[j] = 1;
    out.pairs[i] = j;
  }
  return out;
}

/** Stem numbers of a statement: from its features, or numbered here when built without them. */
function idsOf(p: Prepared): Int32Array {
  if (!p.features.ids) numberStems(p);
  return p.features.ids!;
}

function valuesOf(p: Prepared): Float64Array {
  if (!p.features.values) numberStems(p);
  return p.features.values!;
}

/** Stem numbers for features built without them (outside `prepareBoth`): shared by all such features. */
const FALLBACK_IDS = new Map<string, number>();

function numberStems(p: Prepared): void {
  const entries = [...p.features.weights].map(([stem, w]) => {
    let id = FALLBACK_IDS.get(stem);
    if (id === undefined) FALLBACK_IDS.set(stem, (id = FALLBACK_IDS.size));
    return [id, w] as const;
  });
  entries.sort((x, y) => x[0] - y[0]);
  p.features.ids = Int32Array.from(entries, (e) => e[0]);
  p.features.values = Float64Array.from(entries, (e) => e[1]);
}

/** One more than the largest stem number of either list. */
function stemCount(a: readonly Prepared[], b: readonly Prepared[]): number {
  let max = -1;
  for (const list of [a, b]) {
    for (const p of list) {
      const ids = idsOf(p);
      if (ids.length > 0 && ids[ids.length - 1]! > max) max = ids[ids.length - 1]!;
    }
  }
  return max + 1;
}

/**
 * The `k` indexes with the most shared weight (ties to the lower index), by insertion into a short
 * sorted list: a full sort of every touched statement dominated the run time on long documents.
 */
function topK(indexes: Int32Array, count: number, value: Float64Array, k: number, top: Int32Array): number {
  let size = 0;
  for (let t = 0; t < count; t++) {
    const j = indexes[t]!;
    const v = value[j]!;
    if (size === k) {
      const last = top[k - 1]!;
      const lv = value[last]!;
      if (!(v > lv || (v === lv && j < last))) continue;
    }
    let at = size < k ? size++ : k - 1;
    while (at > 0) {
      const prev = top[at - 1]!;
      const pv = value[prev]!;
      if (!(v > pv || (v === pv && j < prev))) break;
      top[at] = prev;
      at--;
    }
    top[at] = j;
  }
  return size;
}

/**
 * Pairs as numbers (before × width + after) in a typed array: sorting and deduplicating them
 * allocates nothing per pair, which mattered (garbage collection) on long documents.
 */
class PairKeys {
  private readonly keys: Float64Array;
  private count = 0;

  constructor(
    size: number,
    private readonly width: number,
  ) {
    this.keys = new Float64Array(size);
  }

  add(i: number, j: number): void {
    this.keys[this.count++] = i * this.width + j;
  }

  /** The keys added, sorted (duplicates kept). */
  sorted(): Float64Array {
    return this.keys.subarray(0, this.count).sort();
  }
}

keepShape(new PairKeys(0, 1));

/** Scored pairs as parallel arrays: before and after index, score, distance from the diagonal. */
interface ScoredPairs {
  pb: Int32Array;
  pa: Int32Array;
  ps: Float64Array;
  drift: Float64Array;
}

/**
 * Best first: score, then nearer the diagonal, then earlier. Returns small integers only: a
 * fractional result would be boxed (allocated) on every one of the ~1M calls of a long comparison.
 */
function byScore({ pb, pa, ps, drift }: ScoredPairs, x: number, y: number): number {
  const sx = ps[x]!;
  const sy = ps[y]!;
  if (sx !== sy) return sy > sx ? 1 : -1;
  const dx = drift[x]!;
  const dy = drift[y]!;
  if (dx !== dy) return dx > dy ? 1 : -1;
  const xb = pb[x]!;
  const xa = pa[x]!;
  const yb = pb[y]!;
  const ya = pa[y]!;
  return xb + xa - (yb + ya) || Math.min(xb, xa) - Math.min(yb, ya) || xb - yb;
}

/**
 * Candidate pairs for alignment, scored: each statement's nearest statements on the other side
 * by shared stem weight, from both directions so that swapping the sides gives the same set.
 * Pairs scoring below `floor` are left out (no stage of the alignment could use them), which
 * spares sorting the many weak pairs of long documents.
 *
 * @example
 * candidatePairs(before, after, 20, 0.05)[0] //=> { before: 0, after: 0, score: 1 }
 */
export function candidatePairs(before: readonly Prepared[], after: readonly Prepared[], limit: number, commonShare: number, floor = 0): Candidate[] {
  const width = Math.max(1, after.length);
  // Each statement proposes at most `limit` pairs (a copy, only itself): the keys fit one preallocated array.
  const keys = new PairKeys(before.length * Math.min(Math.ceil(limit), after.length) + after.length * Math.min(Math.ceil(limit), before.length), width);
  const copies = exactCopies(before, after);
  for (let i = 0; i < copies.pairs.length; i++) if (copies.pairs[i]! >= 0) keys.add(i, copies.pairs[i]!);
  const stems = stemCount(before, after);
  nearest(before, after, limit, commonShare, copies.before, stems, keys, false);
  nearest(after, before, limit, commonShare, copies.after, stems, keys, true);
  const sorted = keys.sorted();
  // Scored pairs as parallel typed arrays; objects are made only for the pairs kept, in order.
  const pb = new Int32Array(sorted.length);
  const pa = new Int32Array(sorted.length);
  const ps = new Float64Array(sorted.length);
  let n = 0;
  for (let k = 0; k < sorted.length; k++) {
    const key = sorted[k]!;
    if (k > 0 && key === sorted[k - 1]) continue;
    const i = Math.floor(key / width);
    const j = key - i * width;
    // Every statement here carries stem numbers (`idsOf`): scoring a pair merges two sorted arrays.
    const score = similarity(before[i]!.features, after[j]!.features);
    if (score >= floor) {
      pb[n] = i;
      pa[n] = j;
      ps[n] = score;
      n++;
    }
  }
  // Sorted through an index with the drift computed once per pair, not once per comparison.
  const bl = Math.max(1, before.length);
  const al = Math.max(1, after.length);
  const drift = new Float64Array(n);
  for (let k = 0; k < n; k++) drift[k] = Math.abs(pb[k]! / bl - pa[k]! / al);
  const index = sortedIndexes(n, { pb, pa, ps, drift }, byScore);
  const out: Candidate[] = new Array<Candidate>(n);
  for (let k = 0; k < n; k++) {
    const at = index[k]!;
    out[k] = { before: pb[at]!, after: pa[at]!, score: ps[at]! };
  }
  return out;
}
