import { candidatePairs } from './candidates.js';
import type { ResolvedCompareOptions } from './options.js';
import type { Prepared } from './prepare.js';
import { addGroup, newAlignment } from './alignment.js';
import type { Group } from './alignment.js';
import { fillNarrowGaps, linkClearMutualBest } from './gaps.js';
import { extendStrongLinks, groupAroundHubs } from './groups.js';

export type { Group } from './alignment.js';
export { unionFeatures } from './alignment.js';

/** Optional stages of `alignStatements`. */
export interface AlignStages {
  /**
   * Link clear mutual best partners below the link threshold. Two readouts of one meeting or of
   * consecutive meetings: each statement has one counterpart at most (`compareReadouts` and the
   * tracking of consecutive readouts run it). Off by default, for callers that align against a
   * pool of many unrelated statements, where a weak best partner is often an unrelated one.
   */
  mutualBest?: boolean;
}

/**
 * Aligns two lists of statements, in five stages over candidate pairs from the stem index:
 * 1. one-to-one links by descending similarity while at least `linkThreshold` (each joins two
 *    statements that are each other's best remaining partner);
 * 2. with `stages.mutualBest` (as `compareReadouts` runs it), weaker links (`mutualThreshold`)
 *    between two statements that are each other's best partner by a clear margin over the
 *    runner-up on both sides (`mutualMargin`);
 * 3. weaker links in narrow gaps between in-order links (`gapThreshold`);
 * 4. merges and splits around a statement that holds parts of several others (`groupThreshold`);
 * 5. strong links grown into splits and merges by a second partner (`groupContainment`).
 *
 * @example
 * alignStatements(before, after, DEFAULT_COMPARE_OPTIONS) //=> [{ before: [0], after: [0], similarity: 1 }, ...]
 */
export function alignStatements(before: readonly Prepared[], after: readonly Prepared[], options: ResolvedCompareOptions, stages: AlignStages = {}): Group[] {
  // No stage reads a pair below this: the weakest link, member or runner-up that can matter.
  const floor = Math.min(options.linkThreshold, options.gapThreshold, options.memberThreshold, options.groupThreshold, options.mutualThreshold / options.mutualMargin);
  const state = newAlignment(before, after, candidatePairs(before, after, options.candidateLimit, options.commonStemShare, floor));
  for (let ci = 0; ci < state.candidates.length; ci++) {
    const c = state.candidates[ci]!;
    if (c.score < options.linkThreshold) break;
    if (!state.groupOf.before[c.before] && !state.groupOf.after[c.after]) {
      state.strong.add(addGroup(state, { before: [c.before], after: [c.after], similarity: c.score }));
    }
  }
  if (stages.mutualBest) linkClearMutualBest(state, options);
  fillNarrowGaps(state, options);
  groupAroundHubs(state, options);
  extendStrongLinks(state, options);
  return state.groups;
}
