/**
 * Alignment scores on a synthetic pair: which generated sentence each parsed statement stands
 * for, and precision, recall and F1 of the predicted links against the known edits.
 */
import type { PredictedChange } from '../src/eval/score.js';
import type { Statement } from '../src/types.js';
import type { SyntheticPair, SyntheticSide } from './synthetic.js';

/**
 * For each statement, the index of the generated sentence it covers most, if it covers at least
 * half of it (the rule of ANNOTATION.md), else -1. Both lists are in document order, so one sweep.
 */
export function sentenceOf(statements: readonly Statement[], side: SyntheticSide): number[] {
  let k = 0;
  return statements.map((s) => {
    while (k < side.spans.length && side.spans[k]!.end <= s.start) k++;
    let best = -1;
    let bestOverlap = 0;
    for (let g = k; g < side.spans.length && side.spans[g]!.start < s.end; g++) {
      const overlap = Math.min(s.end, side.spans[g]!.end) - Math.max(s.start, side.spans[g]!.start);
      if (overlap > bestOverlap) {
        best = g;
        bestOverlap = overlap;
      }
    }
    const span = side.spans[best];
    return span && bestOverlap * 2 >= span.end - span.start ? best : -1;
  });
}

/** Precision, recall and F1 of one measure, with its counts. */
export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

function prf(tp: number, fp: number, fn: number): Prf {
  return {
    tp,
    fp,
    fn,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    f1: tp + fp + fn === 0 ? 1 : (2 * tp) / (2 * tp + fp + fn),
  };
}

/** The scores of one system on one pair. */
export interface AlignmentScore {
  /** Every gold link (unchanged, reworded, moved): the headline F1. */
  links: Prf;
  /** Recall of the links of the edited sentences only, by edit. */
  reworded: number;
  moved: number;
  /** The sentences that are flagged `dropped` and `new` against the known drops and additions. */
  dropped: Prf;
  added: Prf;
  /** Generated sentences the parser returned as exactly one statement, per side (share). */
  segmented: { before: number; after: number };
}

/**
 * Scores predicted changes (of `compareReadouts` or a baseline) on a synthetic pair: a predicted
 * link is a before and after statement in one change; it is right when the two stand for the
 * generated sentences the known edits link.
 *
 * @example
 * scoreAlignment(pair, { before: b.statements, after: a.statements }, comparison.changes).links.f1 //=> 0.99
 */
export function scoreAlignment(
  pair: SyntheticPair,
  statements: { before: readonly Statement[]; after: readonly Statement[] },
  changes: readonly PredictedChange[],
): AlignmentScore {
  const ofBefore = new Map<string, number>();
  const ofAfter = new Map<string, number>();
  const beforeIndexes = sentenceOf(statements.before, pair.before);
  const afterIndexes = sentenceOf(statements.after, pair.after);
  statements.before.forEach((s, i) => beforeIndexes[i]! >= 0 && ofBefore.set(s.id, beforeIndexes[i]!));
  statements.after.forEach((s, i) => afterIndexes[i]! >= 0 && ofAfter.set(s.id, afterIndexes[i]!));

  const key = (b: number, a: number): number => b * (pair.after.sentences.length + 1) + a;
  const predicted = new Set<number>();
  const flagged = { dropped: new Set<number>(), added: new Set<number>() };
  for (const c of changes) {
    for (const id of c.before) {
      const b = ofBefore.get(id);
      if (b === undefined) continue;
      if (c.type === 'dropped') flagged.dropped.add(b);
      for (const aid of c.after) {
        const a = ofAfter.get(aid);
        if (a !== undefined) predicted.add(key(b, a));
      }
    }
    if (c.type === 'new') for (const id of c.after) if (ofAfter.has(id)) flagged.added.add(ofAfter.get(id)!);
  }

  let tp = 0;
  const found = { reworded: 0, rewordedAll: 0, moved: 0, movedAll: 0 };
  for (const link of pair.links) {
    const hit = predicted.has(key(link.before, link.after));
    if (hit) tp++;
    if (link.type === 'reworded') {
      found.rewordedAll++;
      if (hit) found.reworded++;
    }
    if (link.moved) {
      found.movedAll++;
      if (hit) found.moved++;
    }
  }
  const versus = (got: Set<number>, gold: readonly number[]): Prf => {
    const want = new Set(gold);
    let hits = 0;
    for (const g of got) if (want.has(g)) hits++;
    return prf(hits, got.size - hits, want.size - hits);
  };
  const count = (xs: readonly number[]): Map<number, number> => {
    const m = new Map<number, number>();
    for (const x of xs) if (x >= 0) m.set(x, (m.get(x) ?? 0) + 1);
    return m;
  };
  const once = (xs: readonly number[], n: number): number => [...count(xs).values()].filter((v) => v === 1).length / Math.max(1, n);
  return {
    links: prf(tp, predicted.size - tp, pair.links.length - tp),
    reworded: found.rewordedAll === 0 ? 1 : found.reworded / found.rewordedAll,
    moved: found.movedAll === 0 ? 1 : found.moved / found.movedAll,
    dropped: versus(flagged.dropped, pair.edits.flatMap((e) => (e.type === 'dropped' ? [e.before] : []))),
    added: versus(flagged.added, pair.edits.flatMap((e) => (e.type === 'added' ? [e.after] : []))),
    segmented: { before: once(beforeIndexes, pair.before.sentences.length), after: once(afterIndexes, pair.after.sentences.length) },
  };
}
