/**
 * The data model of a Timeline: positions and phrases followed through a series of readouts.
 * Plain JSON-safe objects only, like `src/types.ts` (the lead merges these into it).
 */
import type { Change, Shift } from '../types.js';

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
