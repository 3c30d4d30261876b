/**
 * parseReadout: the whole parser as one pipeline —
 * front matter → header and blocks → sentences → statements.
 */
import { ReadoutError } from '../errors.js';
import type { MetadataLine, ParseOptions, Readout, Skipped, Statement } from '../types.js';
import { ITEM_MARKER, layoutBody } from './blocks.js';
import { readFrontMatter } from './front-matter.js';
import { toIsoDate } from './header.js';
import { compactText, normalizeText } from './normalize.js';
import { splitSentences } from './segment.js';
import { analyzeSentence } from './statements.js';

/**
 * The largest input parseReadout accepts, in UTF-16 code units (64 Mi, about 64 MB of English
 * text). Readouts are a few kilobytes; the limit keeps a wrong file from exhausting memory.
 */
export const MAX_INPUT_LENGTH = 64 * 1024 * 1024;

const FRONT_MATTER_FIELDS = new Set(['title', 'date', 'issuer', 'source']);
const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;
const SPACE = /\s/;
// A transcript's speaker label at the start of a paragraph: "STAFF:",
// "DEFENSE MINISTER HAMADA YASUKAZU (THROUGH TRANSLATOR):". Upper case only, bounded.
const SPEAKER_LABEL = /^[A-Z][A-Z0-9 .,'’&\-]{0,80}(?:\([A-Z0-9 .,'’&\-]{1,60}\))?[ \t]*:(?=\s)/;
// A pronoun actor that points back to the previous statement's actor.
const PLURAL_PRONOUN = /^they$/i;
const SINGULAR_PRONOUN = /^(?:he|she)$/i;

/**
 * A readout text parsed, or a parsed readout as given: what the comparison and the trackers take
 * for each readout. Anything else is a `ReadoutError('INVALID_INPUT')` naming the argument.
 *
 * @param name - the argument as the error names it ("before", "readout 3")
 * @example
 * toReadout('The Ministers met.', 'before').statements.length //=> 1
 */
export function toReadout(input: Readout | string, name: string): Readout {
  if (typeof input === 'string') return parseReadout(input);
  if (input !== null && typeof input === 'object' && Array.isArray((input as Readout).statements)) return input;
  throw new ReadoutError('INVALID_INPUT', `${name} must be a readout text or a parsed Readout`);
}

/**
 * Parse a readout into sentence-level statements, sections and metadata, losing no character:
 * every non-whitespace character of `text` lies in exactly one statement, heading, metadata line
 * or skipped span, and every offset is a UTF-16 offset into `text` as given.
 *
 * @param text The readout, optionally with a YAML front-matter block.
 * @param options Fields that override what the text states, and how to read it.
 * @returns The parsed readout.
 * @throws ReadoutError 'INVALID_INPUT' (not a string), 'INPUT_TOO_LARGE' (over MAX_INPUT_LENGTH),
 *   'INVALID_FRONT_MATTER' (a YAML block that is not a mapping), 'INVALID_OPTION'.
 * @example
 * const r = parseReadout('Meeting (Summary)\n\nJune 1, 2023\n\nThe Ministers reaffirmed the Alliance. They welcomed it.');
 * r.date //=> '2023-06-01'
 * r.statements.map((s) => [s.actor, s.verb])
 * //=> [['The Ministers', 'reaffirm'], ['The Ministers', 'welcome']]
 */
export function parseReadout(text: string, options: ParseOptions = {}): Readout {
  if (typeof text !== 'string') {
    throw new ReadoutError('INVALID_INPUT', `parseReadout expects the readout as a string, not ${describe(text)}.`);
  }
  if (text.length > MAX_INPUT_LENGTH) {
    throw new ReadoutError(
      'INPUT_TOO_LARGE',
      `The readout is ${text.length} characters long; parseReadout accepts at most ${MAX_INPUT_LENGTH}.`,
    );
  }
  const opts = checkOptions(options);

  const skipped: Skipped[] = [];
  const frontMatter = readFrontMatter(text);
  const fields = frontMatter?.fields ?? {};
  if (frontMatter) {
    skipped.push({ start: frontMatter.start, end: frontMatter.end, text: text.slice(frontMatter.start, frontMatter.end), reason: 'front-matter' });
  }
  const bodyStart = frontMatter?.bodyStart ?? 0;
  const markdown = opts.format === 'markdown' || (opts.format === 'auto' && /^#{1,6}[ \t]+\S/m.test(text.slice(bodyStart)));
  const layout = layoutBody(text, bodyStart, markdown);
  // No spread: a million skipped fragments would overflow the call stack.
  for (const span of layout.skipped) skipped.push(span);

  const statements: Statement[] = [];
  for (const run of layout.runs) {
    splitSentences(text, run.start, run.end).forEach(([spanStart, end], k) => {
      let start = spanStart;
      // "(1) Regarding North Korea, ...": the item marker is not part of the sentence.
      start = skipPrefix(text, start, end, ITEM_MARKER, 'item-marker', skipped);
      if (k === 0) start = skipPrefix(text, start, end, SPEAKER_LABEL, 'attribution', skipped);
      const sentence = text.slice(start, end);
      if (!HAS_WORD_CHAR.test(sentence)) {
        if (sentence.trim() !== '') skipped.push({ start, end, text: sentence, reason: 'fragment' });
        return;
      }
      const analysis = analyzeSentence(sentence);
      statements.push({
        id: `s${statements.length + 1}`,
        index: statements.length,
        text: sentence,
        start,
        end,
        section: run.section,
        paragraph: run.paragraph,
        kind: analysis.kind,
        normalized: compactText(normalizeText(sentence)),
        actor: resolveActor(analysis.actor, statements),
        verb: analysis.verb,
      });
    });
  }

  const meta: Record<string, string> = {};
  for (const [key, value] of Object.entries(fields)) if (!FRONT_MATTER_FIELDS.has(key)) meta[key] = value;
  const fieldDate = fields.date !== undefined ? toIsoDate(fields.date) : null;

  return {
    // Readouts that open with their attribution line have no title of their own: the front
    // matter's `meeting` names them better than nothing.
    title: opts.title ?? nonEmpty(fields.title) ?? layout.title ?? nonEmpty(fields.meeting),
    date: opts.date ?? fieldDate ?? layout.date,
    issuer: opts.issuer ?? nonEmpty(fields.issuer) ?? layout.issuer,
    source: opts.source ?? nonEmpty(fields.source) ?? null,
    meta,
    text,
    sections: layout.sections,
    statements,
    metadata: layout.metadata.sort(byStart),
    skipped: skipped.sort(byStart),
  };
}

function byStart(a: { start: number }, b: { start: number }): number {
  return a.start - b.start;
}

function nonEmpty(value: string | undefined): string | null {
  return value === undefined || value.trim() === '' ? null : value;
}

/** Move `start` past a prefix matching `pattern`, recording it as a skipped span. */
function skipPrefix(text: string, start: number, end: number, pattern: RegExp, reason: Skipped['reason'], skipped: Skipped[]): number {
  const head = text.slice(start, Math.min(end, start + 200));
  const match = pattern.exec(head);
  if (!match) return start;
  let next = start + match[0].length;
  while (next < end && SPACE.test(text[next] as string)) next += 1;
  // Keep the marker when nothing with letters or digits follows it: "1." alone is the sentence.
  if (!HAS_WORD_CHAR.test(text.slice(next, Math.min(end, next + 200)))) return start;
  skipped.push({ start, end: start + match[0].length, text: match[0], reason });
  return next;
}

/** "They confirmed ...": a pronoun actor stands for the previous statement's actor. */
function resolveActor(actor: string | null, previous: Statement[]): string | null {
  if (actor === null) return null;
  const plural = PLURAL_PRONOUN.test(actor);
  const singular = SINGULAR_PRONOUN.test(actor);
  if (!plural && !singular) return actor;
  for (let i = previous.length - 1; i >= 0 && i >= previous.length - 3; i -= 1) {
    const candidate = (previous[i] as Statement).actor;
    if (candidate === null) continue;
    // "He" does not stand for "The Ministers": skip plural actors for a singular pronoun.
    if (singular && isPlural(candidate)) continue;
    return candidate;
  }
  return actor;
}

function isPlural(actor: string): boolean {
  return /\band\b|^(?:both|the two|all)\b|(?:ministers|leaders|officials|sides|countries|nations|secretaries|governments|parties)$/i.test(actor);
}

interface CheckedOptions extends ParseOptions {
  format: 'auto' | 'text' | 'markdown';
}

function checkOptions(options: unknown): CheckedOptions {
  if (options === undefined || options === null) return { format: 'auto' };
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new ReadoutError('INVALID_OPTION', `parseReadout options must be an object, not ${describe(options)}.`);
  }
  const given = options as Record<string, unknown>;
  const checked: CheckedOptions = { format: 'auto' };
  for (const key of ['title', 'issuer', 'source'] as const) {
    const value = given[key];
    if (value === undefined) continue;
    if (typeof value !== 'string') throw new ReadoutError('INVALID_OPTION', `Option "${key}" must be a string, not ${describe(value)}.`);
    checked[key] = value;
  }
  if (given.date !== undefined) {
    const date = typeof given.date === 'string' ? toIsoDate(given.date) : null;
    if (date === null) {
      throw new ReadoutError('INVALID_OPTION', `Option "date" must be a date such as "2023-06-01", not ${describe(given.date)}.`);
    }
    checked.date = date;
  }
  if (given.format !== undefined) {
    if (given.format !== 'auto' && given.format !== 'text' && given.format !== 'markdown') {
      throw new ReadoutError('INVALID_OPTION', `Option "format" must be "auto", "text" or "markdown", not ${describe(given.format)}.`);
    }
    checked.format = given.format;
  }
  return checked;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}
