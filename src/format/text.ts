import type { Change, Comparison, Shift } from '../types.js';
import {
  CHANGE_MARK,
  groupBySection,
  indexStatements,
  joinStatementTexts,
  printable,
  readoutLabel,
  type ChangeFilter,
  type StatementIndex,
} from './shared.js';

/** Options for the text report. */
export interface TextFormatOptions extends ChangeFilter {
  /** ANSI colours for a terminal: removed and dropped red, added and new green, reworded yellow. */
  color?: boolean;
}

const ANSI = { red: '\u001b[31m', green: '\u001b[32m', yellow: '\u001b[33m', dim: '\u001b[2m', bold: '\u001b[1m', reset: '\u001b[0m' };

type Paint = (style: keyof typeof ANSI, text: string) => string;

const TYPE_STYLE: Record<Change['type'], keyof typeof ANSI> = {
  unchanged: 'dim',
  reworded: 'yellow',
  split: 'yellow',
  merged: 'yellow',
  new: 'green',
  dropped: 'red',
};

/**
 * One shift in words, e.g. "verb: confirmed → reaffirmed, stronger" or
 * "term removed: including nuclear capabilities".
 *
 * @example
 * describeShift({ kind: 'verb', from: 'confirmed', to: 'reaffirmed', direction: 'stronger' })
 * //=> 'verb: confirmed → reaffirmed, stronger'
 */
export function describeShift(shift: Shift): string {
  const direction = shift.direction === 'neutral' ? '' : `, ${shift.direction}`;
  if (shift.from !== null && shift.to !== null) return `${shift.kind}: ${shift.from} → ${shift.to}${direction}`;
  if (shift.to !== null) return `${shift.kind} added: ${shift.to}${direction}`;
  return `${shift.kind} removed: ${shift.from ?? ''}${direction}`;
}

/**
 * The compact text report: the two readouts, a line of counts, then each change by section,
 * marked `=` unchanged, `~` reworded (with `[-removed-]{+added+}` words inline), `<` split,
 * `>` merged, `+` new and `-` dropped (`^` after the mark when it moved), with its shifts
 * spelled out below.
 *
 * @example
 * formatComparisonText(compareReadouts(referenceReadout(), referenceReadout())).split('\n')[1]
 * //=> 'unchanged 24 · reworded 0 · new 0 · dropped 0 · split 0 · merged 0 · moved 0'
 */
export function formatComparisonText(comparison: Comparison, options: TextFormatOptions = {}): string {
  const paint: Paint = options.color ? (style, text) => `${ANSI[style]}${text}${ANSI.reset}` : (_style, text) => text;
  const { before, after, summary } = comparison;
  const lines: string[] = [paint('bold', printable(`${readoutLabel(before)} → ${readoutLabel(after)}`))];
  lines.push(
    `unchanged ${summary.unchanged} · reworded ${summary.reworded} · new ${summary.new} · dropped ${summary.dropped} · split ${summary.split} · merged ${summary.merged} · moved ${summary.moved}`,
  );
  const index = indexStatements(comparison);
  for (const group of groupBySection(comparison, index, options)) {
    lines.push('', paint('bold', printable(group.heading ?? '(before any heading)')));
    for (const change of group.changes) {
      const mark = `${CHANGE_MARK[change.type]}${change.moved ? '^' : ' '}`;
      lines.push(`${paint(TYPE_STYLE[change.type], mark)} ${changeText(change, index, paint)}`);
      for (const shift of change.shifts) lines.push(paint('dim', `    ${printable(describeShift(shift))}`));
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The change's words, every piece of readout text passed through `printable` before colouring. */
function changeText(change: Change, index: StatementIndex, paint: Paint): string {
  if (change.type === 'new') return paint('green', printable(joinStatementTexts(change.after, index.after)));
  if (change.type === 'dropped') return paint('red', printable(joinStatementTexts(change.before, index.before)));
  if (change.type === 'unchanged' || change.edits.length === 0) return printable(joinStatementTexts(change.after, index.after));
  return change.edits
    .map((edit) => {
      const value = printable(edit.value);
      return edit.added ? paint('green', `{+${value}+}`) : edit.removed ? paint('red', `[-${value}-]`) : value;
    })
    .join('');
}
