import type { OccurrenceChange, Position, Timeline } from '../types.js';
import { describeShift } from './text.js';
import { printable } from './shared.js';

/**
 * The mark of a position in a readout, in the text matrix.
 *
 * @example
 * OCCURRENCE_MARK.reinstated //=> '↺'
 */
const OCCURRENCE_MARK: Record<OccurrenceChange | 'absent', string> = {
  first: '●',
  unchanged: '=',
  reworded: '~',
  reinstated: '↺',
  absent: '·',
};

/** The words for an alert type, padded to one width in the text report. */
const ALERT_MARK: Record<string, string> = { missing: '- missing   ', new: '+ new       ', reworded: '~ reworded  ', reinstated: '↺ reinstated' };

/** Options for the text timeline. */
export interface TimelineTextOptions {
  /** Print every occurrence's wording under the matrix (default true). */
  wording?: boolean;
}

/**
 * The change of a position in each readout of the timeline ("absent" where it is not stated);
 * a readout that splits the position counts as its first occurrence there.
 *
 * @example
 * positionRow(trackPositions(mod2016to2024), timeline.positions[1]) //=> ['first', 'reworded', 'absent', 'absent', 'reinstated', ...]
 */
function positionRow(timeline: Timeline, position: Position): (OccurrenceChange | 'absent')[] {
  return timeline.readouts.map((r) => position.occurrences.find((o) => o.readout === r.id)?.change ?? 'absent');
}

/**
 * The compact text timeline: the readouts, the alerts about the latest one, a matrix of positions
 * by readout (● first, = unchanged, ~ reworded, ↺ reinstated, · absent), the recurring phrases
 * with their counts per readout, then each position's wording and shifts.
 *
 * @example
 * formatTimelineText(trackPositions(mod2016to2024)).split('\n')[0]
 * //=> 'Timeline of 10 readouts · 51 positions · 14 alerts'
 */
export function formatTimelineText(timeline: Timeline, options: TimelineTextOptions = {}): string {
  const { readouts, positions, phrases, alerts } = timeline;
  const lines: string[] = [`Timeline of ${readouts.length} readout${readouts.length === 1 ? '' : 's'} · ${positions.length} position${positions.length === 1 ? '' : 's'} · ${alerts.length} alert${alerts.length === 1 ? '' : 's'}`, ''];
  for (const r of readouts) lines.push(`${r.id.padEnd(4)} ${(r.date ?? 'no date').padEnd(10)}  ${oneLine(r.title ?? '(untitled)')}`);

  const latest = readouts.at(-1);
  if (latest && alerts.length > 0) {
    lines.push('', `Alerts for ${latest.id}${latest.date ? ` (${latest.date})` : ''}`);
    for (const a of alerts) lines.push(`  ${ALERT_MARK[a.type] ?? a.type} ${oneLine(a.message)}`);
  }

  const idWidth = Math.max(2, ...positions.map((p) => p.id.length));
  const cellWidth = Math.max(2, ...readouts.map((r) => r.id.length)) + 1;
  const labelWidth = 44;
  if (positions.length > 0) {
    lines.push('', `${'Positions'.padEnd(idWidth + labelWidth + 3)}${readouts.map((r) => r.id.padEnd(cellWidth)).join('')}`.trimEnd());
    for (const p of positions) {
      const marks = positionRow(timeline, p).map((c) => OCCURRENCE_MARK[c].padEnd(cellWidth)).join('');
      lines.push(`${p.id.padEnd(idWidth)}  ${clip(p.label, labelWidth).padEnd(labelWidth)} ${marks}`.trimEnd());
    }
    lines.push(`${' '.repeat(idWidth + 2)}● first  = unchanged  ~ reworded  ↺ reinstated  · absent`);
  }

  if (phrases.length > 0) {
    const phraseWidth = Math.min(48, Math.max(...phrases.map((p) => p.phrase.length)));
    lines.push('', `${'Phrases'.padEnd(phraseWidth + 2)}${readouts.map((r) => r.id.padEnd(cellWidth)).join('')}`.trimEnd());
    for (const p of phrases) {
      const counts = p.counts.map((c) => (c === 0 ? '·' : String(c)).padEnd(cellWidth)).join('');
      lines.push(`${clip(p.phrase, phraseWidth).padEnd(phraseWidth)}  ${counts}`.trimEnd());
    }
  }

  if (options.wording !== false) {
    for (const p of positions) {
      lines.push('', `${p.id}  ${p.label}  (${p.firstSeen}–${p.lastSeen}, ${p.status} in the latest readout)`);
      for (const o of p.occurrences) {
        lines.push(`  ${OCCURRENCE_MARK[o.change]} ${o.readout} ${o.statement}  ${oneLine(o.text)}`);
        for (const s of o.shifts) lines.push(`        ${describeShift(s)}`);
      }
    }
  }
  // Readout text may carry terminal control characters: shown, never acted on.
  return printable(`${lines.join('\n')}\n`);
}

/** Line breaks inside input text would break the layout: one line, spaces collapsed. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function clip(text: string, width: number): string {
  const line = oneLine(text);
  return line.length <= width ? line : `${line.slice(0, width - 1)}…`;
}
