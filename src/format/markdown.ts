import type { Change, Comparison, Edit, Readout } from '../types.js';
import {
  CHANGE_LABEL,
  CHANGE_MARK,
  SUMMARY_FIELDS,
  groupBySection,
  indexStatements,
  isWebAddress,
  joinStatementTexts,
  readableDate,
  type StatementIndex,
} from './shared.js';
import { describeShift } from './text.js';

/** Options for the Markdown report. */
export interface MarkdownFormatOptions {
  /** Hide cosmetic rewordings (case, punctuation, an equal-strength synonym). */
  substantiveOnly?: boolean;
}

/**
 * The Markdown report, ready to paste into an issue or an article: the two readouts, a table of
 * counts, then the changes by section (unchanged positions are counted, listed only when moved).
 *
 * @example
 * formatComparisonMarkdown(compareReadouts(before, after)).split('\n')[0]
 * //=> '## Readout comparison: 1 June 2023 → 4 October 2023'
 */
export function formatComparisonMarkdown(comparison: Comparison, options: MarkdownFormatOptions = {}): string {
  const { before, after, summary } = comparison;
  const lines: string[] = [`## ${escapeMarkdown(headline(before, after))}`, ''];
  lines.push(...readoutTable(before, after), '');
  lines.push(
    `| ${SUMMARY_FIELDS.map((field) => field.label).join(' | ')} |`,
    `|${SUMMARY_FIELDS.map(() => ' ---: |').join('')}`,
    `| ${SUMMARY_FIELDS.map((field) => String(summary[field.key])).join(' | ')} |`,
  );
  const index = indexStatements(comparison);
  const listed = (change: Change): boolean => change.type !== 'unchanged' || change.moved;
  const groups = groupBySection(comparison, index, { substantiveOnly: options.substantiveOnly }).map((group) => ({
    heading: group.heading,
    changes: group.changes.filter(listed),
  }));
  // Filtering inside groups can leave two groups of the same heading next to each other.
  const merged = groups.filter((group) => group.changes.length > 0);
  for (let i = merged.length - 1; i > 0; i--) {
    if (merged[i]!.heading === merged[i - 1]!.heading) merged[i - 1]!.changes.push(...merged.splice(i, 1)[0]!.changes);
  }
  if (merged.length === 0) {
    lines.push('', options.substantiveOnly ? 'No substantive changes.' : 'No changes: every position is unchanged.');
  }
  for (const group of merged) {
    lines.push('', `### ${escapeMarkdown(group.heading ?? 'Before the first heading')}`, '');
    for (const change of group.changes) {
      lines.push(`- ${changeLabel(change)}: ${changeLine(change, index)}`);
      for (const shift of change.shifts) lines.push(`  - ${escapeMarkdown(describeShift(shift))}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function headline(before: Readout, after: Readout): string {
  if (before.date && after.date) return `Readout comparison: ${readableDate(before.date)} → ${readableDate(after.date)}`;
  return 'Readout comparison';
}

function readoutTable(before: Readout, after: Readout): string[] {
  const rows: string[] = ['| | Before | After |', '| --- | --- | --- |'];
  const cell = (value: string | null): string | null => (value === null ? null : escapeMarkdown(value));
  // A row only for what at least one readout states; the other side's cell stays empty.
  const row = (label: string, pick: (readout: Readout) => string | null): void => {
    const values = [pick(before), pick(after)];
    if (values.some((value) => value !== null)) rows.push(`| ${label} | ${values.map((value) => value ?? '').join(' | ')} |`);
  };
  row('Title', (readout) => cell(readout.title));
  row('Date', (readout) => (readout.date === null ? null : cell(readableDate(readout.date))));
  row('Issuer', (readout) => cell(readout.issuer));
  row('Source', (readout) => (readout.source === null ? null : sourceLink(readout.source)));
  return rows;
}

// A link only for a plain web address, in the angle-bracket form so that parentheses in it are
// safe; anything else (a `javascript:` source included) stays text.
function sourceLink(source: string): string {
  if (!isWebAddress(source)) return escapeMarkdown(source);
  const host = new URL(source).hostname.replace(/^www\./, '');
  return `[${escapeMarkdown(host)}](<${source.replace(/\|/g, '%7C')}>)`;
}

function changeLabel(change: Change): string {
  // Significance tells rewordings apart; a new or dropped position is substantive by nature.
  const rewording = change.type === 'reworded' || change.type === 'split' || change.type === 'merged';
  const notes = [rewording && change.significance !== 'none' ? change.significance : null, change.moved ? 'moved' : null].filter(Boolean);
  const label = `**${CHANGE_MARK[change.type]} ${CHANGE_LABEL[change.type]}**`;
  return notes.length > 0 ? `${label} (${notes.join(', ')})` : label;
}

function changeLine(change: Change, index: StatementIndex): string {
  const beforeText = joinStatementTexts(change.before, index.before);
  const afterText = joinStatementTexts(change.after, index.after);
  if (change.type === 'new' || change.type === 'unchanged') return escapeMarkdown(collapse(afterText));
  if (change.type === 'dropped') return escapeMarkdown(collapse(beforeText));
  if (change.edits.length === 0) return `${escapeMarkdown(collapse(beforeText))} → ${escapeMarkdown(collapse(afterText))}`;
  return inlineEdits(change.edits);
}

interface Run {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/**
 * Word-level edits as one line: ~~removed~~ **added**. A delimiter only works where CommonMark
 * lets it open and close (`Russia**’s**` would print its asterisks), so such a run falls back
 * to `<del>`/`<ins>`, which GitHub and most renderers show the same way.
 */
function inlineEdits(edits: readonly Edit[]): string {
  const runs: Run[] = [];
  for (const edit of edits) {
    const kind = edit.added ? 'added' : edit.removed ? 'removed' : 'same';
    const text = collapse(edit.value);
    if (text === '') continue;
    const last = runs.at(-1);
    if (last && last.kind === kind) last.text += text;
    else {
      // "~~reconfirmed~~ **reaffirmed**": a replacement reads as two words, not one.
      if (last && last.kind === 'removed' && kind === 'added' && !/\s$/.test(last.text) && !/^\s/.test(text)) runs.push({ kind: 'same', text: ' ' });
      runs.push({ kind, text });
    }
  }
  const pieces = runs.map((run) => ({ ...run, text: escapeMarkdown(run.text) }));
  let out = '';
  pieces.forEach((piece, i) => {
    if (piece.kind === 'same') {
      out += piece.text;
      return;
    }
    const [, lead = '', core = '', trail = ''] = /^(\s*)(.*?)(\s*)$/s.exec(piece.text) ?? [];
    if (core === '') {
      out += piece.text;
      return;
    }
    const following = pieces[i + 1];
    // The character after the run: whitespace ends the line; a marked run opens with punctuation.
    const next = trail !== '' ? ' ' : following === undefined ? '' : following.kind === 'same' ? following.text.charAt(0) : '*';
    const prev = lead !== '' ? ' ' : out.slice(-1);
    const [open, close, tag] = piece.kind === 'removed' ? ['~~', '~~', 'del'] : ['**', '**', 'ins'];
    out += lead;
    out += canOpen(prev, core.charAt(0)) && canClose(core.slice(-1), next) ? `${open}${core}${close}` : `<${tag}>${core}</${tag}>`;
    out += trail;
  });
  return out;
}

const isSpace = (char: string): boolean => char === '' || /\s/u.test(char);
const isPunctuation = (char: string): boolean => /[\p{P}\p{S}]/u.test(char);

// CommonMark's left-flanking rule: not followed by whitespace, and not followed by punctuation
// unless preceded by whitespace or punctuation.
function canOpen(prev: string, first: string): boolean {
  return !isSpace(first) && (!isPunctuation(first) || isSpace(prev) || isPunctuation(prev));
}

function canClose(last: string, next: string): boolean {
  return !isSpace(last) && (!isPunctuation(last) || isSpace(next) || isPunctuation(next));
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/**
 * Text made inert for Markdown: every character that can start emphasis, code, a link, HTML, an
 * entity, a table cell, strikethrough, math or a heading is backslash-escaped, and line breaks are
 * folded to spaces so that input cannot start a block of its own.
 *
 * @example
 * escapeMarkdown('a *b* | <i>')
 * //=> 'a \\*b\\* \\| \\<i\\>'
 */
export function escapeMarkdown(text: string): string {
  return collapse(text).replace(/[\\`*_[\]<>|~&#$]/g, '\\$&');
}
