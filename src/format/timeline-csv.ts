import type { Timeline } from '../types.js';
import { describeShift } from './text.js';

const HEADER = ['position', 'label', 'status', 'readout', 'date', 'title', 'change', 'statements', 'text', 'similarity', 'significance', 'shifts'];

/**
 * One CSV cell: a cell a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a
 * carriage return) gets a leading apostrophe, then a cell holding a comma, a quote or a line
 * break is quoted with its quotes doubled (RFC 4180).
 *
 * @example
 * csvCell('=HYPERLINK("x")') //=> '"\'=HYPERLINK(""x"")"'
 */
export function csvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The timeline as CSV for spreadsheets: a header, then one row per position and readout (in the
 * timeline's order), `change` being "absent" where the readout does not state the position;
 * rows end in CRLF as RFC 4180 asks.
 *
 * @example
 * formatTimelineCsv(timeline).split('\r\n')[0]
 * //=> 'position,label,status,readout,date,title,change,statements,text,similarity,significance,shifts'
 */
export function formatTimelineCsv(timeline: Timeline): string {
  const rows: (string | number | null)[][] = [HEADER];
  for (const p of timeline.positions) {
    for (const r of timeline.readouts) {
      const here = p.occurrences.filter((o) => o.readout === r.id);
      const first = here[0];
      rows.push([
        p.id,
        p.label,
        p.status,
        r.id,
        r.date,
        r.title,
        first ? first.change : 'absent',
        here.map((o) => o.statement).join(' '),
        here.map((o) => o.text).join(' '),
        first ? first.similarity : null,
        first ? first.significance : null,
        here.flatMap((o) => o.shifts.map(describeShift)).join('; '),
      ]);
    }
  }
  return rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}
