import type { Change, Comparison, Readout, Shift, Statement } from '../types.js';
import { FILTER_SCRIPT } from './html-script.js';
import { htmlPage } from './html-page.js';
import { REPORT_CSS } from './html-style.js';
import {
  CHANGE_LABEL,
  CHANGE_MARK,
  SUMMARY_FIELDS,
  changeSides,
  escapeHtml,
  groupBySection,
  indexStatements,
  isWebAddress,
  readableDate,
  sectionHeading,
  type Segment,
  type StatementIndex,
} from './shared.js';
import { describeShift } from './text.js';

/** Options for the HTML report. */
export interface HtmlFormatOptions {
  /** The page's heading and title; by default the after readout's title. */
  title?: string;
  /**
   * Open with "Only substantive changes" ticked. The rows stay in the file: a reader can untick
   * the box, and print and script-less views show every row. (The CLI's `--substantive` instead
   * leaves cosmetic changes out of the comparison before any report is made.)
   */
  substantiveOnly?: boolean;
  /** Open with "Hide unchanged" ticked. */
  hideUnchanged?: boolean;
}

// Nothing may be fetched: no fonts, images, frames or connections; only the inline style and the
// one inline script whose hash is listed; no <base>, no form submission.

const SHIFT_ICON: Record<Shift['direction'], string> = { stronger: '▲', weaker: '▼', neutral: '●' };

/**
 * The HTML report: one self-contained page (inline style, one hashed inline script for the
 * filters, no network) with both readouts side by side in aligned rows, word-level highlighting,
 * shift badges, summary counts and filters; every piece of input text is escaped.
 *
 * @example
 * formatComparisonHtml(compareReadouts(before, after), { title: 'DMM 2023' }).slice(0, 15)
 * //=> '<!doctype html>'
 */
export function formatComparisonHtml(comparison: Comparison, options: HtmlFormatOptions = {}): string {
  const { before, after } = comparison;
  const title = options.title ?? after.title ?? before.title ?? 'Readout comparison';
  const index = indexStatements(comparison);
  const groups = groupBySection(comparison, index);
  const body = groups
    .map((group) => {
      const heading = group.heading ?? 'Before the first heading';
      const rows = group.changes.map((change) => changeRow(change, index, comparison));
      return `<tbody class="group">\n<tr class="section-row"><th scope="rowgroup" colspan="3">${escapeHtml(heading)}</th></tr>\n${rows.join('\n')}\n</tbody>`;
    })
    .join('\n');
  const table =
    comparison.changes.length === 0
      ? '<p class="empty">Neither readout has any statements to compare.</p>'
      : `<table class="diff">
<caption class="visually-hidden">Statements of both readouts side by side, one row per change, grouped by section</caption>
<colgroup><col class="col-change"><col class="col-before"><col class="col-after"></colgroup>
<thead><tr><th scope="col">Change</th><th scope="col">${escapeHtml(columnLabel('Before', before))}</th><th scope="col">${escapeHtml(columnLabel('After', after))}</th></tr></thead>
${body}
</table>`;
  return htmlPage({
    title: `${title} · readout comparison`,
    style: REPORT_CSS,
    script: FILTER_SCRIPT,
    main: `<header>
<p class="eyebrow">Readout comparison</p>
<h1>${escapeHtml(title)}</h1>
<div class="readouts">
${readoutCard('before', 'Before', before)}
<div class="arrow" aria-hidden="true">→</div>
${readoutCard('after', 'After', after)}
</div>
</header>
<section class="summary" aria-labelledby="summary-heading">
<h2 id="summary-heading" class="visually-hidden">Summary</h2>
${summaryList(comparison)}
</section>
<form class="filters" id="filters" aria-label="Filters">
<label><input type="checkbox" id="hide-unchanged" name="hide-unchanged"${options.hideUnchanged ? ' checked' : ''}> Hide unchanged</label>
<label><input type="checkbox" id="only-substantive" name="only-substantive"${options.substantiveOnly ? ' checked' : ''}> Only substantive changes</label>
<output id="shown" for="hide-unchanged only-substantive" aria-live="polite"></output>
</form>
${table}
<footer>Made by readout-diff. Marks: = unchanged, ~ reworded, &lt; split, &gt; merged, + new, - dropped, ↕ moved; ▲ stronger, ▼ weaker.</footer>`,
  });
}

function columnLabel(side: string, readout: Readout): string {
  return readout.date ? `${side} · ${readableDate(readout.date)}` : side;
}

function readoutCard(id: string, label: string, readout: Readout): string {
  const facts: string[] = [];
  if (readout.date) facts.push(`<dt>Date</dt><dd><time datetime="${escapeHtml(readout.date)}">${escapeHtml(readableDate(readout.date))}</time></dd>`);
  if (readout.issuer) facts.push(`<dt>Issuer</dt><dd>${escapeHtml(readout.issuer)}</dd>`);
  if (readout.source) facts.push(`<dt>Source</dt><dd>${sourceHtml(readout.source)}</dd>`);
  const statements = readout.statements.length;
  facts.push(`<dt>Statements</dt><dd>${statements}</dd>`);
  return `<section class="readout readout-${id}" aria-labelledby="readout-${id}">
<h2 id="readout-${id}">${label}</h2>
<p class="readout-title">${readout.title === null ? '<span class="absent">untitled</span>' : escapeHtml(readout.title)}</p>
<dl>${facts.join('')}</dl>
</section>`;
}

// Only a plain web address becomes a link (opened by the reader, never fetched by the page); a
// `javascript:` or `data:` source is shown as text.
function sourceHtml(source: string): string {
  if (!isWebAddress(source)) return escapeHtml(source);
  return `<a href="${escapeHtml(source)}" rel="noreferrer noopener">${escapeHtml(source)}</a>`;
}

function summaryList(comparison: Comparison): string {
  const items = SUMMARY_FIELDS.map(({ key, label, mark }) => {
    const count = comparison.summary[key];
    const shownMark = key === 'moved' ? '↕' : key === 'substantive' ? '' : mark;
    const markHtml = shownMark === '' ? '' : `<span class="mark" aria-hidden="true">${escapeHtml(shownMark)}</span>`;
    return `<li class="count count-${key}${count === 0 ? ' is-zero' : ''}">${markHtml}<strong>${count}</strong> ${label.toLowerCase()}</li>`;
  });
  return `<ul class="counts">${items.join('')}</ul>`;
}

function changeRow(change: Change, index: StatementIndex, comparison: Comparison): string {
  const sides = changeSides(change, index);
  const statements = [
    ...change.before.map((id) => index.before.get(id)),
    ...change.after.map((id) => index.after.get(id)),
  ];
  const context = statements.length > 0 && statements.every((statement) => statement?.kind === 'context');
  const badges = [
    `<span class="badge badge-${change.type}"><span class="mark" aria-hidden="true">${escapeHtml(CHANGE_MARK[change.type])}</span>${CHANGE_LABEL[change.type]}</span>`,
  ];
  if (change.moved) badges.push('<span class="badge badge-moved"><span class="mark" aria-hidden="true">↕</span>Moved</span>');
  const notes: string[] = [];
  const rewording = change.type === 'reworded' || change.type === 'split' || change.type === 'merged';
  // Significance tells rewordings apart; a new or dropped position is substantive unless told otherwise.
  if (change.significance !== 'none' && (rewording || change.significance !== 'substantive')) {
    notes.push(`<span class="significance-${change.significance}">${change.significance}</span>`);
  }
  if (rewording) notes.push(`<span>similarity ${change.similarity.toFixed(2)}</span>`);
  if (change.moved) {
    const from = movedFrom(change, index, comparison);
    if (from !== null) notes.push(`<span>was in: ${escapeHtml(from)}</span>`);
  }
  if (context) notes.push('<span>context, not a position</span>');
  const shifts =
    change.shifts.length === 0
      ? ''
      : `<ul class="shifts" aria-label="Shifts">${change.shifts
          .map((shift) => `<li class="shift shift-${shift.direction}"><span class="dir" aria-hidden="true">${SHIFT_ICON[shift.direction]}</span>${escapeHtml(describeShift(shift))}</li>`)
          .join('')}</ul>`;
  return `<tr class="change is-${change.type}" data-type="${change.type}" data-significance="${change.significance}" data-moved="${change.moved}">
<th scope="row" class="kind"><span class="badges">${badges.join('')}</span>${notes.length > 0 ? `<span class="notes">${notes.join('')}</span>` : ''}</th>
<td class="side side-before">${sideHtml(change.before, sides.before, 'del', 'before')}</td>
<td class="side side-after">${sideHtml(change.after, sides.after, 'ins', 'after')}${shifts}</td>
</tr>`;
}

// The before section of a moved change, when it differs from where the report shows the change.
function movedFrom(change: Change, index: StatementIndex, comparison: Comparison): string | null {
  const first = (ids: readonly string[], statements: Map<string, Statement>): Statement | undefined =>
    ids[0] === undefined ? undefined : statements.get(ids[0]);
  const before = first(change.before, index.before);
  const after = first(change.after, index.after);
  if (!before || !after) return null;
  const was = sectionHeading(comparison.before, before);
  return was !== null && was !== sectionHeading(comparison.after, after) ? was : null;
}

function sideHtml(ids: readonly string[], segments: readonly Segment[], tag: 'del' | 'ins', side: string): string {
  if (segments.length === 0) return `<span class="absent">not in the ${side} readout</span>`;
  const text = segments
    .map((segment) => {
      if (!segment.changed) return escapeHtml(segment.text);
      // Spaces at the edges stay outside the mark, so a highlight never ends in a blank.
      const [, lead = '', core = '', trail = ''] = /^(\s*)(.*?)(\s*)$/s.exec(segment.text) ?? [];
      return core === '' ? escapeHtml(segment.text) : `${lead}<${tag}>${escapeHtml(core)}</${tag}>${trail}`;
    })
    .join('');
  return `<span class="sid">${escapeHtml(ids.join(' '))}</span><p>${text}</p>`;
}

