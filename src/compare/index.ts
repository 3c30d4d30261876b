import { toReadout } from '../parse/index.js';
import type { Change, Comparison, ComparisonSummary, Readout, StatementKind } from '../types.js';
import { alignStatements } from './align.js';
import type { Group } from './align.js';
import { changeFor } from './classify.js';
import { outOfOrder, sectionChange } from './moves.js';
import { resolveCompareOptions } from './options.js';
import type { CompareOptions } from './options.js';
import { prepareBoth } from './prepare.js';
import { sortedIndexes } from './order.js';
import type { Prepared } from './prepare.js';

export { DEFAULT_COMPARE_OPTIONS, resolveCompareOptions } from './options.js';
export type { CompareOptions, ResolvedCompareOptions } from './options.js';

/**
 * Aligns the statements of one kind only: positions with positions, and the meeting's context
 * ("On June 1, ... held discussions") with context, so a preamble never pairs with a position.
 */
function alignKind(before: Prepared[], after: Prepared[], kind: StatementKind, options: ReturnType<typeof resolveCompareOptions>): Group[] {
  const bi = indexesOfKind(before, kind);
  const ai = indexesOfKind(after, kind);
  // Most statements of a long readout are positions: then the indexes are the lists' own.
  const whole = bi.length === before.length && ai.length === after.length;
  const groups = alignStatements(whole ? before : pickAll(before, bi), whole ? after : pickAll(after, ai), options, { mutualBest: true });
  if (whole) return groups;
  for (const g of groups) {
    g.before = pickAll(bi, g.before);
    g.after = pickAll(ai, g.after);
  }
  return groups;
}

/** The indexes of the statements of one kind. */
function indexesOfKind(list: readonly Prepared[], kind: StatementKind): number[] {
  const out: number[] = [];
  for (let i = 0; i < list.length; i++) if (list[i]!.statement.kind === kind) out.push(i);
  return out;
}

/**
 * The items of `list` at `indexes`, in that order.
 *
 * Hot paths of a comparison loop instead of passing arrow functions to `map` or `forEach`: a
 * function made anew by each call loses its optimized code at every full garbage collection,
 * so a long-running process recompiled them for every comparison (see `src/shapes.ts`).
 */
function pickAll<T>(list: readonly T[], indexes: readonly number[]): T[] {
  const out = new Array<T>(indexes.length);
  for (let k = 0; k < indexes.length; k++) out[k] = list[indexes[k]!]!;
  return out;
}

/**
 * Compares two readouts: pairs the statements that state the same position (even when moved,
 * split or merged) and says what is new, dropped and reworded, and how.
 *
 * Every statement of both readouts is in exactly one change; the result is deterministic and
 * swapping the sides mirrors it (new ↔ dropped, split ↔ merged).
 *
 * @param before - the earlier readout (or the other government's account), as text or parsed
 * @param after - the later readout, as text or parsed
 * @param options - thresholds; see `CompareOptions` for each default and why
 * @example
 * compareReadouts(
 *   'The Ministers confirmed that they would maintain a free and open international order.',
 *   'The Ministers reaffirmed that they would maintain a free and open international order.',
 * ).changes[0].shifts
 * //=> [{ kind: 'verb', from: 'confirmed', to: 'reaffirmed', direction: 'stronger' }]
 */
export function compareReadouts(before: Readout | string, after: Readout | string, options: CompareOptions = {}): Comparison {
  const resolved = resolveCompareOptions(options);
  const b = toReadout(before, 'before');
  const a = toReadout(after, 'after');
  const [pb, pa] = prepareBoth(b, a, resolved.corpus);

  const positions = alignKind(pb, pa, 'position', resolved);
  const context = alignKind(pb, pa, 'context', resolved);
  const otherSection = sectionChange(b, a);
  const moved = outOfOrder(positions, b.statements.length, a.statements.length);
  const placed: Placed[] = [];
  for (let i = 0; i < positions.length; i++) {
    const g = positions[i]!;
    const change = changeFor(pickAll(b.statements, g.before), pickAll(a.statements, g.after), g.similarity, moved[i]! || otherSection.changed(g));
    placed.push({ change, group: g });
  }
  for (const g of context) placed.push({ change: changeFor(pickAll(b.statements, g.before), pickAll(a.statements, g.after), g.similarity, false), group: g });
  const taken = { before: new Uint8Array(b.statements.length), after: new Uint8Array(a.statements.length) };
  for (const { group } of placed) {
    for (const i of group.before) taken.before[i] = 1;
    for (const j of group.after) taken.after[j] = 1;
  }
  for (let i = 0; i < b.statements.length; i++) {
    if (!taken.before[i]) placed.push({ change: changeFor([b.statements[i]!], [], 0, false), group: { before: [i], after: [], similarity: 0 } });
  }
  for (let j = 0; j < a.statements.length; j++) {
    if (!taken.after[j]) placed.push({ change: changeFor([], [a.statements[j]!], 0, false), group: { before: [], after: [j], similarity: 0 } });
  }

  const ordered = inReadingOrder(placed, b.statements.length);
  return { schemaVersion: 1, before: b, after: a, changes: ordered, summary: summarize(ordered) };
}

/** A change with the statement indexes it holds. */
interface Placed {
  change: Change;
  group: Group;
}

/**
 * Orders changes as a reader of the after readout meets them, each dropped statement right after
 * the change that holds its nearest preceding before statement.
 */
function inReadingOrder(placed: readonly Placed[], beforeLength: number): Change[] {
  // The first after index of the change that holds each before statement, or -1 (dropped).
  const anchorOf = new Int32Array(beforeLength).fill(-1);
  for (const { group } of placed) {
    const at = group.after[0];
    if (at !== undefined) for (const i of group.before) anchorOf[i] = at;
  }
  // The anchor of the nearest before statement at or before each index that has one.
  const anchorBefore = new Int32Array(beforeLength);
  for (let i = 0, last = -1; i < beforeLength; i++) anchorBefore[i] = last = anchorOf[i]! >= 0 ? anchorOf[i]! : last;
  // Keys as three parallel arrays: the after index (or the anchor of a dropped statement), 0 or 1
  // (dropped after the change at that anchor), the first before index.
  const n = placed.length;
  const key = [new Int32Array(n), new Int32Array(n), new Int32Array(n)] as const;
  for (let k = 0; k < n; k++) {
    const { group } = placed[k]!;
    const firstBefore = group.before[0] ?? -1;
    const at = group.after[0];
    key[0][k] = at ?? (firstBefore > 0 ? anchorBefore[firstBefore - 1]! : -1);
    key[1][k] = at === undefined ? 1 : 0;
    key[2][k] = firstBefore;
  }
  const order = sortedIndexes(n, key, byReadingKey);
  const out = new Array<Change>(n);
  for (let k = 0; k < n; k++) out[k] = placed[order[k]!]!.change;
  return out;
}

/** By after index (or anchor), then dropped after kept, then first before index. */
function byReadingKey(key: readonly [Int32Array, Int32Array, Int32Array], x: number, y: number): number {
  return key[0][x]! - key[0][y]! || key[1][x]! - key[1][y]! || key[2][x]! - key[2][y]!;
}

function summarize(changes: readonly Change[]): ComparisonSummary {
  const summary: ComparisonSummary = { unchanged: 0, reworded: 0, new: 0, dropped: 0, split: 0, merged: 0, moved: 0, substantive: 0 };
  for (const c of changes) {
    summary[c.type]++;
    if (c.moved) summary.moved++;
    if (c.significance === 'substantive') summary.substantive++;
  }
  return summary;
}
