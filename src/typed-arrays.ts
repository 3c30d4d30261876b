/**
 * `to` with `from` copied to its start: a typed array grown into a larger one, for the arrays
 * the comparison and the lexicon fill as they go.
 *
 * @example
 * grown(Int32Array.of(1, 2), new Int32Array(4)) //=> Int32Array [1, 2, 0, 0]
 */
export function grown<T extends Int32Array | Float64Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
