import type { Change, Statement } from '../types.js';
import { shiftsBetween } from './shifts.js';
import { significanceOf, wordEdits } from './explain.js';

/** Similarities are rounded so that the JSON is byte-stable across platforms and readable. */
const round = (x: number): number => Math.round(x * 10_000) / 10_000;

/**
 * The change for aligned statements: its type from the group's shape (one-to-one, split, merged)
 * and, one to one, whether the words are the same; then edits, shifts and significance (where
 * the Levenshtein ratio tells a near-unchanged, cosmetic rewording from a substantive one).
 *
 * @example
 * changeFor([statement], [sameStatementInOtherCase], 0.98, false).type //=> 'unchanged'
 */
export function changeFor(before: readonly Statement[], after: readonly Statement[], similarity: number, moved: boolean): Change {
  if (before.length === 0 || after.length === 0) {
    return change(before.length === 0 ? 'new' : 'dropped', false, before, after, 0, [], [], 'substantive');
  }
  const type: Change['type'] =
    before.length > 1 ? 'merged' : after.length > 1 ? 'split' : sameWords(before[0]!, after[0]!) ? 'unchanged' : 'reworded';
  if (type === 'unchanged') return change(type, moved, before, after, 1, [], [], 'none');
  const edits = wordEdits(
    before.map((s) => s.text),
    after.map((s) => s.text),
  );
  // Each side's statements read as one text (normalized, joined by a space), by the shifts and the significance.
  const texts = { before: before.map((s) => s.normalized).join(' '), after: after.map((s) => s.normalized).join(' ') };
  const shifts = shiftsBetween(before, after, texts);
  return change(type, moved, before, after, round(similarity), edits, shifts, significanceOf(type, edits, shifts, texts));
}

/** A change object, its fields always in this order (a long comparison makes thousands: one shape, no spread). */
function change(
  type: Change['type'],
  moved: boolean,
  before: readonly Statement[],
  after: readonly Statement[],
  similarity: number,
  edits: Change['edits'],
  shifts: Change['shifts'],
  significance: Change['significance'],
): Change {
  return { type, moved, before: before.map((s) => s.id), after: after.map((s) => s.id), similarity, edits, shifts, significance };
}

/** Same words: the normalized texts differ at most in letter case (whitespace and quotes are already folded). */
function sameWords(a: Statement, b: Statement): boolean {
  // Most aligned pairs of a long comparison are exact copies: no lower-cased copies needed.
  return a.normalized === b.normalized || a.normalized.toLowerCase() === b.normalized.toLowerCase();
}
