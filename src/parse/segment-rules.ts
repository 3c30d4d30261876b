/**
 * Stage 4 of the parser: sentence-boundary decisions. The splitter (segment.ts) stops after every
 * terminal mark (". ! ? 。 ！ ？ …", a ":" and any closing quote or bracket right after one) and
 * asks the rules below, in order; the first rule with an opinion decides. Each rule is a small
 * named function with the case it exists for, and the order is data: SEGMENT_RULES.
 *
 * Every rule looks at a bounded window around the mark (WINDOW characters), so the splitter stays
 * linear even on a megabyte of "U.S.U.S.U.S." or ". . . .".
 */
import {
  INNER_ABBREVIATIONS,
  NAME_SUFFIXES,
  NUMBER_ABBREVIATIONS,
  SENTENCE_STARTERS,
  TITLE_ABBREVIATIONS,
} from '../lexicon/abbreviations.js';

/** How far (in characters) a rule may look either side of the mark. */
export const WINDOW = 40;

/** Characters that end a sentence. */
export const TERMINALS = '.!?。！？…:';
/** Characters that close a quotation or a bracket and stay with the sentence they close. */
export const CLOSERS = '”’"\')]}」』）】〉》';
/** Characters that open a quotation or a bracket. */
export const OPENERS = '“‘"\'([{「『（【〈《';

/** One possible sentence end, as the rules see it. */
export interface Candidate {
  /** The whole input. */
  text: string;
  /** Where the current sentence starts. */
  sentenceStart: number;
  /** Offset of the mark (or closer) just before the possible boundary. */
  mark: number;
  /** Offset just after it: where the sentence would end. */
  at: number;
  /** Offset of the first non-whitespace character after `at`, or `limit`. */
  next: number;
  /** End of the paragraph (or item) being split. */
  limit: number;
  /** The word before the mark, with its inner dots: "U.S", "Brig", "J", "a.m", "2023" ("" if none). */
  previousWord: string;
  /** The word after the boundary, without opening quotes or brackets: "The", "Air", "2" ("" if none). */
  nextWord: string;
  /** True when the mark sits inside a bracket or quotation that closes later in the paragraph. */
  enclosed: boolean;
}

export type Verdict = 'split' | 'merge' | undefined;

export interface SegmentRule {
  /** A verb phrase naming what the rule does. */
  name: string;
  /** The case it exists for. */
  example: string;
  /** 'split' or 'merge' to decide; undefined to leave the decision to the next rule. */
  decide: (candidate: Candidate) => Verdict;
}

const TITLES = new Set(TITLE_ABBREVIATIONS);
const BEFORE_NUMBERS = new Set(NUMBER_ABBREVIATIONS);
const INNER = new Set(INNER_ABBREVIATIONS);
const STARTERS = new Set(SENTENCE_STARTERS);
const SUFFIXES = new Set(NAME_SUFFIXES);

const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;
const DIGIT = /^[0-9０-９]/;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}/u;
const HAS_LOWER = /\p{Ll}/u;

function markChar(c: Candidate): string {
  return c.text[c.mark] ?? '';
}

function charAt(c: Candidate, index: number): string {
  return index < c.limit ? (c.text[index] ?? '') : '';
}

/** "“2+2.”": a closing quote or bracket right after the stop belongs to the sentence it closes. */
function keepClosersInside(c: Candidate): Verdict {
  const following = charAt(c, c.at);
  return following !== '' && CLOSERS.includes(following) ? 'merge' : undefined;
}

/**
 * "…確認した。両大臣は…": a Japanese full stop ends a sentence with no space after it. After a
 * closing bracket ("「…強化する。」と述べた。") the sentence goes on: only the stop itself splits.
 */
function splitAtJapaneseStops(c: Candidate): Verdict {
  return '。！？'.includes(markChar(c)) ? 'split' : undefined;
}

/** ". . . ." and "...": an ellipsis runs on; only its last dot can end a sentence. */
function mergeEllipses(c: Candidate): Verdict {
  const mark = markChar(c);
  if (mark !== '.' && mark !== '…') return undefined;
  const following = charAt(c, c.next);
  return following === '.' || following === '…' ? 'merge' : undefined;
}

/**
 * "... the following readout:" then a new line: a colon ends a sentence only at a line end;
 * "a shared vision: Free and Open Indo-Pacific" goes on.
 */
function splitColonsAtLineEnd(c: Candidate): Verdict {
  if (markChar(c) !== ':') return undefined;
  for (let i = c.at; i < c.next; i += 1) {
    if (c.text[i] === '\n' || c.text[i] === '\r') return LOWER.test(c.nextWord) ? 'merge' : 'split';
  }
  return 'merge';
}

/** "(See the Joint Statement. It is attached.)": stops inside brackets or quotes do not end the outer sentence. */
function mergeInsideBrackets(c: Candidate): Verdict {
  return c.enclosed ? 'merge' : undefined;
}

/**
 * "…with U.S. Defense Secretary Austin.The two Ministers confirmed…": a published text may lose the
 * space after a full stop; a lower-case word's stop directly before a capitalised word is a
 * boundary. Any other stop with no space after it is inside a token ("U.S.-ROK", "3.5", "mod.go.jp").
 */
function splitMissingSpace(c: Candidate): Verdict {
  if (c.next !== c.at || c.at >= c.limit) return undefined;
  const ok =
    markChar(c) === '.' &&
    c.previousWord.length >= 2 &&
    !c.previousWord.includes('.') &&
    HAS_LOWER.test(c.previousWord) &&
    CAPITALISED_WORD.test(c.text.slice(c.at, c.at + 2));
  return ok ? 'split' : 'merge';
}

/** The last stop of a paragraph always ends its sentence. */
function splitAtParagraphEnd(c: Candidate): Verdict {
  return c.next >= c.limit ? 'split' : undefined;
}

/** "…, etc. while confirming progress": a sentence does not start with a lower-case word. */
function mergeBeforeLowercase(c: Candidate): Verdict {
  return LOWER.test(c.nextWord) ? 'merge' : undefined;
}

/** "… issues. 2. The Ministers …": an enumerator at the start of a sentence is not a sentence. */
function mergeEnumerators(c: Candidate): Verdict {
  if (markChar(c) !== '.') return undefined;
  const before = c.text.slice(c.sentenceStart, c.mark);
  return /^(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,5})$/.test(before) ? 'merge' : undefined;
}

/** "Brig. Gen. Pat Ryder", "Ms. Sabrina Singh", "GEN. Paul M. Nakasone": a title precedes a name. */
function mergeTitles(c: Candidate): Verdict {
  if (markChar(c) !== '.') return undefined;
  return TITLES.has(c.previousWord.toLowerCase()) && UPPER.test(c.nextWord) ? 'merge' : undefined;
}

/** "approx. 45 minutes", "No. 5", "Feb. 3, 2017", "e.g. Japan": abbreviations that precede more. */
function mergeAbbreviations(c: Candidate): Verdict {
  if (markChar(c) !== '.') return undefined;
  const word = c.previousWord.toLowerCase();
  if (INNER.has(word.replace(/\./g, ''))) return 'merge';
  return BEFORE_NUMBERS.has(word) && DIGIT.test(c.nextWord) ? 'merge' : undefined;
}

/**
 * "Lloyd J. Austin III", "Dana W. White": a single capital before a name is a middle initial;
 * "… under Article V. The Ministers …" still ends, as the next word opens sentences.
 */
function mergeMiddleInitials(c: Candidate): Verdict {
  if (markChar(c) !== '.') return undefined;
  // "Martin Luther King Jr. Day", "Mitsubishi Heavy Industries Ltd. President": name suffixes too.
  if (!/^\p{Lu}$/u.test(c.previousWord) && !SUFFIXES.has(c.previousWord.toLowerCase())) return undefined;
  return UPPER.test(c.nextWord) && !STARTERS.has(c.nextWord.toLowerCase()) ? 'merge' : undefined;
}

/**
 * "the U.S. Air Force", "Japan-U.S. “2+2” meeting", "Washington, D.C., on": an initialism goes on
 * unless the next word opens sentences ("… Japan and the U.S. The Ministers …").
 */
function mergeInitialisms(c: Candidate): Verdict {
  if (markChar(c) !== '.' || !/^(?:\p{L}\.)+\p{L}$/u.test(c.previousWord)) return undefined;
  return STARTERS.has(c.nextWord.toLowerCase()) ? 'split' : 'merge';
}

/** Any other stop followed by a space ends the sentence. */
function splitOtherwise(): Verdict {
  return 'split';
}

/** The sentence-boundary rules, in the order they are asked. */
export const SEGMENT_RULES: readonly SegmentRule[] = [
  { name: 'keepClosersInside', example: 'Japan-U.S. “2+2.”', decide: keepClosersInside },
  { name: 'splitAtJapaneseStops', example: '確認した。両大臣は', decide: splitAtJapaneseStops },
  { name: 'mergeEllipses', example: 'and so on . . . and', decide: mergeEllipses },
  { name: 'splitColonsAtLineEnd', example: 'provided the following readout:\\nSecretary', decide: splitColonsAtLineEnd },
  { name: 'mergeInsideBrackets', example: '(See the statement. It is attached.)', decide: mergeInsideBrackets },
  { name: 'splitMissingSpace', example: 'Secretary Austin.The two Ministers', decide: splitMissingSpace },
  { name: 'splitAtParagraphEnd', example: 'the end of a paragraph.', decide: splitAtParagraphEnd },
  { name: 'mergeBeforeLowercase', example: 'frameworks, etc. while confirming', decide: mergeBeforeLowercase },
  { name: 'mergeEnumerators', example: 'issues. 2. The Ministers', decide: mergeEnumerators },
  { name: 'mergeTitles', example: 'Brig. Gen. Pat Ryder', decide: mergeTitles },
  { name: 'mergeAbbreviations', example: 'approx. 45 minutes', decide: mergeAbbreviations },
  { name: 'mergeMiddleInitials', example: 'Lloyd J. Austin III', decide: mergeMiddleInitials },
  { name: 'mergeInitialisms', example: 'the U.S. Air Force', decide: mergeInitialisms },
  { name: 'splitOtherwise', example: 'confirmed. The Ministers', decide: splitOtherwise },
];
