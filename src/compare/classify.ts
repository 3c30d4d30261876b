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
  const edits = wordEdits(sourceTexts(before), sourceTexts(after));
  // Each side's statements read as one text (normalized, joined by a space), by the shifts and the significance.
  const texts = { before: normalizedText(before), after: normalizedText(after) };
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
  return { type, moved, before: idsOf(before), after: idsOf(after), similarity, edits, shifts, significance };
}

// Loops, not `map` with an arrow function: every change of a comparison passes here, and a
// function made per call loses its optimized code at each full collection (src/shapes.ts).

function sourceTexts(statements: readonly Statement[]): string[] {
  const out = new Array<string>(statements.length);
  for (let k = 0; k < statements.length; k++) out[k] = statements[k]!.text;
  return out;
}

/** The statements' normalized texts joined by a space. */
function normalizedText(statements: readonly Statement[]): string {
  let out = statements.length > 0 ? statements[0]!.normalized : '';
  for (let k = 1; k < statements.length; k++) out += ` ${statements[k]!.normalized}`;
  return out;
}

function idsOf(statements: readonly Statement[]): string[] {
  const out = new Array<string>(statements.length);
  for (let k = 0; k < statements.length; k++) out[k] = statements[k]!.id;
  return out;
}

/** Same words: the normalized texts differ at most in letter case (whitespace and quotes are already folded). */
function sameWords(a: Statement, b: Statement): boolean {
  // Most aligned pairs of a long comparison are exact copies: no lower-cased copies needed.
  return a.normalized === b.normalized || a.normalized.toLowerCase() === b.normalized.toLowerCase();
}
