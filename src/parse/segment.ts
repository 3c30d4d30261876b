/**
 * Stage 4 of the parser: split one paragraph (or item) into sentences, asking SEGMENT_RULES at
 * every terminal mark. One pass over the text; every rule looks at a bounded window.
 */
import { isSpaceCode, isWordCode } from './chars.js';
import { CLOSERS, OPENERS, SEGMENT_RULES, TERMINALS, WINDOW, type Candidate, type SegmentRule } from './segment-rules.js';

/**
 * A bracket further than this from its closer does not hold sentences together. Quotation marks
 * never do: a quoted statement ("A spokesperson said: “The Prime Minister met ... . They
 * discussed ...”") holds positions of its own.
 */
const MAX_ENCLOSURE = 400;

const PAIRS: Readonly<Record<string, string>> = { '(': ')', '（': '）', '[': ']' };
const CLOSING_TO_OPENING: Readonly<Record<string, string>> = { ')': '(', '）': '（', ']': '[' };

// Terminal marks and brackets by code, for the tests made on every character.
const IS_TERMINAL = 1;
const IS_PAIR = 2;
const CODE_FLAGS = new Uint8Array(0x10000);
for (const ch of TERMINALS) CODE_FLAGS[ch.charCodeAt(0)] = IS_TERMINAL;
for (const ch of '()（）[]') CODE_FLAGS[ch.charCodeAt(0)] = IS_PAIR;

/** A sentence as offsets into the input: `[start, end)`. */
export type Span = [start: number, end: number];

/**
 * Split `text.slice(start, end)` into sentence spans (offsets into `text`, trimmed of whitespace).
 *
 * @param text The whole input.
 * @param start Where the paragraph starts.
 * @param end Where it ends.
 * @param rules The rules to ask, in order (SEGMENT_RULES by default).
 * @returns The sentence spans in order.
 * @example
 * splitSentences('Lloyd J. Austin III met Ms. Singh. They spoke.', 0, 46)
 * //=> [[0, 34], [35, 46]]
 */
export function splitSentences(text: string, start: number, end: number, rules: readonly SegmentRule[] = SEGMENT_RULES): Span[] {
  const spans: Span[] = [];
  const enclosures = findEnclosures(text, start, end);
  let enclosure = 0;
  let enclosedUntil = -1;
  let sentenceStart = skipSpace(text, start, end);
  let i = sentenceStart;
  while (i < end) {
    // Track the brackets opened so far that close later: a stop before their closer is enclosed.
    while (enclosure < enclosures.length && (enclosures[enclosure] as Span)[0] <= i) {
      enclosedUntil = Math.max(enclosedUntil, (enclosures[enclosure] as Span)[1]);
      enclosure += 1;
    }
    if (((CODE_FLAGS[text.charCodeAt(i)] as number) & IS_TERMINAL) === 0) {
      i += 1;
      continue;
    }
    const terminal = i;
    let mark = i;
    let split = false;
    for (;;) {
      const at = mark + 1;
      const next = skipSpace(text, at, end);
      const candidate: Candidate = {
        text,
        sentenceStart,
        mark,
        at,
        next,
        limit: end,
        previousWord: wordBefore(text, terminal, sentenceStart),
        nextWord: wordAfter(text, next, end),
        enclosed: terminal < enclosedUntil && mark < enclosedUntil,
      };
      if (decide(candidate, rules) === 'split') {
        spans.push([sentenceStart, at]);
        sentenceStart = next;
        i = next;
        split = true;
        break;
      }
      if (at < end && CLOSERS.includes(text[at] as string)) {
        mark = at;
        continue;
      }
      i = at;
      break;
    }
    if (split && sentenceStart >= end) break;
  }
  if (sentenceStart < end) {
    let last = end;
    while (last > sentenceStart && isSpaceCode(text.charCodeAt(last - 1))) last -= 1;
    if (last > sentenceStart) spans.push([sentenceStart, last]);
  }
  return spans;
}

function decide(candidate: Candidate, rules: readonly SegmentRule[]): 'split' | 'merge' {
  for (const rule of rules) {
    const verdict = rule.decide(candidate);
    if (verdict !== undefined) return verdict;
  }
  return 'split';
}

function skipSpace(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && isSpaceCode(text.charCodeAt(i))) i += 1;
  return i;
}

/** The word ending just before `mark`, with inner dots ("U.S", "a.m"), at most WINDOW long. */
function wordBefore(text: string, mark: number, floor: number): string {
  let i = mark;
  const stop = Math.max(floor, mark - WINDOW);
  while (i > stop) {
    const code = text.charCodeAt(i - 1);
    if (code === 46 || isWordCode(code)) i -= 1;
    else break;
  }
  let word = text.slice(i, mark);
  while (word.startsWith('.')) word = word.slice(1);
  return word;
}

/** The word starting at `from`, after any opening quotes or brackets, at most WINDOW long. */
function wordAfter(text: string, from: number, end: number): string {
  let i = from;
  const stop = Math.min(end, from + WINDOW);
  while (i < stop && OPENERS.includes(text[i] as string)) i += 1;
  const wordStart = i;
  while (i < stop && isWordCode(text.charCodeAt(i))) i += 1;
  return text.slice(wordStart, i);
}

/** Matched bracket pairs no longer than MAX_ENCLOSURE, sorted by their opener. */
function findEnclosures(text: string, start: number, end: number): Span[] {
  const stacks: Record<string, number[]> = {};
  const pairs: Span[] = [];
  for (let i = start; i < end; i += 1) {
    if (((CODE_FLAGS[text.charCodeAt(i)] as number) & IS_PAIR) === 0) continue;
    const ch = text[i] as string;
    if (PAIRS[ch] !== undefined) {
      (stacks[ch] ??= []).push(i);
      continue;
    }
    const opening = CLOSING_TO_OPENING[ch];
    if (opening !== undefined) {
      const open = stacks[opening]?.pop();
      if (open !== undefined && i - open <= MAX_ENCLOSURE) pairs.push([open, i]);
    }
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}
