import { resolveCompareOptions } from '../compare/index.js';
import type { CompareOptions, ResolvedCompareOptions } from '../compare/index.js';
import { ReadoutError } from '../errors.js';

/**
 * Options of `trackPositions`. The alignment options are those of `compareReadouts` (same
 * defaults except `linkThreshold`), so that the timeline of two readouts agrees with their
 * comparison under the same options; the others act on gaps, on series of three or more
 * readouts, or on the alerts.
 */
export interface TrackOptions extends CompareOptions {
  /**
   * As in `compareReadouts`, but 0.35 by default rather than 0.3: across a series, a pool of every
   * position seen so far offers more loose partners than one earlier readout does (on the MoD
   * series gold, 0.35 gives pairwise F1 0.78 and 0.3 gives 0.72). Pass 0.3 to link two readouts
   * exactly as `compareReadouts` does with its defaults.
   */
  linkThreshold?: number;
  /**
   * Least similarity (weighted Dice, 0-1) between a statement left unaligned with the positions'
   * latest wordings and an EARLIER wording of a position for the statement to
   * join that position (a formula that returns in its older form, or a wording that drifted
   * back). Default 0.4.
   */
  historyThreshold?: number;
  /**
   * Least similarity between a statement and the latest wording of a position that the previous
   * readout did not state (a position back after a gap) for the alignment's link to stand: a split
   * or merge member, which a comparison links by coverage alone, must clear it. Default 0.3.
   */
  reinstateThreshold?: number;
  /**
   * Least similarity between a statement and the statements of another position (its best match
   * among them, in other readouts) for the statement to move there in the last pass over the whole
   * series (three readouts or more). Default 0.35.
   */
  refineThreshold?: number;
  /**
   * How much better than its own position's statements the other position must match for the
   * statement to move. Default 0.1.
   */
  refineMargin?: number;
  /**
   * Least share of the readouts since a position first appeared (latest excluded) that stated it
   * for its absence from the latest readout to raise a `missing` alert. Default 0.5.
   */
  missingShare?: number;
  /** Least number of readouts that stated a position for its absence to raise an alert. Default 2. */
  missingMinReadouts?: number;
  /** Most phrases `trackPhrases` returns (the most widespread first). Default 60. */
  maxPhrases?: number;
  /** Called after each readout is tracked, e.g. for a progress indicator: (done, total). */
  onProgress?: (done: number, total: number) => void;
}

/** `TrackOptions` with every default filled in (the progress callback stays optional). */
export type ResolvedTrackOptions = ResolvedCompareOptions &
  Required<Omit<TrackOptions, keyof CompareOptions | 'onProgress'>> &
  Pick<TrackOptions, 'onProgress'>;

/**
 * The defaults of `trackPositions` beyond those of `compareReadouts`.
 *
 * @example
 * DEFAULT_TRACK_OPTIONS.missingShare //=> 0.5
 */
export const DEFAULT_TRACK_OPTIONS = Object.freeze({
  linkThreshold: 0.35,
  historyThreshold: 0.4,
  reinstateThreshold: 0.3,
  refineThreshold: 0.35,
  refineMargin: 0.1,
  missingShare: 0.5,
  missingMinReadouts: 2,
  maxPhrases: 60,
});

/**
 * Fills in the defaults and rejects out-of-range values with a `ReadoutError('INVALID_OPTION')`.
 *
 * @example
 * resolveTrackOptions({ missingShare: 0.75 }).historyThreshold //=> 0.3
 */
export function resolveTrackOptions(options: TrackOptions = {}): ResolvedTrackOptions {
  const { linkThreshold, historyThreshold, reinstateThreshold, refineThreshold, refineMargin, missingShare, missingMinReadouts, maxPhrases, onProgress, ...compare } = options;
  const resolved: ResolvedTrackOptions = {
    ...resolveCompareOptions({ ...compare, linkThreshold: linkThreshold ?? DEFAULT_TRACK_OPTIONS.linkThreshold }),
    historyThreshold: historyThreshold ?? DEFAULT_TRACK_OPTIONS.historyThreshold,
    reinstateThreshold: reinstateThreshold ?? DEFAULT_TRACK_OPTIONS.reinstateThreshold,
    refineThreshold: refineThreshold ?? DEFAULT_TRACK_OPTIONS.refineThreshold,
    refineMargin: refineMargin ?? DEFAULT_TRACK_OPTIONS.refineMargin,
    missingShare: missingShare ?? DEFAULT_TRACK_OPTIONS.missingShare,
    missingMinReadouts: missingMinReadouts ?? DEFAULT_TRACK_OPTIONS.missingMinReadouts,
    maxPhrases: maxPhrases ?? DEFAULT_TRACK_OPTIONS.maxPhrases,
    onProgress,
  };
  for (const name of ['historyThreshold', 'reinstateThreshold', 'refineThreshold', 'refineMargin', 'missingShare'] as const) {
    const value = resolved[name];
    if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
      throw new ReadoutError('INVALID_OPTION', `${name} must be a number from 0 to 1, got ${String(value)}`);
    }
  }
  for (const name of ['missingMinReadouts', 'maxPhrases'] as const) {
    const value = resolved[name];
    if (!Number.isInteger(value) || value < 0) {
      throw new ReadoutError('INVALID_OPTION', `${name} must be a whole number, got ${String(value)}`);
    }
  }
  if (onProgress !== undefined && typeof onProgress !== 'function') {
    throw new ReadoutError('INVALID_OPTION', 'onProgress must be a function');
  }
  return resolved;
}
