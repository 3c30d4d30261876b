/**
 * Keeping the hidden classes of per-call classes alive.
 *
 * V8 forgets the hidden classes ("maps") of a class once no instance of it is alive, and with them
 * throws away the optimized code of every function that handled such instances. A class made
 * afresh by each comparison (the stem numbering, the features of each statement) would then lose
 * that code at every full garbage collection between two comparisons, and pay for compiling it
 * again: measured, a comparison of 4,000 statements per side ran about 1.6× slower right after a
 * collection. One instance of each such class, kept here for the life of the process, keeps the
 * maps and so the code.
 *
 * Functions made per call lose their code the same way. An arrow function passed to `map`,
 * `forEach` or `sort` inside a function is a new function object each time that function runs;
 * V8 keeps such a function's optimized code only as long as one of these objects lives, so every
 * full collection throws it away. The hot paths of a comparison (preparing, aligning, explaining,
 * the lexicon's finders) therefore loop, or pass named module-level functions (a comparator takes
 * what it sorts by as an argument: `sortedIndexes`, src/compare/order.ts). Measured on 4,000 statements per side
 * after a full collection: 1,045 functions compiled over 15 comparisons before, 433 after, and
 * the comparison's CPU time fell from about 430 to 250 ms.
 */

const KEPT: unknown[] = [];

/**
 * Keeps `instance` (a fully built instance of a per-call class) alive for the life of the process.
 *
 * @example
 * keepShape(new Scratch()) //=> the same instance
 */
export function keepShape<T>(instance: T): T {
  KEPT.push(instance);
  return instance;
}
