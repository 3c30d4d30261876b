import { compareReadouts } from '../compare/index.js';
import type { CompareOptions } from '../compare/index.js';
import { parseReadout } from '../parse/index.js';
import { diffArraysBaseline, levenshteinBaseline } from './baselines.js';
import { loadGold } from './gold.js';
import type { LoadedGold } from './gold.js';
import { scorePair } from './score.js';
import type { Counts, PairCounts, PredictedChange } from './score.js';

export { loadGold, resolveReadoutPath } from './gold.js';
export type { GoldPair, GoldLink, LoadedGold } from './gold.js';
export { scorePair } from './score.js';
export type { Counts, PairCounts, PredictedChange } from './score.js';
export { diffArraysBaseline, levenshteinBaseline } from './baselines.js';
export { formatEvalTable } from './table.js';

/** The systems an evaluation scores: readout-diff itself and the two baselines. */
export type EvalSystem = 'readout-diff' | 'diff-arrays' | 'levenshtein-0.5';

/** Precision, recall and F1; null where undefined (nothing predicted, or nothing to find). */
export interface Prf {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/** One row of the evaluation table: a system on one gold pair, or on all of them (`overall`). */
export interface EvalRow {
  system: EvalSystem;
  /** The gold file's name, or `overall` for the sums over all pairs. */
  pair: string;
  links: Prf;
  new: Prf;
  dropped: Prf;
  /** Share of found gold links whose predicted type matches; null when none was found. */
  typeAccuracy: number | null;
  counts: PairCounts;
}

/** Options of `evaluateGold`. */
export interface EvalOptions {
  /** Also score the two baselines on the same statements. Default false. */
  baselines?: boolean;
  /** Options passed to `compareReadouts`. */
  compare?: CompareOptions;
}

/** The result of `evaluateGold`: rows per system, each system's pairs followed by its `overall`. */
export interface EvalReport {
  rows: EvalRow[];
}

const round = (x: number): number => Math.round(x * 10_000) / 10_000;

/**
 * Precision, recall and F1 of counts, rounded to 4 places; nothing to find and nothing claimed
 * scores F1 1.
 *
 * @example
 * prf({ tp: 3, fp: 1, fn: 1 }) //=> { precision: 0.75, recall: 0.75, f1: 0.75 }
 */
export function prf({ tp, fp, fn }: Counts): Prf {
  const precision = tp + fp === 0 ? null : tp / (tp + fp);
  const recall = tp + fn === 0 ? null : tp / (tp + fn);
  // Nothing to find and nothing claimed is a perfect score, not an undefined one.
  if (tp + fp + fn === 0) return { precision: null, recall: null, f1: 1 };
  const f1 = (2 * tp) / (2 * tp + fp + fn);
  return { precision: precision === null ? null : round(precision), recall: recall === null ? null : round(recall), f1: round(f1) };
}

function row(system: EvalSystem, pair: string, counts: PairCounts): EvalRow {
  return {
    system,
    pair,
    links: prf(counts.links),
    new: prf(counts.new),
    dropped: prf(counts.dropped),
    typeAccuracy: counts.typesFound === 0 ? null : round(counts.typesCorrect / counts.typesFound),
    counts,
  };
}

function add(x: PairCounts, y: PairCounts): PairCounts {
  const sum = (a: Counts, b: Counts): Counts => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });
  return {
    links: sum(x.links, y.links),
    new: sum(x.new, y.new),
    dropped: sum(x.dropped, y.dropped),
    typesFound: x.typesFound + y.typesFound,
    typesCorrect: x.typesCorrect + y.typesCorrect,
  };
}

const ZERO: PairCounts = { links: { tp: 0, fp: 0, fn: 0 }, new: { tp: 0, fp: 0, fn: 0 }, dropped: { tp: 0, fp: 0, fn: 0 }, typesFound: 0, typesCorrect: 0 };

/**
 * Scores readout-diff (and, with `baselines`, jsdiff `diffArrays` and a greedy Levenshtein match)
 * against gold alignments: per pair and overall link P/R/F1, new and dropped F1 and type accuracy.
 * Gold files are read from disk with their readout paths resolved as ANNOTATION.md says.
 *
 * @param gold - gold file paths, or gold pairs already loaded with `loadGold`
 * @example
 * evaluateGold(['tests/fixtures/gold/pairs/03-dmm-2024-05-to-2024-06.json']).rows.at(-1).links.f1 //=> 0.9091
 */
export function evaluateGold(gold: readonly (string | LoadedGold)[], options: EvalOptions = {}): EvalReport {
  const systems: EvalSystem[] = options.baselines ? ['readout-diff', 'diff-arrays', 'levenshtein-0.5'] : ['readout-diff'];
  const perSystem = new Map<EvalSystem, EvalRow[]>(systems.map((s) => [s, []]));
  const totals = new Map<EvalSystem, PairCounts>(systems.map((s) => [s, ZERO]));
  for (const entry of gold) {
    const loaded = typeof entry === 'string' ? loadGold(entry) : entry;
    const before = parseReadout(loaded.beforeText);
    const after = parseReadout(loaded.afterText);
    const texts = { before: loaded.beforeText, after: loaded.afterText };
    const statements = { before: before.statements, after: after.statements };
    for (const system of systems) {
      const changes: PredictedChange[] =
        system === 'readout-diff'
          ? compareReadouts(before, after, options.compare).changes
          : system === 'diff-arrays'
            ? diffArraysBaseline(before.statements, after.statements)
            : levenshteinBaseline(before.statements, after.statements);
      const counts = scorePair(loaded.gold, texts, statements, changes);
      perSystem.get(system)?.push(row(system, loaded.name, counts));
      totals.set(system, add(totals.get(system) ?? ZERO, counts));
    }
  }
  const rows: EvalRow[] = [];
  for (const system of systems) rows.push(...(perSystem.get(system) ?? []), row(system, 'overall', totals.get(system) ?? ZERO));
  return { rows };
}
