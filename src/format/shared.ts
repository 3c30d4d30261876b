import type { Change, ChangeType, Comparison, ComparisonSummary, Edit, Readout, Statement } from '../types.js';

/**
 * What the reports share: the marks and names of change types, section grouping, the two sides
 * of a rewording's word-level edits. Kept apart so that Markdown and HTML say the same thing the
 * same way; nothing here is exported from the package.
 */

/**
 * The one-character mark of each change type, the same in every report (`=` `~` `+` `-`).
 *
 * @example
 * CHANGE_MARK.reworded //=> '~'
 */
export const CHANGE_MARK: Record<ChangeType, string> = {
  unchanged: '=',
  reworded: '~',
  split: '<',
  merged: '>',
  new: '+',
  dropped: '-',
};

/**
 * The word a reader sees for each change type, capitalised for labels.
 *
 * @example
 * CHANGE_LABEL.dropped //=> 'Dropped'
 */
export const CHANGE_LABEL: Record<ChangeType, string> = {
  unchanged: 'Unchanged',
  reworded: 'Reworded',
  split: 'Split',
  merged: 'Merged',
  new: 'New',
  dropped: 'Dropped',
};

/**
 * The counts of the summary in the order the reports show them, with their labels and marks.
 *
 * @example
 * SUMMARY_FIELDS.map((field) => field.key).slice(0, 4) //=> ['unchanged', 'reworded', 'new', 'dropped']
 */
export const SUMMARY_FIELDS: ReadonlyArray<{ key: keyof ComparisonSummary; label: string; mark: string }> = [
  { key: 'unchanged', label: 'Unchanged', mark: '=' },
  { key: 'reworded', label: 'Reworded', mark: '~' },
  { key: 'new', label: 'New', mark: '+' },
  { key: 'dropped', label: 'Dropped', mark: '-' },
  { key: 'split', label: 'Split', mark: '<' },
  { key: 'merged', label: 'Merged', mark: '>' },
  { key: 'moved', label: 'Moved', mark: '^' },
  { key: 'substantive', label: 'Substantive', mark: '!' },
];

/** Which changes a report shows. */
export interface ChangeFilter {
  /** Hide cosmetic rewordings. */
  substantiveOnly?: boolean;
  /** Show unchanged positions (default true). */
  showUnchanged?: boolean;
}

/** The changes under one section heading, in the order of `comparison.changes`. */
export interface SectionGroup {
  /** "1. Regional affairs", or null for statements before any heading. */
  heading: string | null;
  changes: Change[];
}

/** Statement lookup by id for both sides of a comparison. */
export interface StatementIndex {
  before: Map<string, Statement>;
  after: Map<string, Statement>;
}

/**
 * Statements of both readouts by id.
 *
 * @example
 * indexStatements(comparison).before.get('s1')?.text //=> 'On June 1, Defense Minister Hamada ...'
 */
export function indexStatements(comparison: Comparison): StatementIndex {
  return { before: byId(comparison.before), after: byId(comparison.after) };
}

function byId(readout: Readout): Map<string, Statement> {
  return new Map(readout.statements.map((statement) => [statement.id, statement]));
}

/**
 * True when the filter lets the change through.
 *
 * @example
 * isShown({ ...change, significance: 'cosmetic' }, { substantiveOnly: true }) //=> false
 */
function isShown(change: Change, filter: ChangeFilter = {}): boolean {
  if (filter.substantiveOnly && change.significance === 'cosmetic') return false;
  if (filter.showUnchanged === false && change.type === 'unchanged') return false;
  return true;
}

/**
 * Consecutive changes grouped by the section they sit in. A change belongs to the section of its
 * first after-statement, or of its first before-statement when it has none (dropped): the report
 * follows the after readout and puts what was dropped where it used to be. A heading may come
 * back when dropped and kept positions alternate between differently named sections.
 *
 * @example
 * groupBySection(comparison, indexStatements(comparison)).map((group) => group.heading)
 * //=> [null, '1. Regional affairs', '2. Bilateral Defense Cooperation', ...]
 */
export function groupBySection(comparison: Comparison, index: StatementIndex, filter: ChangeFilter = {}): SectionGroup[] {
  const groups: SectionGroup[] = [];
  for (const change of comparison.changes) {
    if (!isShown(change, filter)) continue;
    const heading = changeSection(comparison, index, change);
    const last = groups.at(-1);
    if (last && last.heading === heading) last.changes.push(change);
    else groups.push({ heading, changes: [change] });
  }
  return groups;
}

function changeSection(comparison: Comparison, index: StatementIndex, change: Change): string | null {
  const afterId = change.after[0];
  if (afterId !== undefined) {
    const statement = index.after.get(afterId);
    if (statement) return sectionHeading(comparison.after, statement);
  }
  const beforeId = change.before[0];
  const statement = beforeId === undefined ? undefined : index.before.get(beforeId);
  return statement ? sectionHeading(comparison.before, statement) : null;
}

/**
 * The heading of a statement's section as written, or null when it has none.
 *
 * @example
 * sectionHeading(readout, readout.statements[2]) //=> '1. Regional affairs'
 */
export function sectionHeading(readout: Readout, statement: Statement): string | null {
  const section = readout.sections[statement.section];
  if (!section || section.heading === null) return null;
  return section.number ? `${section.number}. ${section.heading}` : section.heading;
}

/**
 * The texts of statements by id, joined by a space; an unknown id stands for itself.
 *
 * @example
 * joinStatementTexts(['s5', 's6'], index.after) //=> 'The Ministers confirmed ... order. The Ministers confirmed ...'
 */
export function joinStatementTexts(ids: readonly string[], statements: Map<string, Statement>): string {
  return ids.map((id) => statements.get(id)?.text ?? id).join(' ');
}

/** One run of text on one side of a rewording: kept as it was, or removed / added. */
export interface Segment {
  text: string;
  changed: boolean;
}

/**
 * The two sides of a change as runs of text: the before side is the kept and removed words, the
 * after side the kept and added words. Changes without word-level edits (new, dropped,
 * unchanged, or an engine that left `edits` empty) show their statements' texts whole.
 *
 * @example
 * changeSides(reworded, index).after
 * //=> [{ text: 'The Ministers ', changed: false }, { text: 'reaffirmed', changed: true }, ...]
 */
export function changeSides(change: Change, index: StatementIndex): { before: Segment[]; after: Segment[] } {
  const beforeText = joinStatementTexts(change.before, index.before);
  const afterText = joinStatementTexts(change.after, index.after);
  // A whole new or dropped statement is not marked word by word: the change type says it all.
  const whole = (text: string): Segment[] => (text === '' ? [] : [{ text, changed: false }]);
  if (change.type === 'new' || change.type === 'dropped' || change.type === 'unchanged' || change.edits.length === 0) {
    return { before: whole(beforeText), after: whole(afterText) };
  }
  return {
    before: onto(sideOfEdits(change.edits, 'removed'), beforeText),
    after: onto(sideOfEdits(change.edits, 'added'), afterText),
  };
}

/**
 * The segments laid onto the source text, so that a side shows exactly what the readout says.
 * jsdiff's `diffWords` may move a space between tokens (its edits can rebuild "partners ." from
 * "partners."): the letters must agree one for one, the spaces are taken from the source. When
 * the letters disagree the side is shown whole and unmarked rather than wrong.
 *
 * @example
 * onto([{ text: 'partners .', changed: false }], 'partners.') //=> [{ text: 'partners.', changed: false }]
 */
export function onto(segments: readonly Segment[], source: string): Segment[] {
  if (segments.map((segment) => segment.text).join('') === source) return [...segments];
  const out: Segment[] = [];
  let at = 0;
  for (const segment of segments) {
    let text = '';
    for (const char of segment.text) {
      if (/\s/u.test(char)) continue;
      while (at < source.length && /\s/u.test(source[at]!)) text += source[at++];
      if (!source.startsWith(char, at)) return source === '' ? [] : [{ text: source, changed: false }];
      text += char;
      at += char.length;
    }
    const last = out.at(-1);
    if (text === '') continue;
    if (last && last.changed === segment.changed) last.text += text;
    else out.push({ text, changed: segment.changed });
  }
  const rest = source.slice(at);
  if (/\S/u.test(rest) || out.length === 0) return source === '' ? [] : [{ text: source, changed: false }];
  out.at(-1)!.text += rest;
  return out;
}

function sideOfEdits(edits: readonly Edit[], side: 'removed' | 'added'): Segment[] {
  const segments: Segment[] = [];
  for (const edit of edits) {
    const other = side === 'removed' ? edit.added : edit.removed;
    if (other || edit.value === '') continue;
    const changed = edit[side];
    const last = segments.at(-1);
    // Adjacent runs of the same kind read as one (jsdiff may leave two removals side by side).
    if (last && last.changed === changed) last.text += edit.value;
    else segments.push({ text: edit.value, changed });
  }
  return segments;
}

/**
 * "Title, 2023-06-01" for a readout, "(untitled)" when it has neither.
 *
 * @example
 * readoutLabel(readout) //=> 'Japan-U.S. Defense Ministerial Meeting (Summary), 2023-06-01'
 */
export function readoutLabel(readout: Readout): string {
  return [readout.title ?? '(untitled)', readout.date].filter(Boolean).join(', ');
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * An ISO date as people write it, the same whatever the machine's locale; other text as it is.
 *
 * @example
 * readableDate('2023-06-01') //=> '1 June 2023'
 */
export function readableDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || month === undefined) return date;
  return `${Number(match[3])} ${month} ${match[1]}`;
}

/**
 * Whether a source may become a link: only plain http(s) addresses, never `javascript:` and the like.
 *
 * @example
 * isWebAddress('javascript:alert(1)') //=> false
 */
export function isWebAddress(source: string): boolean {
  return /^https?:\/\/[^\s<>"'`]+$/i.test(source);
}

/** C0 controls but tab and line feed, DEL, and the C1 controls: what a terminal would act on. */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/**
 * Text from a readout made safe for a terminal: each control character (ESC, BEL, CR ...) shown
 * as its Unicode control picture ("␛"), so a readout cannot clear the screen, set the window
 * title or colour the report. Tab and line feed stay as they are.
 *
 * @example
 * printable('The Ministers \u001b[2Jagreed.') //=> 'The Ministers ␛[2Jagreed.'
 */
export function printable(text: string): string {
  return text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    return code === 0x7f ? '\u2421' : '\uFFFD';
  });
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text for HTML, in element content and attribute values alike: every piece of input text in the
 * HTML reports goes through here.
 *
 * @example
 * escapeHtml('<img src=x onerror="alert(1)">') //=> '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);
}
