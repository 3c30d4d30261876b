import type { Statement } from '../types.js';

/**
 * Whether a position that already holds `held` (statements of one readout) may also take
 * `statement` of the same readout: a position stated in two sentences (a split, as the gold
 * format allows) is stated in neighbouring sentences of one paragraph. So the statement must
 * follow or precede one of them directly, and all of them must share its paragraph.
 *
 * @example
 * canSplitWith(readout.statements[3], [readout.statements[2]]) //=> true when both are in one paragraph
 * canSplitWith(readout.statements[5], [readout.statements[2]]) //=> false: not neighbours
 */
export function canSplitWith(statement: Statement, held: readonly Statement[]): boolean {
  if (held.length === 0) return true;
  if (held.some((s) => s.paragraph !== statement.paragraph)) return false;
  return held.some((s) => Math.abs(s.index - statement.index) === 1);
}
