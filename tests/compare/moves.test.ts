import { describe, expect, it } from 'vitest';
import { outOfOrder } from '../../src/compare/moves.js';

describe('outOfOrder', () => {
  const cases: { name: string; groups: [number, number][]; lengths: [number, number]; moved: boolean[] }[] = [
    { name: 'everything in order', groups: [[0, 0], [1, 1], [2, 2]], lengths: [3, 3], moved: [false, false, false] },
    { name: 'the last position brought forward', groups: [[0, 0], [2, 2], [6, 1]], lengths: [7, 4], moved: [false, false, true] },
    { name: 'the first position sent to the end', groups: [[0, 3], [1, 0], [2, 1], [3, 2]], lengths: [4, 4], moved: [true, false, false, false] },
    { name: 'no groups', groups: [], lengths: [0, 0], moved: [] },
  ];
  for (const { name, groups, lengths, moved } of cases) {
    it(name, () => {
      expect(outOfOrder(groups.map(([b, a]) => ({ before: [b], after: [a] })), ...lengths)).toEqual(moved);
    });
  }
});
