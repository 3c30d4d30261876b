import { diffArrays } from 'diff';
import { editDistance } from '../similarity/levenshtein.js';
import type { Statement } from '../types.js';
import type { PredictedChange } from './score.js';

/**
 * Baseline 1: jsdiff's `diffArrays` over the statements' normalized texts. Equal statements in
 * the same order are unchanged; everything else is dropped or new.
 *
 * @example
 * diffArraysBaseline(before.statements, after.statements)[0] //=> { type: 'unchanged', before: ['s1'], after: ['s1'] }
 */
export function diffArraysBaseline(before: readonly Statement[], after: readonly Statement[]): PredictedChange[] {
  const out: PredictedChange[] = [];
  let i = 0;
  let j = 0;
  for (const part of diffArrays(
    before.map((s) => s.normalized),
    after.map((s) => s.normalized),
  )) {
    const n = part.count ?? part.value.length;
    for (let k = 0; k < n; k++) {
      if (part.added) out.push({ type: 'new', before: [], after: [after[j++]!.id] });
      else if (part.removed) out.push({ type: 'dropped', before: [before[i++]!.id], after: [] });
      else out.push({ type: 'unchanged', before: [before[i++]!.id], after: [after[j++]!.id] });
    }
  }
  return out;
}

/** The threshold of the Levenshtein baselines (pairs and series), as the issue states it. */
export const LEVENSHTEIN_BASELINE_THRESHOLD = 0.5;

/**
 * The Levenshtein ratio of two texts: 1 − distance / longer length (1 for two empty texts).
 *
 * @example
 * levenshteinRatio('deter', 'defer') //=> 0.8
 */
export function levenshteinRatio(x: string, y: string): number {
  return 1 - editDistance(x, y) / Math.max(1, x.length, y.length);
}

/** A pair matched by `greedyLevenshteinMatch`: `left[i]` with `right[j]`, and their ratio. */
export interface RatioMatch {
  i: number;
  j: number;
  ratio: number;
}

/**
 * Every pair of `left` and `right` texts scored by `levenshteinRatio`, then matched greedily best
 * first (ties to the lower `i`, then the lower `j`), one to one, while the ratio is at least
 * `threshold`: the matches in that order.
 *
 * @example
 * greedyLevenshteinMatch(['deter', 'respond'], ['defer', 'deter'], 0.5) //=> [{ i: 0, j: 1, ratio: 1 }]
 */
export function greedyLevenshteinMatch(left: readonly string[], right: readonly string[], threshold: number): RatioMatch[] {
  const pairs: RatioMatch[] = [];
  left.forEach((x, i) => {
    right.forEach((y, j) => {
      const ratio = levenshteinRatio(x, y);
      if (ratio >= threshold) pairs.push({ i, j, ratio });
    });
  });
  pairs.sort((p, q) => q.ratio - p.ratio || p.i - q.i || p.j - q.j);
  const usedI = new Set<number>();
  const usedJ = new Set<number>();
  const matches: RatioMatch[] = [];
  for (const pair of pairs) {
    if (usedI.has(pair.i) || usedJ.has(pair.j)) continue;
    usedI.add(pair.i);
    usedJ.add(pair.j);
    matches.push(pair);
  }
  return matches;
}

/**
 * Baseline 2: every pair scored by Levenshtein ratio (1 − distance / longer length) on lower-cased
 * normalized texts, then matched greedily best first, one to one, while the ratio is at least 0.5
 * (`greedyLevenshteinMatch`).
 *
 * @example
 * levenshteinBaseline(before.statements, after.statements).filter((c) => c.type === 'reworded').length //=> 3
 */
export function levenshteinBaseline(before: readonly Statement[], after: readonly Statement[], threshold = LEVENSHTEIN_BASELINE_THRESHOLD): PredictedChange[] {
  const lower = (list: readonly Statement[]): string[] => list.map((s) => s.normalized.toLowerCase());
  const usedB = new Set<number>();
  const usedA = new Set<number>();
  const out: PredictedChange[] = [];
  for (const { i, j, ratio } of greedyLevenshteinMatch(lower(before), lower(after), threshold)) {
    usedB.add(i);
    usedA.add(j);
    out.push({ type: ratio === 1 ? 'unchanged' : 'reworded', before: [before[i]!.id], after: [after[j]!.id] });
  }
  before.forEach((s, i) => usedB.has(i) || out.push({ type: 'dropped', before: [s.id], after: [] }));
  after.forEach((s, j) => usedA.has(j) || out.push({ type: 'new', before: [], after: [s.id] }));
  return out;
}
