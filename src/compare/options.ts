import { keepShape } from '../shapes.js';
import { ReadoutError } from '../errors.js';
import type { DocumentFrequencies } from '../similarity/index.js';
import { CORPUS_FREQUENCIES } from '../similarity/index.js';

/** Options of `compareReadouts`; every field has a default tuned on the development pairs. */
export interface CompareOptions {
  /**
   * Least similarity (weighted Dice over content stems, 0-1) for two statements to be linked one
   * to one. Default 0.3: below it, pairs in the development set share only boilerplate and a topic
   * word ("ballistic missile launch") but state different positions.
   */
  linkThreshold?: number;
  /**
   * Least similarity for a link between two statements that are each other's best partner by a
   * clear margin (`mutualMargin`). Default 0.2: the member threshold of splits and merges; below
   * it, statements share only a topic word or two.
   */
  mutualThreshold?: number;
  /**
   * How many times the runner-up's similarity the best partner must score, on both sides, for a
   * link at `mutualThreshold`. Default 1.5: the pair stands out clearly from the alternatives.
   */
  mutualMargin?: number;
  /**
   * Least similarity for a link between two statements that sit in the same gap between in-order
   * links (anchors). Default 0.15: order is strong evidence, so a weaker overlap suffices there.
   */
  gapThreshold?: number;
  /**
   * Least similarity between a statement and the pooled stems of the two or more statements it
   * splits into or merges. Default 0.25, below `linkThreshold`: pooling adds each partner's other
   * clauses, so a true merge scores lower than a one-to-one rewording of the same content.
   */
  groupThreshold?: number;
  /**
   * Least similarity of each statement to the one it merges into or splits from (the hub). Default 0.2: between the gap and link thresholds, since several
   * weak partners together are weaker evidence than one strong one.
   */
  memberThreshold?: number;
  /**
   * Least share of the shorter statement's content found in the other, for each partner of a
   * split or merge. Default 0.4: a half of a split restates a good part of the whole; a statement
   * sharing only a few words spread thin over both ("based", "intensive", "security environment")
   * does not. (It was 0.3 while the frame of a statement, its actor, verb and intensifiers,
   * weighed as much as its content; at 0.4 the development pairs are unchanged within 0.003.)
   */
  groupContainment?: number;
  /**
   * Least gain in how much of the hub statement the group covers that a second (third ...)
   * partner must bring. Default 0.05: a partner that adds nothing new repeats the first one.
   */
  groupGain?: number;
  /**
   * How many candidate partners each statement keeps from the stem index before exact scoring,
   * from each side (so up to twice as many pairs per statement). Default 10: far more than ever
   * compete for one position, and it bounds the work per statement on long documents.
   */
  candidateLimit?: number;
  /**
   * A stem held by more than this share of the statements of a side (and by more than 64 of them)
   * proposes no candidates; it still counts in the score. Default 0.05: such stems ("alliance",
   * "cooperation") would make candidate generation quadratic on long documents.
   */
  commonStemShare?: number;
  /** Corpus document frequencies for IDF weights. Default: the bundled readouts corpus. */
  corpus?: DocumentFrequencies;
}

/** `CompareOptions` with every default filled in. */
export type ResolvedCompareOptions = Required<CompareOptions>;

/**
 * The defaults of `compareReadouts`, exported so that reports and the CLI can print them.
 *
 * @example
 * DEFAULT_COMPARE_OPTIONS.linkThreshold //=> 0.3
 */
export const DEFAULT_COMPARE_OPTIONS: Readonly<ResolvedCompareOptions> = Object.freeze({
  linkThreshold: 0.3,
  mutualThreshold: 0.2,
  mutualMargin: 1.5,
  gapThreshold: 0.15,
  groupThreshold: 0.25,
  memberThreshold: 0.2,
  groupContainment: 0.4,
  groupGain: 0.05,
  candidateLimit: 10,
  commonStemShare: 0.05,
  corpus: CORPUS_FREQUENCIES,
});

function checkShare(name: string, value: number): void {
  if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
    throw new ReadoutError('INVALID_OPTION', `${name} must be a number from 0 to 1, got ${String(value)}`);
  }
}

/**
 * Fills in the defaults and rejects out-of-range values with a `ReadoutError('INVALID_OPTION')`.
 *
 * @example
 * resolveCompareOptions({ linkThreshold: 0.5 }).groupGain //=> 0.05
 */
export function resolveCompareOptions(options: CompareOptions = {}): ResolvedCompareOptions {
  const resolved: ResolvedCompareOptions = { ...DEFAULT_COMPARE_OPTIONS };
  for (const [key, value] of Object.entries(options)) {
    if (value !== undefined) (resolved as unknown as Record<string, unknown>)[key] = value;
  }
  checkShare('linkThreshold', resolved.linkThreshold);
  checkShare('gapThreshold', resolved.gapThreshold);
  checkShare('mutualThreshold', resolved.mutualThreshold);
  if (typeof resolved.mutualMargin !== 'number' || !(resolved.mutualMargin >= 1)) {
    throw new ReadoutError('INVALID_OPTION', `mutualMargin must be a number of at least 1, got ${String(resolved.mutualMargin)}`);
  }
  checkShare('groupThreshold', resolved.groupThreshold);
  checkShare('memberThreshold', resolved.memberThreshold);
  checkShare('groupContainment', resolved.groupContainment);
  checkShare('groupGain', resolved.groupGain);
  checkShare('commonStemShare', resolved.commonStemShare);
  if (!Number.isInteger(resolved.candidateLimit) || resolved.candidateLimit < 1) {
    throw new ReadoutError('INVALID_OPTION', `candidateLimit must be a positive integer, got ${String(resolved.candidateLimit)}`);
  }
  if (typeof resolved.corpus !== 'object' || resolved.corpus === null || typeof resolved.corpus.documents !== 'number') {
    throw new ReadoutError('INVALID_OPTION', 'corpus must be { documents, frequencies }');
  }
  return resolved;
}

// The options object of every comparison has one hidden class: kept alive, so that the code
// reading it is not thrown away when no comparison is under way (`keepShape`).
keepShape(resolveCompareOptions());
