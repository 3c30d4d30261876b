import { LEVENSHTEIN_BASELINE_THRESHOLD, greedyLevenshteinMatch } from '../eval/baselines.js';
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
 * The gold sentences of a series located in its readouts, numbered from 0 in readout order then
 * gold order: sentence `g` of readout `k` is number `first[k] + g`.
 */
interface SeriesKey {
  /** Per readout, its gold sentences in its text. */
  located: Located[][];
  first: number[];
  /** Per sentence number, its readout and its gold position (-1 under `ignore`). */
  readoutOf: number[];
  positionOf: number[];
}

function locateSeries(loaded: LoadedSeriesGold): SeriesKey {
  const key: SeriesKey = { located: [], first: [], readoutOf: [], positionOf: [] };
  loaded.texts.forEach((text, k) => {
    const { located, position } = locateAll(loaded.gold, k, text, loaded.name);
    key.located.push(located);
    key.first.push(key.readoutOf.length);
    for (const p of position) {
      key.readoutOf.push(k);
      key.positionOf.push(p);
    }
  });
  return key;
}

/**
 * Pairwise counts of predicted positions against a series gold: pairs of gold sentences from
 * different readouts that share a predicted position, against those that share a gold position;
 * a pair touching an ignored sentence counts neither way.
 *
 * @param key - the gold sentences located in the readouts (`locateSeries`)
 * @param predicted - for each predicted position, its slots (statement indexes per readout)
 * @example
 * scoreSeries(loaded.gold, locateSeries(loaded), readouts, trackSlots(readouts, resolveTrackOptions()).positions) //=> { tp: 53, fp: 3, fn: 15 }
 */
function scoreSeries(gold: SeriesGold, key: SeriesKey, readouts: readonly Readout[], predicted: readonly Slot[][]): Counts {
  const { located, first, readoutOf, positionOf } = key;
  // Gold pairs: two sentences of one gold position in different readouts.
  const goldMembers: number[][] = gold.positions.map(() => []);
  positionOf.forEach((position, g) => position >= 0 && goldMembers[position]!.push(g));
  let goldPairs = 0;
  for (const members of goldMembers) {
    for (let a = 0; a < members.length; a++) for (let b = a + 1; b < members.length; b++) if (readoutOf[members[a]!] !== readoutOf[members[b]!]) goldPairs++;
  }
  // Predicted pairs: two sentences of one predicted position in different readouts, neither
  // ignored; a pair is counted once though two predicted positions may share it. It is a gold
  // pair when the two sentences share a gold position.
  const predictedPairs = new Set<number>();
  let tp = 0;
  for (const slots of predicted) {
    const members = new Set<number>();
    for (const slot of slots) {
      for (const i of slot.statements) {
        const s = readouts[slot.readout]?.statements[i];
        if (!s) continue;
        const g = standsFor(s.start, s.end, located[slot.readout]!);
        if (g >= 0 && positionOf[first[slot.readout]! + g]! >= 0) members.add(first[slot.readout]! + g);
      }
    }
    const list = [...members].sort((x, y) => x - y);
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const x = list[a]!;
        const y = list[b]!;
        if (readoutOf[x] === readoutOf[y]) continue;
        const pair = x * readoutOf.length + y;
        if (predictedPairs.has(pair)) continue;
        predictedPairs.add(pair);
        if (positionOf[x] === positionOf[y]) tp++;
      }
    }
  }
  return { tp, fp: predictedPairs.size - tp, fn: goldPairs - tp };
}

/**
 * The threshold of the series baseline, as the issue states it: that of the pair baseline.
 *
 * @example
 * SERIES_BASELINE_THRESHOLD //=> 0.5
 */
export const SERIES_BASELINE_THRESHOLD = LEVENSHTEIN_BASELINE_THRESHOLD;

/**
 * The series baseline: each readout's statements chained to the positions seen so far, by
 * Levenshtein ratio (1 − distance / longer length, lower-cased normalized texts) with each
 * position's latest statement, matched greedily best first, one to one, at 0.5 or more
 * (`greedyLevenshteinMatch`); the rest start new positions.
 *
 * @example
 * levenshteinSeriesBaseline(mod2016to2024).length //=> 76
 */
export function levenshteinSeriesBaseline(readouts: readonly Readout[], threshold = SERIES_BASELINE_THRESHOLD): Slot[][] {
  const positions: { slots: Slot[]; latest: string }[] = [];
  readouts.forEach((readout, k) => {
    const texts = readout.statements.map((s) => s.normalized.toLowerCase());
    const matched = new Set<number>();
    for (const { i: p, j: i } of greedyLevenshteinMatch(positions.map((position) => position.latest), texts, threshold)) {
      matched.add(i);
      positions[p]!.slots.push({ readout: k, statements: [i] });
      positions[p]!.latest = texts[i]!;
    }
    texts.forEach((text, i) => {
      if (!matched.has(i)) positions.push({ slots: [{ readout: k, statements: [i] }], latest: text });
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
    // The gold is located once for all systems, after the first has run: a sentence not found
    // still fails only then.
    let key: SeriesKey | undefined;
    for (const system of systems) {
      const predicted = system === 'readout-diff' ? trackSlots(readouts, resolved).positions : levenshteinSeriesBaseline(readouts);
      key ??= locateSeries(loaded);
      const counts = scoreSeries(loaded.gold, key, readouts, predicted);
      rows.get(system)?.push(seriesRow(system, loaded.name, counts));
      const t = totals.get(system)!;
      totals.set(system, { tp: t.tp + counts.tp, fp: t.fp + counts.fp, fn: t.fn + counts.fn });
    }
  }
  return systems.flatMap((s) => [...(rows.get(s) ?? []), seriesRow(s, 'overall', totals.get(s)!)]);
}
