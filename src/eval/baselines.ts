import { diffArrays } from 'diff';
import levenshtein from 'fast-levenshtein';
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

/** The threshold of the Levenshtein baseline, as the issue states it. */
export const LEVENSHTEIN_BASELINE_THRESHOLD = 0.5;

/**
 * Baseline 2: every pair scored by Levenshtein ratio (1 − distance / longer length) on lower-cased
 * normalized texts, then matched greedily best first, one to one, while the ratio is at least 0.5.
 *
 * @example
 * levenshteinBaseline(before.statements, after.statements).filter((c) => c.type === 'reworded').length //=> 3
 */
export function levenshteinBaseline(before: readonly Statement[], after: readonly Statement[], threshold = LEVENSHTEIN_BASELINE_THRESHOLD): PredictedChange[] {
  const pairs: { i: number; j: number; ratio: number }[] = [];
  before.forEach((b, i) => {
    after.forEach((a, j) => {
      const x = b.normalized.toLowerCase();
      const y = a.normalized.toLowerCase();
      const ratio = 1 - levenshtein.get(x, y) / Math.max(1, x.length, y.length);
      if (ratio >= threshold) pairs.push({ i, j, ratio });
    });
  });
  pairs.sort((p, q) => q.ratio - p.ratio || p.i - q.i || p.j - q.j);
  const usedB = new Set<number>();
  const usedA = new Set<number>();
  const out: PredictedChange[] = [];
  for (const { i, j, ratio } of pairs) {
    if (usedB.has(i) || usedA.has(j)) continue;
    usedB.add(i);
    usedA.add(j);
    out.push({ type: ratio === 1 ? 'unchanged' : 'reworded', before: [before[i]!.id], after: [after[j]!.id] });
  }
  before.forEach((s, i) => usedB.has(i) || out.push({ type: 'dropped', before: [s.id], after: [] }));
  after.forEach((s, j) => usedA.has(j) || out.push({ type: 'new', before: [], after: [s.id] }));
  return out;
}
