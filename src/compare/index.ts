import { ReadoutError } from '../errors.js';
import { parseReadout } from '../parse/index.js';
import type { Change, Comparison, ComparisonSummary, Readout, Statement, StatementKind } from '../types.js';
import { alignStatements } from './align.js';
import type { Group } from './align.js';
import { changeFor } from './classify.js';
import { outOfOrder, sectionChange } from './moves.js';
import { resolveCompareOptions } from './options.js';
import type { CompareOptions } from './options.js';
import { prepareBoth } from './prepare.js';
import type { Prepared } from './prepare.js';

export { DEFAULT_COMPARE_OPTIONS, resolveCompareOptions } from './options.js';
export type { CompareOptions, ResolvedCompareOptions } from './options.js';

function toReadout(input: Readout | string, side: string): Readout {
  if (typeof input === 'string') return parseReadout(input);
  if (input !== null && typeof input === 'object' && Array.isArray((input as Readout).statements)) return input;
  throw new ReadoutError('INVALID_INPUT', `${side} must be a readout text or a parsed Readout`);
}

/**
 * Aligns the statements of one kind only: positions with positions, and the meeting's context
 * ("On June 1, ... held discussions") with context, so a preamble never pairs with a position.
 */
function alignKind(before: Prepared[], after: Prepared[], kind: StatementKind, options: ReturnType<typeof resolveCompareOptions>): Group[] {
  const bi = before.flatMap((p, i) => (p.statement.kind === kind ? [i] : []));
  const ai = after.flatMap((p, i) => (p.statement.kind === kind ? [i] : []));
  const groups = alignStatements(
    bi.map((i) => before[i]!),
    ai.map((i) => after[i]!),
    options,
    { mutualBest: true },
  );
  return groups.map((g) => ({ ...g, before: g.before.map((i) => bi[i]!), after: g.after.map((i) => ai[i]!) }));
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
  const moved = outOfOrder(positions, b.statements.length, a.statements.length).map(
    (outOfPlace, i) => outOfPlace || otherSection(positions[i]!),
  );

  const pick = (readout: Readout, indexes: readonly number[]): Statement[] => indexes.map((i) => readout.statements[i]!);
  const changes: Change[] = [
    ...positions.map((g, i) => changeFor(pick(b, g.before), pick(a, g.after), g.similarity, moved[i] ?? false)),
    ...context.map((g) => changeFor(pick(b, g.before), pick(a, g.after), g.similarity, false)),
  ];
  const taken = { before: new Set(changes.flatMap((c) => c.before)), after: new Set(changes.flatMap((c) => c.after)) };
  for (const s of b.statements) if (!taken.before.has(s.id)) changes.push(changeFor([s], [], 0, false));
  for (const s of a.statements) if (!taken.after.has(s.id)) changes.push(changeFor([], [s], 0, false));

  const ordered = inReadingOrder(changes, b, a);
  return { schemaVersion: 1, before: b, after: a, changes: ordered, summary: summarize(ordered) };
}

/**
 * Orders changes as a reader of the after readout meets them, each dropped statement right after
 * the change that holds its nearest preceding before statement.
 */
function inReadingOrder(changes: Change[], before: Readout, after: Readout): Change[] {
  const beforeIndex = new Map(before.statements.map((s) => [s.id, s.index]));
  const afterIndex = new Map(after.statements.map((s) => [s.id, s.index]));
  const anchorOf = new Map<number, number>(); // before index → first after index of its change
  for (const c of changes) {
    const at = afterIndex.get(c.after[0] ?? '');
    if (at !== undefined) for (const id of c.before) anchorOf.set(beforeIndex.get(id) ?? -1, at);
  }
  const key = (c: Change): [number, number, number] => {
    const firstBefore = beforeIndex.get(c.before[0] ?? '') ?? -1;
    const at = afterIndex.get(c.after[0] ?? '');
    if (at !== undefined) return [at, 0, firstBefore];
    let anchor = -1;
    for (let i = firstBefore - 1; i >= 0; i--) {
      const found = anchorOf.get(i);
      if (found !== undefined) {
        anchor = found;
        break;
      }
    }
    return [anchor, 1, firstBefore];
  };
  return changes
    .map((c) => ({ c, k: key(c) }))
    .sort((x, y) => x.k[0] - y.k[0] || x.k[1] - y.k[1] || x.k[2] - y.k[2])
    .map((x) => x.c);
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
