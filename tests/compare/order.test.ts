import { describe, expect, it } from 'vitest';
import { sortedIndexes } from '../../src/compare/order.js';

describe('sortedIndexes', () => {
  it('orders indexes by the keys, ties kept in index order', () => {
    expect(sortedIndexes(5, [30, 10, 20, 10, 0], (keys, x, y) => keys[x]! - keys[y]!)).toEqual([4, 1, 3, 2, 0]);
    expect(sortedIndexes(0, [], () => 0)).toEqual([]);
  });

  it('lets a comparator sort in turn, and goes on with its own keys', () => {
    const inner = (keys: number[], x: number, y: number): number => keys[y]! - keys[x]!;
    const outer = (keys: number[], x: number, y: number): number => {
      // A nested sort, with other keys and another comparator.
      expect(sortedIndexes(3, [1, 3, 2], inner)).toEqual([1, 2, 0]);
      return keys[x]! - keys[y]!;
    };
    expect(sortedIndexes(4, [4, 3, 2, 1], outer)).toEqual([3, 2, 1, 0]);
  });
});
