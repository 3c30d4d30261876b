import type { Change, Comparison, Shift } from '../../src/types.js';

/** `verb: stronger (confirmed → reaffirmed)`, `term: neutral (including nuclear capabilities → ∅)`. */
function shiftText(s: Shift): string {
  return `${s.kind}: ${s.direction} (${s.from ?? '∅'} → ${s.to ?? '∅'})`;
}

/** The edits inline: `[-removed-]{+added+}`, whitespace collapsed so each change fits one line. */
function inline(change: Change): string {
  return change.edits
    .map((e) => (e.removed ? `[-${e.value}-]` : e.added ? `{+${e.value}+}` : e.value))
    .join('')
    .replace(/\s+/g, ' ');
}

/**
 * The compact text report the fixture cases assert through (as jsdiff's tests assert
 * `convertChangesToXML`): one line per change, `=` unchanged, `~` reworded/split/merged with its
 * shifts, `-` dropped, `+` new.
 */
export function compactReport(comparison: Comparison): string {
  const text = (side: 'before' | 'after', id: string): string =>
    comparison[side].statements.find((s) => s.id === id)?.text.replace(/\s+/g, ' ') ?? id;
  return comparison.changes
    .map((c) => {
      const moved = c.moved ? ' (moved)' : '';
      switch (c.type) {
        case 'unchanged':
          return `= ${text('after', c.after[0] ?? '')}${moved}`;
        case 'new':
          return `+ ${c.after.map((id) => text('after', id)).join(' ')}`;
        case 'dropped':
          return `- ${c.before.map((id) => text('before', id)).join(' ')}`;
        default: {
          const tag = c.type === 'reworded' ? '' : `[${c.type} ${c.before.length}→${c.after.length}] `;
          const shifts = c.shifts.map(shiftText).join('; ');
          return `~ ${tag}${inline(c)}${moved}   ${c.significance}${shifts ? `; ${shifts}` : ''}`;
        }
      }
    })
    .join('\n')
    .concat('\n');
}
