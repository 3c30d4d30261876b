/**
 * The tracking part of the benchmark (issue 5): `trackPositions` over a synthetic series of
 * readouts of 40 statements (bench/series.ts) against `compareReadouts` on the consecutive pairs of
 * the same parsed readouts alone, in time (medians of interleaved runs, wall and CPU) and in peak
 * memory (each in its own process, bench/peak-memory.mjs), at 250 and 1,000 readouts, so that the
 * growth from 250 to 1,000 (linear: 4×) can be held to a limit.
 *
 * `npm run bench` (bench/run.ts) calls `measureTracking` and adds its table and targets to
 * bench/results.md. Alone, without writing anything: `tsx bench/tracking.ts [--quick] [--seed n]`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { compareReadouts } from '../src/compare/index.js';
import { parseReadout } from '../src/parse/index.js';
import { trackPositions } from '../src/track/index.js';
import type { Readout } from '../src/types.js';
import { ensureBuild } from './build.js';
import { interleaved, median, medians, runPeakMemory } from './measure.js';
import type { PeakMemoryRun, Runs, Timing } from './measure.js';
import { realSentences } from './pool.js';
import { fmtMB, fmtMs, fmtN, progressLog, targetsTable } from './report.js';
import type { Target } from './report.js';
import { countChanges, syntheticSeries } from './series.js';
import type { SyntheticSeries } from './series.js';

/** Series lengths timed; the largest is the one the issue names, and the one whose memory is measured. */
export const SERIES_SIZES = [250, 1000] as const;
/** Statements per readout (issue 5). */
export const SERIES_STATEMENTS = 40;
/**
 * Most growth of tracking's time from 250 to 1,000 readouts (4× the readouts; linear is 4×): the
 * comparison's own growth target (4,000 / 1,000 statements ≤ 6×), so "close to linear" leaves the
 * same room for noise and for costs that grow with the number of positions.
 */
export const GROWTH_LIMIT = 6;

export interface SeriesSizeResult {
  readouts: number;
  /** Statements parsed over the whole series, and how many of them are positions (the rest context). */
  statements: number;
  positionStatements: number;
  /** The generator's changes over the series (new counts the first readout's statements). */
  changes: ReturnType<typeof countChanges>;
  /** Positions the generator made, and positions `trackPositions` returned. */
  positions: { generated: number; tracked: number };
  /**
   * Medians, in ms, of `trackPositions` over the series and of `compareReadouts` on its N - 1
   * consecutive pairs, summed.
   */
  ms: { track: Timing; pairs: Timing };
  runs: { track: Runs; pairs: Runs };
}

/** What one peak-memory child reports for a series. */
export type SeriesMemoryRun = PeakMemoryRun<'track' | 'pairs' | 'load-series'>;

export interface SeriesMemoryResult {
  readouts: number;
  /** Peak RSS of a process that loads the parsed series and tracks it (median of the runs), bytes. */
  trackMaxRSS: number;
  /** Peak RSS of a process that loads it and compares its consecutive pairs one after another. */
  pairsMaxRSS: number;
  /** Peak RSS of a process that only loads it: the floor under both. */
  loadMaxRSS: number;
  runs: SeriesMemoryRun[];
}

export interface TrackingResult {
  seed: number;
  /** Real sentences the series are drawn from. */
  pool: number;
  sizes: SeriesSizeResult[];
  memory: SeriesMemoryResult;
}

export interface TrackingOptions {
  seed: number;
  quick?: boolean;
  /** Progress lines, e.g. to stderr. */
  log?: (line: string) => void;
}

/** The series of `count` readouts of the seed, its texts parsed (outside any timing). */
function parsedSeries(pool: readonly string[], count: number, seed: number): { series: SyntheticSeries; readouts: Readout[] } {
  const series = syntheticSeries(pool, { readouts: count, size: SERIES_STATEMENTS, seed });
  return { series, readouts: series.readouts.map((r) => parseReadout(r.text)) };
}

/** `compareReadouts` on each consecutive pair in turn, keeping nothing: the baseline of tracking. */
function comparePairs(readouts: readonly Readout[]): number {
  let changes = 0;
  for (let k = 1; k < readouts.length; k++) changes += compareReadouts(readouts[k - 1]!, readouts[k]!).changes.length;
  return changes;
}

/**
 * Times tracking and the pairs on one series length, interleaved. Only this length's readouts are
 * alive meanwhile (as bench/run.ts does for the comparison's sizes).
 */
function measureSeriesSize(pool: readonly string[], count: number, options: TrackingOptions): SeriesSizeResult {
  const { series, readouts } = parsedSeries(pool, count, options.seed);
  const statements = readouts.reduce((sum, r) => sum + r.statements.length, 0);
  const positionStatements = readouts.reduce((sum, r) => sum + r.statements.filter((s) => s.kind === 'position').length, 0);
  let tracked = 0;
  // Tracking 1,000 readouts takes some 10 s: three runs of each (one each when quick) fit in about
  // a minute; at 250, five.
  const reps = options.quick ? 1 : count >= 1000 ? 3 : 5;
  const runs = interleaved(
    {
      track: () => (tracked = trackPositions(readouts).positions.length),
      pairs: () => comparePairs(readouts),
    },
    { reps, budgetMs: options.quick ? 10_000 : 60_000 },
  );
  const result: SeriesSizeResult = {
    readouts: count,
    statements,
    positionStatements,
    changes: countChanges(series),
    positions: { generated: series.positionCount, tracked },
    ms: { track: medians(runs.track), pairs: medians(runs.pairs) },
    runs,
  };
  options.log?.(`series of ${count}: track ${fmtMs(result.ms.track.wall)} (CPU ${fmtMs(result.ms.track.cpu)}), pairs ${fmtMs(result.ms.pairs.wall)} (CPU ${fmtMs(result.ms.pairs.cpu)})`);
  return result;
}

/** Peak RSS of tracking the series and of comparing its pairs, each in its own process on dist/. */
function measureSeriesMemory(pool: readonly string[], count: number, options: TrackingOptions): SeriesMemoryResult {
  const dir = mkdtempSync(join(tmpdir(), 'readout-diff-series-'));
  try {
    const file = join(dir, 'series.json');
    writeFileSync(file, JSON.stringify(parsedSeries(pool, count, options.seed).readouts));
    // Peaks vary by some 10 MB with when collections fall: the median of three of each (one when
    // quick), alternating, and one run of the floor.
    const track: SeriesMemoryRun[] = [];
    const pairs: SeriesMemoryRun[] = [];
    for (let r = 0; r < (options.quick ? 1 : 3); r++) {
      track.push(runPeakMemory('track', file));
      pairs.push(runPeakMemory('pairs', file));
    }
    const load = runPeakMemory('load-series', file);
    const trackMaxRSS = median(track.map((x) => x.maxRSS));
    const pairsMaxRSS = median(pairs.map((x) => x.maxRSS));
    options.log?.(`series of ${count}, peak RSS: track ${fmtMB(trackMaxRSS)}, pairs ${fmtMB(pairsMaxRSS)}, load ${fmtMB(load.maxRSS)}`);
    return { readouts: count, trackMaxRSS, pairsMaxRSS, loadMaxRSS: load.maxRSS, runs: [...track, ...pairs, load] };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The tracking benchmark: times at each of `SERIES_SIZES`, then peak memory at the largest. The
 * peak-memory children run dist/index.js: the caller builds it first (`ensureBuild`).
 *
 * @example
 * measureTracking(realSentences(), { seed: 1 }).sizes.map((s) => s.readouts) //=> [250, 1000]
 */
export function measureTracking(pool: readonly string[], options: TrackingOptions): TrackingResult {
  const sizes = SERIES_SIZES.map((count) => measureSeriesSize(pool, count, options));
  const memory = measureSeriesMemory(pool, SERIES_SIZES[SERIES_SIZES.length - 1]!, options);
  return { seed: options.seed, pool: pool.length, sizes, memory };
}

// ---------------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------------

const fmtX = (x: number): string => `${x.toFixed(2)}×`;

/** The targets rows of the tracking benchmark, for bench/run.ts's targets table. */
export function trackingTargets(result: TrackingResult): Target[] {
  const [small, large] = [result.sizes[0]!, result.sizes[result.sizes.length - 1]!];
  const growth = large.ms.track.wall / small.ms.track.wall;
  return [
    {
      target: `trackPositions@${fmtN(large.readouts)} / trackPositions@${fmtN(small.readouts)} readouts (linear: ${large.readouts / small.readouts})`,
      value: growth,
      measured: growth.toFixed(2),
      cpu: (large.ms.track.cpu / small.ms.track.cpu).toFixed(2),
      limit: `≤ ${GROWTH_LIMIT}`,
      pass: growth <= GROWTH_LIMIT,
    },
  ];
}

/** The tracking section of bench/results.md: lines, without a trailing blank line. */
export function trackingMarkdown(result: TrackingResult): string[] {
  const { sizes, memory } = result;
  const large = sizes[sizes.length - 1]!;
  const lines: string[] = [];
  lines.push(`### Tracking a series (issue 5)`);
  lines.push('');
  lines.push(
    `Synthetic series of readouts of ${SERIES_STATEMENTS} real sentences (bench/series.ts), a week apart, each evolving from the one before: per readout, about ${Math.round(large.changes.dropped / (large.readouts - 1))} positions dropped, ${Math.round(large.changes.reworded / (large.readouts - 1))} reworded with the known edits, ${Math.round(large.changes.reinstated / (large.readouts - 1))} back after a gap of one or two readouts and the rest carried, with new ones making up ${SERIES_STATEMENTS}. \`trackPositions\` over the whole series against \`compareReadouts\` on its consecutive pairs alone (the sum of the N − 1 comparisons), on the same parsed readouts; wall-clock medians, CPU time in brackets.`,
  );
  lines.push('');
  lines.push('| readouts | statements | trackPositions | compareReadouts, consecutive pairs | ratio (wall) | ratio (CPU) | runs |');
  lines.push('|---:|---:|---:|---:|---:|---:|---:|');
  for (const s of sizes) {
    lines.push(
      `| ${fmtN(s.readouts)} | ${fmtN(s.statements)} | ${fmtMs(s.ms.track.wall)} (${fmtMs(s.ms.track.cpu)}) | ${fmtMs(s.ms.pairs.wall)} (${fmtMs(s.ms.pairs.cpu)}) | ${fmtX(s.ms.track.wall / s.ms.pairs.wall)} | ${fmtX(s.ms.track.cpu / s.ms.pairs.cpu)} | ${s.runs.track.wall.length}/${s.runs.pairs.wall.length} |`,
    );
  }
  const [small] = sizes;
  if (small && small !== large) {
    lines.push('');
    lines.push(
      `Growth from ${fmtN(small.readouts)} to ${fmtN(large.readouts)} readouts (linear: ${fmtX(large.readouts / small.readouts)}): tracking ${fmtX(large.ms.track.wall / small.ms.track.wall)} (CPU ${fmtX(large.ms.track.cpu / small.ms.track.cpu)}), the pairs ${fmtX(large.ms.pairs.wall / small.ms.pairs.wall)} (CPU ${fmtX(large.ms.pairs.cpu / small.ms.pairs.cpu)}).`,
    );
  }
  lines.push('');
  lines.push(
    `Peak RSS at ${fmtN(memory.readouts)} readouts, each in its own process on the parsed series: tracking ${fmtMB(memory.trackMaxRSS)}, comparing the consecutive pairs one after another ${fmtMB(memory.pairsMaxRSS)}, ratio ${fmtX(memory.trackMaxRSS / memory.pairsMaxRSS)} (loading the series alone: ${fmtMB(memory.loadMaxRSS)}; above that floor, ${fmtMB(memory.trackMaxRSS - memory.loadMaxRSS)} against ${fmtMB(memory.pairsMaxRSS - memory.loadMaxRSS)}).`,
  );
  lines.push('');
  lines.push(
    `The generator made ${fmtN(large.positions.generated)} positions over ${fmtN(large.readouts)} readouts; \`trackPositions\` returns ${fmtN(large.positions.tracked)}. The pool has ${fmtN(result.pool)} real sentences, so most new positions are variants (other place, time frame, names) of a sentence an earlier position stated, and tracking joins many of them to it as reinstated: the series has fewer, longer positions than the generator's own count.`,
  );
  return lines;
}

// ---------------------------------------------------------------------------------------------

function main(): void {
  const { values: flags } = parseArgs({ options: { quick: { type: 'boolean', default: false }, seed: { type: 'string', default: '1' } } });
  const log = progressLog();
  if (ensureBuild()) log('dist/ was missing or older than src/: built it (npm run build)');
  const result = measureTracking(realSentences(), { seed: Number(flags.seed), quick: flags.quick, log });
  const lines = trackingMarkdown(result);
  lines.push('');
  lines.push(...targetsTable(trackingTargets(result)));
  process.stdout.write(`${lines.join('\n')}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
