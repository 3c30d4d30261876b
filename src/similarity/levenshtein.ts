/**
 * Levenshtein distance over UTF-16 code units, the same number `fast-levenshtein`'s `get(a, b)`
 * gives (without its collator option). Ours so that loading the comparison does not load that
 * package, whose import builds an `Intl.Collator` (a noticeable share of the command line's
 * start-up) that the comparison never uses.
 */

/** One row of the dynamic programme, reused across calls (grown when needed). */
let row = new Int32Array(64);

/**
 * The least number of single code-unit insertions, deletions and substitutions turning `a` into `b`.
 *
 * @example
 * editDistance('kitten', 'sitting') //=> 3
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  // The common prefix and suffix cost nothing.
  let start = 0;
  let endA = a.length;
  let endB = b.length;
  while (start < endA && start < endB && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  while (endA > start && endB > start && a.charCodeAt(endA - 1) === b.charCodeAt(endB - 1)) {
    endA--;
    endB--;
  }
  const n = endA - start;
  const m = endB - start;
  if (n === 0) return m;
  if (m === 0) return n;
  if (row.length < m + 1) row = new Int32Array(Math.max(m + 1, row.length * 2));
  const prev = row;
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    const ca = a.charCodeAt(start + i - 1);
    let diagonal = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= m; j++) {
      const above = prev[j]!;
      const cost = ca === b.charCodeAt(start + j - 1) ? 0 : 1;
      let best = diagonal + cost;
      if (above + 1 < best) best = above + 1;
      if (prev[j - 1]! + 1 < best) best = prev[j - 1]! + 1;
      prev[j] = best;
      diagonal = above;
    }
  }
  return prev[m]!;
}
