/**
 * Stage 3 of the parser: lines → blocks (paragraphs between blank lines) → header lines, headings,
 * boilerplate, and the prose runs that the sentence splitter reads.
 *
 * A readout opens with a header zone (title, "(Press Release)", date, issuer, "In Japanese"); it
 * ends at the first prose line. After it, a line is still metadata or boilerplate when the whole
 * line is a date ("Feb. 3, 2017" under a DoD release) or a link ("... (Summary) (PDF)").
 */
import type { MetadataLine, Section, SkipReason, Skipped } from '../types.js';
import { speechActLemma } from '../lexicon/verbs.js';
import { isSpaceCode } from './chars.js';
import { MAX_HEADER_LINE, isBoilerplateLine, isIssuerLine, parseDateLine } from './header.js';

/** A stretch of prose lines that the sentence splitter reads as one unit. */
export interface Run {
  start: number;
  end: number;
  section: number;
  paragraph: number;
}

/** What stage 3 finds in the body of a readout. */
export interface Layout {
  metadata: MetadataLine[];
  skipped: Skipped[];
  sections: Section[];
  runs: Run[];
  title: string | null;
  date: string | null;
  issuer: string | null;
}

interface Line {
  /** Offsets of the line without its line break and without surrounding whitespace. */
  start: number;
  end: number;
  text: string;
}

const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;
const HAS_LETTER = /\p{L}/u;
const MARKUP_ONLY = /^[#*\-_=~`>|+:\s]+$/;
// A line that ends a sentence: terminal punctuation, possibly inside a closing quote or bracket.
// Control characters after the mark ("agreed.\0") do not hide it.
const ENDS_SENTENCE = /[.!?。！？:;…]["'”’)\]」』）\u0000-\u001F]*$/;

// "1. Regional affairs", "1.Bilateral Defense Cooperation", "(1) Overview", "II. Realignment".
// Letters and Roman numerals need a space after their mark, so "U.S. Forces" is not item "U".
const NUMBERED =
  /^(?:([0-9０-９]{1,3})[.．)）]|[(（](\d{1,3}|[a-zA-Z]|[ivxIVX]{1,6})[)）]|([IVX]{1,6}|[A-Za-z])[.)](?=[ \t]))[ \t]*(\S.*)$/;
// "## 1. Regional affairs"
const MARKDOWN_HEADING = /^(#{1,6})[ \t]+(\S.*)$/;
// "**Regional affairs**"
const BOLD_HEADING = /^(?:\*\*|__)([^*_]{1,200})(?:\*\*|__):?$/;
/** Item markers at the start of a sentence: "(1)", "1.", "a)", "-", "•"; the marker is skipped. */
// A bracketed marker may touch its text ("(1)Regarding", "（1）日米関係"); the others need a space.
export const ITEM_MARKER =
  /^(?:[(（][ \t]?(?:[0-9０-９]{1,3}|[a-zA-Z]|[ivxIVX]{1,6})[ \t]?[)）](?=[^)）])|(?:(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,6})[.)]|[0-9０-９]{1,3}[．）]|[-*+•・▪◦‣])(?=\s))/;

/**
 * Lay out the body of a readout: classify every line and group the prose into runs.
 *
 * @param text The whole input.
 * @param bodyStart Where the body starts (after any front matter).
 * @param markdown Whether "#" headings and "**bold**" heading lines count.
 * @returns Metadata lines, skipped lines, sections, and the prose runs.
 * @example
 * layoutBody('Title\n\nJune 1, 2023\n\n1. Affairs\n\nThey met.', 0, false).sections.length
 * //=> 2
 */
export function layoutBody(text: string, bodyStart: number, markdown: boolean): Layout {
  const blocks = readBlocks(text, bodyStart);
  const layout: Layout = {
    metadata: [],
    skipped: [],
    sections: [{ index: 0, number: null, heading: null, start: null, end: null }],
    runs: [],
    title: null,
    date: null,
    issuer: null,
  };
  // The header zone ends at the first block with prose in it; with no prose at all (a text with
  // no punctuation) there is no header zone and every line is read as prose.
  const firstProse = blocks.findIndex((block) => block.some(isProseLike));
  let inHeader = firstProse > 0 || (firstProse === 0 && !isProseLike(blocks[0]?.[0] as Line));
  let paragraph = -1;

  blocks.forEach((block, blockIndex) => {
    // Computed once per block: a per-line test over the whole block would be quadratic.
    const headerLike = block.every((line) => !isProseLike(line));
    let run: Run | null = null;
    let blockHasProse = false;
    const closeRun = (): void => {
      if (run) layout.runs.push(run);
      run = null;
    };
    block.forEach((line, lineIndex) => {
      const kind = inHeader
        ? classifyHeaderLine(line, headerLike, layout, markdown)
        : classifyBodyLine(line, block, lineIndex, blockIndex === blocks.length - 1, markdown);
      if (kind === 'prose') {
        inHeader = false;
        if (!blockHasProse) {
          blockHasProse = true;
          paragraph += 1;
        }
        // A line that opens with an item marker ("(1) Regarding ...", "- The Ministers ...")
        // starts a new sentence even without a full stop before it.
        if (run === null || ITEM_MARKER.test(line.text)) {
          closeRun();
          run = { start: line.start, end: line.end, section: layout.sections.length - 1, paragraph };
        } else {
          (run as Run).end = line.end;
        }
        return;
      }
      closeRun();
      addLine(layout, line, kind);
    });
    closeRun();
  });
  return layout;
}

type LineKind =
  | 'prose'
  | 'heading'
  | { field: MetadataLine['field'] }
  | { skip: SkipReason };

function addLine(layout: Layout, line: Line, kind: Exclude<LineKind, 'prose'>): void {
  if (kind === 'heading') {
    const heading = readHeading(line.text, true) ?? { number: null, heading: line.text };
    layout.sections.push({ index: layout.sections.length, number: heading.number, heading: heading.heading, start: line.start, end: line.end });
    return;
  }
  if ('skip' in kind) {
    layout.skipped.push({ start: line.start, end: line.end, text: line.text, reason: kind.skip });
    return;
  }
  layout.metadata.push({ field: kind.field, start: line.start, end: line.end, text: line.text });
  if (kind.field === 'title' && layout.title === null) layout.title = stripMarkdownHeading(line.text);
  if (kind.field === 'date' && layout.date === null) layout.date = parseDateLine(line.text);
  if (kind.field === 'issuer' && layout.issuer === null) layout.issuer = line.text;
}

/** Lines that are never sentences, wherever they stand. */
function classifyCommon(line: Line): LineKind | null {
  if (!HAS_WORD_CHAR.test(line.text)) return { skip: MARKUP_ONLY.test(line.text) ? 'markup' : 'fragment' };
  if (isBoilerplateLine(line.text)) return { skip: 'boilerplate' };
  if (parseDateLine(line.text) !== null) return { field: 'date' };
  if (isIssuerLine(line.text)) return { field: 'issuer' };
  return null;
}

function classifyHeaderLine(line: Line, headerLike: boolean, layout: Layout, markdown: boolean): LineKind {
  const common = classifyCommon(line);
  if (common) return common;
  if (markdown) {
    const md = MARKDOWN_HEADING.exec(line.text);
    // "# Japan-U.S. Defense Ministerial Meeting" at the top is the title (of any level, when no
    // other heading or title came before it).
    if (md && layout.title === null && layout.sections.length === 1) return { field: 'title' };
    if (md || BOLD_HEADING.test(line.text)) return 'heading';
  }
  if (NUMBERED.test(line.text) && readHeading(line.text, false)) return 'heading';
  // A title-like line: no sentence punctuation, in a block of such lines ("January 13, 2023" and
  // "Ministry of Defense Japan" may sit under it without a blank line).
  if (headerLike) {
    if (layout.title === null) return { field: 'title' };
    return { field: line.text === layout.title ? 'title' : 'other' };
  }
  return 'prose';
}

function classifyBodyLine(
  line: Line,
  block: Line[],
  lineIndex: number,
  lastBlock: boolean,
  markdown: boolean,
): LineKind {
  const common = classifyCommon(line);
  if (common) return common;
  if (markdown && (MARKDOWN_HEADING.test(line.text) || BOLD_HEADING.test(line.text))) return 'heading';
  // "1. Regional affairs" — unless the next line of the block continues it in lower case
  // ("1. The Ministers confirmed that they would\nmaintain ..." is a wrapped item).
  const following = block[lineIndex + 1];
  const continued = following !== undefined && /^\p{Ll}/u.test(following.text);
  if (!continued && NUMBERED.test(line.text) && readHeading(line.text, false)) return 'heading';
  // "Secretary Austin's Meetings on Thursday, May 2": a short line alone in its block, with no
  // sentence punctuation and no speech-act verb, heads what follows.
  if (block.length === 1 && !lastBlock && isHeadingText(line.text, 12) && HAS_LETTER.test(line.text[0] ?? '')) {
    return 'heading';
  }
  return 'prose';
}

/** The number and text of a heading line, or null when the line reads as a sentence. */
function readHeading(line: string, lenient: boolean): { number: string | null; heading: string } | null {
  let body = line;
  const md = MARKDOWN_HEADING.exec(line);
  if (md) body = stripMarkdownHeading(line);
  const bold = BOLD_HEADING.exec(body);
  if (bold) body = (bold[1] as string).trim();
  const numbered = NUMBERED.exec(body);
  if (numbered) {
    const number = (numbered[1] ?? numbered[2] ?? numbered[3]) as string;
    const rest = (numbered[4] as string).trim();
    // "1.5 million": a decimal, not a heading.
    if (numbered[1] !== undefined && /^\d/.test(rest) && !/[ \t]/.test(line.slice(number.length + 1, number.length + 2))) {
      return lenient ? { number: null, heading: body } : null;
    }
    if (!lenient && !isHeadingText(rest, 14)) return null;
    return { number, heading: rest };
  }
  return lenient || md || bold ? { number: null, heading: body } : null;
}

/** Short, with a letter, no sentence punctuation at the end and no finite speech-act verb. */
function isHeadingText(text: string, maxWords: number): boolean {
  if (!HAS_LETTER.test(text) || ENDS_SENTENCE.test(text) || text.length > MAX_HEADER_LINE) return false;
  const words = text.split(/\s+/);
  if (words.length > maxWords) return false;
  return !words.some((word) => /^\p{Ll}/u.test(word) && /(?:ed|met|held|spoke)$/.test(word) && speechActLemma(word) !== null);
}

function stripMarkdownHeading(line: string): string {
  const md = MARKDOWN_HEADING.exec(line);
  if (!md) return line;
  let body = (md[2] as string).trimEnd();
  // "## Regional affairs ##": closing hashes are decoration.
  while (body.endsWith('#')) body = body.slice(0, -1);
  return body.trimEnd() || (md[2] as string);
}

/** True for a line that holds sentence text: it ends like a sentence, or is too long to be a header. */
function isProseLike(line: Line): boolean {
  return ENDS_SENTENCE.test(line.text) || line.text.length > MAX_HEADER_LINE;
}

/** Split the body into blocks of non-blank lines, each line trimmed of surrounding whitespace. */
function readBlocks(text: string, bodyStart: number): Line[][] {
  const blocks: Line[][] = [];
  let block: Line[] = [];
  let i = bodyStart;
  const n = text.length;
  while (i <= n) {
    let end = i;
    for (let code = text.charCodeAt(end); end < n && code !== 10 && code !== 13; code = text.charCodeAt(end)) end += 1;
    let s = i;
    while (s < end && isSpaceCode(text.charCodeAt(s))) s += 1;
    let e = end;
    while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e -= 1;
    if (s < e) {
      block.push({ start: s, end: e, text: text.slice(s, e) });
    } else if (block.length > 0) {
      blocks.push(block);
      block = [];
    }
    if (end >= n) break;
    i = end + (text[end] === '\r' && text[end + 1] === '\n' ? 2 : 1);
  }
  if (block.length > 0) blocks.push(block);
  return blocks;
}
