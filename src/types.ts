/**
 * The data model of readout-diff: plain, JSON-safe objects only (no classes, Maps or Sets), so
 * that a golden file is just JSON and the CLI's `--format json` is the library's own result.
 *
 * Offsets are UTF-16 code-unit offsets into the text as given to `parseReadout`, so that
 * `input.slice(start, end) === text` always holds.
 */

/** Why a span of the input is not a statement, a heading or metadata. */
export type SkipReason =
  | 'front-matter' // the YAML front-matter block, fences included
  | 'boilerplate' // "In Japanese", "... (PDF)", "Press Releases", "(Press Release)"
  | 'attribution' // "Pentagon Press Secretary ... provided the following readout:"
  | 'item-marker' // "(1)", "1." or "-" before an item's first sentence
  | 'fragment' // text with no letters or digits, e.g. a lone "***" or "—"
  | 'markup'; // Markdown or HTML punctuation with no text of its own ("#", "**", "---")

/** A span of the input that is not part of any statement, with the reason it was skipped. */
export interface Skipped {
  start: number;
  end: number;
  text: string;
  reason: SkipReason;
}

/** A metadata line of the text header ("June 1, 2023", "Ministry of Defense", the title). */
export interface MetadataLine {
  field: 'title' | 'date' | 'issuer' | 'source' | 'other';
  start: number;
  end: number;
  text: string;
}

/** A section of the readout: the text under one heading (the first section may have none). */
export interface Section {
  /** Index in `Readout.sections`, from 0. */
  index: number;
  /** The heading's number as written ("1", "2", "III"), or null for an unnumbered heading. */
  number: string | null;
  /** The heading's text without its number ("Regional affairs"), or null before any heading. */
  heading: string | null;
  /** Offsets of the whole heading line, or null when the section has no heading. */
  start: number | null;
  end: number | null;
}

/**
 * `position`: a sentence that takes a stance (what readers compare).
 * `context`: a sentence that describes the meeting itself ("On June 1, ... held discussions",
 * "The summary is as follows.") or introduces the readout ("... provided the following readout:").
 */
export type StatementKind = 'position' | 'context';

/** One sentence of a readout. */
export interface Statement {
  /** Stable id within the readout: "s1", "s2", ... in document order. */
  id: string;
  /** Index in `Readout.statements`, from 0. */
  index: number;
  /** The exact source text: `input.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  /** Index into `Readout.sections`. */
  section: number;
  /** Index of the paragraph (block of text between blank lines) in the whole readout, from 0. */
  paragraph: number;
  kind: StatementKind;
  /** The comparison form: NFKC, quotes and dashes folded, whitespace collapsed, doubled words fixed. */
  normalized: string;
  /** Who holds the position ("The Ministers", "Secretary Austin"), or null when none is named. */
  actor: string | null;
  /** The lemma of the speech-act verb ("reaffirm", "welcome"), or null when none is found. */
  verb: string | null;
}

/** A parsed readout. */
export interface Readout {
  title: string | null;
  /** ISO date `YYYY-MM-DD` when the text or its front matter states one. */
  date: string | null;
  issuer: string | null;
  source: string | null;
  /** Every other front-matter field, as strings. */
  meta: Record<string, string>;
  /** The input as given (offsets point into it). */
  text: string;
  sections: Section[];
  statements: Statement[];
  metadata: MetadataLine[];
  skipped: Skipped[];
}

/** Options for `parseReadout`. Given fields override what the text states. */
export interface ParseOptions {
  title?: string;
  date?: string;
  issuer?: string;
  source?: string;
  /** How to read the input; `auto` (the default) looks at the content. */
  format?: 'auto' | 'text' | 'markdown';
}

/** What changed between aligned statements. */
export type ChangeType = 'unchanged' | 'reworded' | 'new' | 'dropped' | 'split' | 'merged';

/** The kind of a shift a rewording made. */
export type ShiftKind = 'verb' | 'intensity' | 'modality' | 'negation' | 'actor' | 'term' | 'number';

/** What a rewording did, e.g. `{ kind: 'verb', from: 'confirmed', to: 'reaffirmed', direction: 'stronger' }`. */
export interface Shift {
  kind: ShiftKind;
  /** The words before, or null when they were added. */
  from: string | null;
  /** The words after, or null when they were removed. */
  to: string | null;
  direction: 'stronger' | 'weaker' | 'neutral';
}

/** One word-level edit (jsdiff's change object). */
export interface Edit {
  value: string;
  added: boolean;
  removed: boolean;
  count?: number;
}

/** One aligned group of statements and what happened to it. */
export interface Change {
  type: ChangeType;
  /** True when the position sits in another section or out of order relative to its neighbours. */
  moved: boolean;
  /** Statement ids in the before readout. */
  before: string[];
  /** Statement ids in the after readout. */
  after: string[];
  /** Similarity of the two sides from 0 to 1 (1 for unchanged, 0 for new and dropped). */
  similarity: number;
  edits: Edit[];
  shifts: Shift[];
  significance: 'none' | 'cosmetic' | 'substantive';
}

export interface ComparisonSummary {
  unchanged: number;
  reworded: number;
  new: number;
  dropped: number;
  split: number;
  merged: number;
  moved: number;
  substantive: number;
}

/** The result of `compareReadouts`. */
export interface Comparison {
  schemaVersion: 1;
  before: Readout;
  after: Readout;
  changes: Change[];
  summary: ComparisonSummary;
}

// Timeline: positions and phrases followed through a series of readouts.

/** How an occurrence of a position differs from its previous occurrence. */
export type OccurrenceChange =
  | 'first' // the position's first occurrence in the series
  | 'unchanged' // same words as in the previous readout that stated it
  | 'reworded' // same position, other words
  | 'reinstated'; // back after one or more readouts without it (compared with its last occurrence)

/** A position's standing in the latest readout of the series. */
export type PositionStatus =
  | 'present' // stated in the latest readout and in an earlier one
  | 'absent' // stated earlier, not in the latest readout
  | 'new'; // stated for the first time in the latest readout

/** One readout of the series, as the timeline lists it (in date order). */
export interface TimelineReadout {
  /** "r1", "r2", ... in date order. */
  id: string;
  title: string | null;
  /** ISO date `YYYY-MM-DD`, or null when the readout states none. */
  date: string | null;
  issuer: string | null;
  /** How many statements the readout has (positions and context). */
  statements: number;
}

/** One statement of a position in one readout. */
export interface Occurrence {
  /** The readout's id ("r3"). */
  readout: string;
  /** The statement's id within that readout ("s7"). */
  statement: string;
  /** The statement's exact text. */
  text: string;
  change: OccurrenceChange;
  /** Shifts from the previous occurrence (empty for `first` and `unchanged`). */
  shifts: Shift[];
  /** Similarity to the previous occurrence, 0-1 (1 for `first` and `unchanged`). */
  similarity: number;
  /** As in a comparison: `none` for first and unchanged, else `cosmetic` or `substantive`. */
  significance: Change['significance'];
}

/** A position: the statements across the series that state the same stance on the same subject. */
export interface Position {
  /** "p1", "p2", ... in order of first appearance (same input, same ids). */
  id: string;
  /** A few distinctive words of the position, e.g. "Taiwan Strait · peace · stability". */
  label: string;
  /** Occurrences in date order; a readout that splits the position holds several. */
  occurrences: Occurrence[];
  /** Id of the first and of the last readout that states it. */
  firstSeen: string;
  lastSeen: string;
  status: PositionStatus;
}

/** A recurring term of art and how often each readout uses it. */
export interface PhraseTrack {
  /** The canonical form ("North Korea" for "DPRK" too). */
  phrase: string;
  /** `lexicon` for a listed term of art, `ngram` for a recurring run of content words. */
  source: 'lexicon' | 'ngram';
  /** Occurrences per readout, in the order of `Timeline.readouts`. */
  counts: number[];
  /** How many readouts use it. */
  readouts: number;
  firstSeen: string;
  lastSeen: string;
}

/** What deserves an analyst's attention in the latest readout. */
export interface Alert {
  /**
   * `missing`: stated in at least `missingShare` of the readouts since it first appeared, absent now;
   * `new`: first stated in the latest readout; `reworded`: substantively reworded in the latest;
   * `reinstated`: stated again in the latest after one or more readouts without it.
   */
  type: 'missing' | 'new' | 'reworded' | 'reinstated';
  /** The position's id. */
  position: string;
  /** One line for people, e.g. "p3 absent: stated in 4 of 5 readouts since r2 (Taiwan Strait · peace)". */
  message: string;
  /** For `missing`: the share of readouts since its first appearance that stated it. */
  share?: number;
}

/** The result of `trackPositions`. */
export interface Timeline {
  schemaVersion: 1;
  readouts: TimelineReadout[];
  positions: Position[];
  phrases: PhraseTrack[];
  alerts: Alert[];
}
