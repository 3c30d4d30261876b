/**
 * The indexes 0 … n − 1 sorted by a comparator over `keys` (the arrays or objects that hold what
 * to sort by). The comparators are named module-level functions that take the keys as an
 * argument, not arrow functions made per call around them: a function made per call loses its
 * optimized code at every full collection (src/shapes.ts), and a long comparison sorts hundreds
 * of thousands of times.
 *
 * @example
 * sortedIndexes(3, [30, 10, 20], (keys, x, y) => keys[x]! - keys[y]!) //=> [1, 2, 0]
 */
export function sortedIndexes<K>(n: number, keys: K, compare: (keys: K, x: number, y: number) => number): number[] {
  const order = new Array<number>(n);
  for (let k = 0; k < n; k++) order[k] = k;
  // Saved and restored, so that a comparator may itself sort.
  const outer = SORTING;
  SORTING = { keys, compare: compare as Comparator };
  try {
    order.sort(byCurrent);
  } finally {
    SORTING = outer;
  }
  return order;
}

type Comparator = (keys: unknown, x: number, y: number) => number;

/** The sort under way: its keys and comparator. */
let SORTING: { keys: unknown; compare: Comparator } | null = null;

function byCurrent(x: number, y: number): number {
  const sorting = SORTING!;
  return sorting.compare(sorting.keys, x, y);
}
