import { resolveCompareOptions } from '../compare/index.js';
import type { CompareOptions, ResolvedCompareOptions } from '../compare/index.js';
import { ReadoutError } from '../errors.js';

/**
 * Options of `trackPositions`. The alignment options are those of `compareReadouts`, with the
 * same defaults: consecutive readouts are compared exactly as `compareReadouts` compares them, so
 * the timeline of two readouts links what their comparison links under the same options. The
 * tracking options below never act on two readouts: they join a statement to a position across a
 * gap or an earlier wording (three readouts or more), or act on the alerts.
 *
 * The tracking thresholds were chosen on the MoD series gold (tests/fixtures/gold/series), in the
 * middle of the range where pairwise F1 stays within 0.02 of its best.
 */
export interface TrackOptions extends CompareOptions {
  /**
   * Least similarity (weighted Dice, 0-1) for a statement that the comparison with the previous
   * readout left alone to join a position no statement of its readout took: through the latest
   * wording of a position the previous readout did not state (back after a gap), or through an
   * earlier wording of any position (a formula that returns in an older form). Applies from the
   * third readout on. Default 0.5: a pool of every wording seen so far offers many loose partners,
   * so only a close match is taken while the series is read; the last pass (`refineThreshold`)
   * joins the rest on the evidence of the whole position.
   */
  reinstateThreshold?: number;
  /**
   * In the last pass over the whole series (three readouts or more), least fit between a statement
   * and the statements of another position (its most recent ones, in other readouts) for the
   * statement to move there. The fit is the mean of the best similarity and the average one: one
   * loosely similar member does not pull a statement into a position whose other statements say
   * something else, and a position's older, drifted wordings do not outvote the one the statement
   * restates. Default 0.27. On the series gold, with the pass judging each statement once, pairwise
   * F1 stays within 0.02 of its best from 0.23 to 0.28 (0.85 at 0.27 and 0.28, 0.848 from 0.24 to
   * 0.26: one wrong pair more).
   */
  refineThreshold?: number;
  /**
   * How much higher the fit with the other position must be than the statement's own position's for
   * the statement to move. Default 0.05.
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
  reinstateThreshold: 0.5,
  refineThreshold: 0.27,
  refineMargin: 0.05,
  missingShare: 0.5,
  missingMinReadouts: 2,
  maxPhrases: 60,
});

/**
 * Rejects an option that is not a whole number (0 or more) with a `ReadoutError('INVALID_OPTION')`.
 *
 * @example
 * checkWholeNumber('maxPhrases', 1.5) // throws "maxPhrases must be a whole number, got 1.5"
 */
export function checkWholeNumber(name: string, value: unknown): void {
  if (!Number.isInteger(value) || (value as number) < 0) {
    throw new ReadoutError('INVALID_OPTION', `${name} must be a whole number, got ${String(value)}`);
  }
}

/**
 * Fills in the defaults and rejects out-of-range values with a `ReadoutError('INVALID_OPTION')`.
 *
 * @example
 * resolveTrackOptions({ missingShare: 0.75 }).reinstateThreshold //=> 0.5
 */
export function resolveTrackOptions(options: TrackOptions = {}): ResolvedTrackOptions {
  const { reinstateThreshold, refineThreshold, refineMargin, missingShare, missingMinReadouts, maxPhrases, onProgress, ...compare } = options;
  const resolved: ResolvedTrackOptions = {
    ...resolveCompareOptions(compare),
    reinstateThreshold: reinstateThreshold ?? DEFAULT_TRACK_OPTIONS.reinstateThreshold,
    refineThreshold: refineThreshold ?? DEFAULT_TRACK_OPTIONS.refineThreshold,
    refineMargin: refineMargin ?? DEFAULT_TRACK_OPTIONS.refineMargin,
    missingShare: missingShare ?? DEFAULT_TRACK_OPTIONS.missingShare,
    missingMinReadouts: missingMinReadouts ?? DEFAULT_TRACK_OPTIONS.missingMinReadouts,
    maxPhrases: maxPhrases ?? DEFAULT_TRACK_OPTIONS.maxPhrases,
    onProgress,
  };
  for (const name of ['reinstateThreshold', 'refineThreshold', 'refineMargin', 'missingShare'] as const) {
    const value = resolved[name];
    if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
      throw new ReadoutError('INVALID_OPTION', `${name} must be a number from 0 to 1, got ${String(value)}`);
    }
  }
  for (const name of ['missingMinReadouts', 'maxPhrases'] as const) checkWholeNumber(name, resolved[name]);
  if (onProgress !== undefined && typeof onProgress !== 'function') {
    throw new ReadoutError('INVALID_OPTION', 'onProgress must be a function');
  }
  return resolved;
}
