import { NumberedFeatures } from './features.js';
import type { StatementFeatures } from './features.js';

/**
 * The weight two statements share: for each common stem, the smaller of its two weights (they
 * differ only when one side uses the stem as boilerplate).
 *
 * @example
 * sharedMass(a, a) === a.mass //=> true
 */
export function sharedMass(a: StatementFeatures, b: StatementFeatures): number {
  if (a.ids && a.values && b.ids && b.values) return mergedMass(a.ids, a.values, b.ids, b.values);
  const small = a.weights.size <= b.weights.size ? a : b;
  const large = small === a ? b : a;
  let shared = 0;
  // `forEach`, not `for...of`: no [stem, weight] array per entry (the alignment scores unions of
  // statements this way thousands of times).
  small.weights.forEach((w, stem) => {
    const other = large.weights.get(stem);
    if (other !== undefined) shared += Math.min(w, other);
  });
  return shared;
}

/**
 * `sharedMass` over two id-sorted arrays: a linear merge, the hot loop of candidate scoring.
 *
 * @example
 * mergedMass(Int32Array.of(1, 3), Float64Array.of(1, 2), Int32Array.of(3), Float64Array.of(1)) //=> 1
 */
export function mergedMass(ai: Int32Array, av: Float64Array, bi: Int32Array, bv: Float64Array): number {
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < ai.length && j < bi.length) {
    const x = ai[i]!;
    const y = bi[j]!;
    if (x === y) {
      shared += Math.min(av[i]!, bv[j]!);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}

/**
 * The one similarity score of readout-diff: weighted Dice over content stems, from 0 (nothing in
 * common) to 1 (same stems). Symmetric, so swapping `before` and `after` mirrors the alignment.
 *
 * @example
 * similarity(a, a) //=> 1
 */
export function similarity(a: StatementFeatures, b: StatementFeatures): number {
  const total = a.mass + b.mass;
  return total === 0 ? 0 : (2 * sharedMass(a, b)) / total;
}

/**
 * The share of the smaller statement's content that the other holds (the overlap coefficient),
 * from 0 to 1: high when one statement restates part of the other, as halves of a split do.
 *
 * @example
 * containment(half, whole) //=> 1
 */
export function containment(a: StatementFeatures, b: StatementFeatures): number {
  const smaller = Math.min(a.mass, b.mass);
  return smaller === 0 ? 0 : sharedMass(a, b) / smaller;
}

/**
 * How much of `part` the union of several statements holds: for split and merge, where the second
 * partner has to bring content the first one lacked. With `skip`, those stems (the part's frame:
 * actor, speech-act verb, intensifiers) count neither way, so that a partner restating only
 * "Minister Hamada expressed his strong resolve" brings no content.
 *
 * @example
 * unionCoverage(whole, [firstHalf, secondHalf]) //=> 1 (when the halves share all its stems)
 */
export function unionCoverage(part: StatementFeatures, wholes: readonly StatementFeatures[], skip?: ReadonlySet<string>): number {
  const coverage: Coverage = { wholes, skip, mass: 0, shared: 0 };
  // A named callback with `this`, not an arrow function made per call: those lose their optimized
  // code at each full collection (src/shapes.ts).
  part.weights.forEach(cover, coverage);
  return coverage.mass === 0 ? 0 : coverage.shared / coverage.mass;
}

/**
 * How much of the part's content, its frame left out, the union of the wholes holds:
 * `unionCoverage(part, wholes, part.frame)`, read by stem number when all are numbered together
 * (`weighStatements`), with no map or set made (the alignment asks it hundreds of times).
 *
 * @example
 * contentCoverage(whole, [firstHalf, secondHalf]) === unionCoverage(whole, [firstHalf, secondHalf], whole.frame) //=> true
 */
export function contentCoverage(part: StatementFeatures, wholes: readonly StatementFeatures[]): number {
  if (part instanceof NumberedFeatures && part.sharesStoreWith(wholes)) return part.contentCoverage(wholes);
  return unionCoverage(part, wholes, part.frame);
}

/** What `unionCoverage` sums over the stems of the part. */
interface Coverage {
  readonly wholes: readonly StatementFeatures[];
  readonly skip: ReadonlySet<string> | undefined;
  mass: number;
  shared: number;
}

function cover(this: Coverage, w: number, stem: string): void {
  if (this.skip?.has(stem)) return;
  this.mass += w;
  let best = 0;
  for (const whole of this.wholes) best = Math.max(best, Math.min(w, whole.weights.get(stem) ?? 0));
  this.shared += best;
}
