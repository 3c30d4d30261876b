import levenshtein from 'fast-levenshtein';
import { goldFailure, goldName, readGoldJson, readGoldReadout, strings } from '../eval/gold.js';
import { prf, type EvalRow, type Prf } from '../eval/index.js';
import { locate, standsFor, type Counts, type Located, type PairCounts } from '../eval/score.js';
import { parseReadout } from '../parse/index.js';
import type { Readout } from '../types.js';
import { resolveTrackOptions } from './options.js';
import type { TrackOptions } from './options.js';
import { trackSlots } from './positions.js';
import type { Slot } from './positions.js';

/** A series gold file as written (ANNOTATION.md, "Series"). */
export interface SeriesGold {
  readouts: string[];
  /** Readout index (as a string key) → sentences that are not positions (preamble). */
  ignore: Record<string, string[]>;
  positions: { label: string; occurrences: Record<string, string[]> }[];
  notes?: string;
}

/** A series gold file with the texts of its readouts, ready to score. */
export interface LoadedSeriesGold {
  /** The gold file's name without `.json`. */
  name: string;
  gold: SeriesGold;
  texts: string[];
}

/**
 * Checks that a parsed JSON value has the shape of a series gold file, with a
 * `ReadoutError('INVALID_GOLD')` naming the first field that does not.
 *
 * @example
 * checkSeriesGold(JSON.parse(text), 'series.json').positions.length //=> 42
 */
export function checkSeriesGold(value: unknown, where: string): SeriesGold {
  const fail = goldFailure(where);
  if (typeof value !== 'object' || value === null) return fail('not a JSON object');
  const g = value as Record<string, unknown>;
  if (!strings(g.readouts) || g.readouts.length === 0) fail('"readouts" must be a list of paths');
  const count = (g.readouts as string[]).length;
  const checkKeys = (record: unknown, what: string): Record<string, string[]> => {
    if (typeof record !== 'object' || record === null || Array.isArray(record)) return fail(`${what} must map readout indexes to sentences`);
    for (const [key, list] of Object.entries(record)) {
      const k = Number(key);
      if (!Number.isInteger(k) || k < 0 || k >= count) fail(`${what}: "${key}" is not a readout index`);
      if (!strings(list)) fail(`${what}: "${key}" must hold a list of sentences`);
    }
    return record as Record<string, string[]>;
  };
  const ignore = checkKeys(g.ignore ?? {}, '"ignore"');
  if (!Array.isArray(g.positions)) fail('"positions" must be a list');
  const positions = (g.positions as unknown[]).map((p, i) => {
    const o = p as Record<string, unknown>;
    if (typeof o !== 'object' || o === null) return fail(`position ${i + 1} is not an object`);
    return { label: String(o.label ?? ''), occurrences: checkKeys(o.occurrences, `position ${i + 1} "occurrences"`) };
  });
  return { readouts: g.readouts as string[], ignore, positions, notes: typeof g.notes === 'string' ? g.notes : undefined };
}

/**
 * Reads a series gold file and every readout it names (paths resolved as for pair gold files).
 *
 * @example
 * loadSeriesGold('tests/fixtures/gold/series/mod-defense-ministerial-2016-2024.json').texts.length //=> 10
 */
export function loadSeriesGold(goldFile: string): LoadedSeriesGold {
  const gold = checkSeriesGold(readGoldJson(goldFile), goldFile);
  return { name: goldName(goldFile), gold, texts: gold.readouts.map((path) => readGoldReadout(path, goldFile)) };
}

/** The gold sentences of one readout, located in its text, with their positions (-1 under `ignore`). */
interface ReadoutGold {
  located: Located[];
  position: number[];
}

function locateAll(gold: SeriesGold, k: number, text: string, where: string): ReadoutGold {
  const entries: [string, number][] = [
    ...(gold.ignore[String(k)] ?? []).map((s): [string, number] => [s, -1]),
    ...gold.positions.flatMap((p, pi) => (p.occurrences[String(k)] ?? []).map((s): [string, number] => [s, pi])),
  ];
  return { located: locate(entries.map((e) => e[0]), text, `${where}: readout ${k}`), position: entries.map((e) => e[1]) };
}

/**
 * Pairwise counts of predicted positions against a series gold: pairs of gold sentences from
 * different readouts that share a predicted position, against those that share a gold position;
 * a pair touching an ignored sentence counts neither way.
 *
 * @param predicted - for each predicted position, its slots (statement indexes per readout)
 * @example
 * scoreSeries(loaded, readouts, trackSlots(readouts, resolveTrackOptions()).positions) //=> { tp: 53, fp: 3, fn: 15 }
 */
export function scoreSeries(loaded: LoadedSeriesGold, readouts: readonly Readout[], predicted: readonly Slot[][]): Counts {
  const located = loaded.texts.map((text, k) => locateAll(loaded.gold, k, text, loaded.name));
  // Statement → gold sentence, as "k:g".
  const goldOf = (k: number, i: number): string | null => {
    const s = readouts[k]?.statements[i];
    if (!s) return null;
    const g = standsFor(s.start, s.end, located[k]!.located);
    return g < 0 ? null : `${k}:${g}`;
  };
  const positionOf = (id: string): number => {
    const [k, g] = id.split(':').map(Number) as [number, number];
    return located[k]!.position[g]!;
  };
  const pairKey = (x: string, y: string): string => (x < y ? `${x}|${y}` : `${y}|${x}`);
  const goldPairs = new Set<string>();
  loaded.gold.positions.forEach((_, pi) => {
    const members: string[] = [];
    located.forEach((list, k) => list.position.forEach((position, gi) => position === pi && members.push(`${k}:${gi}`)));
    for (const x of members) for (const y of members) if (x < y && x.split(':')[0] !== y.split(':')[0]) goldPairs.add(pairKey(x, y));
  });
  const predictedPairs = new Set<string>();
  for (const slots of predicted) {
    const members = [...new Set(slots.flatMap((slot) => slot.statements.map((i) => goldOf(slot.readout, i)).filter((g): g is string => g !== null)))];
    for (const x of members) {
      for (const y of members) {
        if (x >= y || x.split(':')[0] === y.split(':')[0]) continue;
        if (positionOf(x) < 0 || positionOf(y) < 0) continue; // an ignored sentence counts neither way
        predictedPairs.add(pairKey(x, y));
      }
    }
  }
  let tp = 0;
  for (const pair of predictedPairs) if (goldPairs.has(pair)) tp++;
  return { tp, fp: predictedPairs.size - tp, fn: goldPairs.size - tp };
}

/**
 * The threshold of the series baseline, as the issue states it.
 *
 * @example
 * SERIES_BASELINE_THRESHOLD //=> 0.5
 */
export const SERIES_BASELINE_THRESHOLD = 0.5;

/**
 * The series baseline: each readout's statements chained to the positions seen so far, by
 * Levenshtein ratio (1 − distance / longer length, lower-cased normalized texts) with each
 * position's latest statement, matched greedily best first, one to one, at 0.5 or more;
 * the rest start new positions.
 *
 * @example
 * levenshteinSeriesBaseline(mod2016to2024).length //=> 76
 */
export function levenshteinSeriesBaseline(readouts: readonly Readout[], threshold = SERIES_BASELINE_THRESHOLD): Slot[][] {
  const positions: { slots: Slot[]; latest: string }[] = [];
  readouts.forEach((readout, k) => {
    const texts = readout.statements.map((s) => s.normalized.toLowerCase());
    const pairs: { p: number; i: number; ratio: number }[] = [];
    positions.forEach((position, p) => {
      texts.forEach((text, i) => {
        const ratio = 1 - levenshtein.get(position.latest, text) / Math.max(1, position.latest.length, text.length);
        if (ratio >= threshold) pairs.push({ p, i, ratio });
      });
    });
    pairs.sort((x, y) => y.ratio - x.ratio || x.p - y.p || x.i - y.i);
    const usedP = new Set<number>();
    const usedI = new Set<number>();
    for (const { p, i } of pairs) {
      if (usedP.has(p) || usedI.has(i)) continue;
      usedP.add(p);
      usedI.add(i);
      positions[p]!.slots.push({ readout: k, statements: [i] });
      positions[p]!.latest = texts[i]!;
    }
    texts.forEach((text, i) => {
      if (!usedI.has(i)) positions.push({ slots: [{ readout: k, statements: [i] }], latest: text });
    });
  });
  return positions.map((p) => p.slots);
}

/** The systems a series evaluation scores. */
export type SeriesSystem = 'readout-diff' | 'levenshtein-0.5';

/** Options of `evaluateSeries`. */
export interface SeriesEvalOptions {
  /** Also score the Levenshtein chaining baseline. Default true. */
  baselines?: boolean;
  /** Options passed to `trackPositions`' tracking. */
  track?: TrackOptions;
}

const NONE: Prf = { precision: null, recall: null, f1: null };


function seriesRow(system: SeriesSystem, name: string, links: Counts): EvalRow {
  const zero: Counts = { tp: 0, fp: 0, fn: 0 };
  const counts: PairCounts = { links, new: zero, dropped: zero, typesFound: 0, typesCorrect: 0 };
  return { system, pair: name, links: prf(links), new: NONE, dropped: NONE, typeAccuracy: null, counts };
}

/**
 * Scores `trackPositions` (and the Levenshtein chaining baseline) against series gold files:
 * pairwise link precision, recall and F1 per file and overall, in the row shape of `evaluateGold`
 * (new, dropped and type accuracy do not apply to a series and stay null).
 *
 * @param gold - series gold file paths, or series gold already loaded with `loadSeriesGold`
 * @example
 * evaluateSeries(['tests/fixtures/gold/series/mod-defense-ministerial-2016-2024.json']).map((r) => [r.system, r.links.f1])
 * //=> [['readout-diff', 0.8548], ['readout-diff', 0.8548], ['levenshtein-0.5', 0.427], ['levenshtein-0.5', 0.427]]
 */
export function evaluateSeries(gold: readonly (string | LoadedSeriesGold)[], options: SeriesEvalOptions = {}): EvalRow[] {
  const systems: SeriesSystem[] = options.baselines === false ? ['readout-diff'] : ['readout-diff', 'levenshtein-0.5'];
  const resolved = resolveTrackOptions(options.track);
  const rows = new Map<SeriesSystem, EvalRow[]>(systems.map((s) => [s, []]));
  const totals = new Map<SeriesSystem, Counts>(systems.map((s) => [s, { tp: 0, fp: 0, fn: 0 }]));
  for (const entry of gold) {
    const loaded = typeof entry === 'string' ? loadSeriesGold(entry) : entry;
    // The gold lists its readouts in date order: they are tracked in that order, not re-sorted.
    const readouts = loaded.texts.map((text) => parseReadout(text));
    for (const system of systems) {
      const predicted = system === 'readout-diff' ? trackSlots(readouts, resolved).positions : levenshteinSeriesBaseline(readouts);
      const counts = scoreSeries(loaded, readouts, predicted);
      rows.get(system)?.push(seriesRow(system, loaded.name, counts));
      const t = totals.get(system)!;
      totals.set(system, { tp: t.tp + counts.tp, fp: t.fp + counts.fp, fn: t.fn + counts.fn });
    }
  }
  return systems.flatMap((s) => [...(rows.get(s) ?? []), seriesRow(s, 'overall', totals.get(s)!)]);
}
