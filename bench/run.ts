/**
 * The benchmark of issue 6: `npm run bench` (`tsx bench/run.ts`).
 *
 * On synthetic readout pairs built from real sentences with known edits (bench/synthetic.ts), at
 * 250, 1,000 and 4,000 statements per side, it measures in one run and on the same statements:
 * `parseReadout` of both texts, `compareReadouts`, jsdiff `diffArrays` over the statement texts
 * and the greedy all-pairs Levenshtein baseline (src/eval/baselines.ts), with the alignment F1 of
 * each on the known edits; then the peak memory of the 4,000-statement comparison alone in a
 * child process, and the CLI's total process time against `node -e 0`; then `trackPositions` over
 * synthetic series of 250 and 1,000 readouts against `compareReadouts` on their consecutive pairs
 * (issue 5, bench/tracking.ts). It prints the medians and the ratios the issues target, and writes
 * them to bench/results.md and bench/results.json.
 *
 * Options: --quick (fewer repetitions), --seed <n> (default 1), --cli (only the CLI against
 * `node -e 0`, printed, no files written). It builds dist/ first when it is older than src/.
 * To see where the comparison's time goes: `tsx bench/profile.ts [size]`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { compareReadouts } from '../src/compare/index.js';
import { diffArraysBaseline, levenshteinBaseline } from '../src/eval/baselines.js';
import { parseReadout } from '../src/parse/index.js';
import type { Comparison } from '../src/types.js';
import { ensureBuild } from './build.js';
import { interleaved, median, medians, runPeakMemory, timeOnce, timeProcess } from './measure.js';
import type { PeakMemoryRun, Runs, Timing } from './measure.js';
import { realSentences } from './pool.js';
import { scoreAlignment } from './score.js';
import type { AlignmentScore } from './score.js';
import { syntheticPair } from './synthetic.js';
import type { SyntheticPair } from './synthetic.js';
import { fmtMB, fmtMs, fmtN, progressLog, targetsTable } from './report.js';
import type { Target } from './report.js';
import { measureTracking, trackingMarkdown, trackingTargets } from './tracking.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SIZES = [250, 1000, 4000] as const;
/** All-pairs Levenshtein is quadratic: about 14 s at 1,000, so about 16 × that at 4,000. */
const LEVENSHTEIN_SIZES = new Set<number>([250, 1000]);
/**
 * Stop repeating the Levenshtein baseline at one size once its runs took this long: three runs at
 * 250, one at 1,000 (14 s; its target is a 100× gap, which no noise between runs can blur).
 */
const LEVENSHTEIN_BUDGET_MS = 10_000;
const CLI_PAIR = ['corpus/japan-us-dmm-2023-06-01.txt', 'corpus/mod-japan-us-dmm-2023-10-04.txt'] as const;

const { values: flags } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, seed: { type: 'string', default: '1' }, cli: { type: 'boolean', default: false } },
});
const seed = Number(flags.seed);
// Fifteen rounds: with seven, the median ratio of compare to diffArrays at 4,000 statements (each
// call about 150 ms) moved between 0.70 and 1.05 from one run to the next on two shared cores.
const reps = flags.quick ? { rounds: 3, levenshtein: 1, process: 15 } : { rounds: 15, levenshtein: 3, process: 31 };
/** Per size, the interleaved rounds of parse, compare and diffArrays stop after this long. */
const ROUNDS_BUDGET_MS = flags.quick ? 8_000 : 20_000;
const log = progressLog();

// ---------------------------------------------------------------------------------------------
// Measurements
// ---------------------------------------------------------------------------------------------

interface SizeResult {
  size: number;
  statements: { before: number; after: number };
  characters: { before: number; after: number };
  edits: Record<string, number>;
  /** Medians of each task's runs, in ms. */
  ms: { parseBoth: Timing; compare: Timing; diffArrays: Timing; levenshtein: Timing | null };
  runs: { parseBoth: Runs; compare: Runs; diffArrays: Runs; levenshtein: Runs };
  /** Levenshtein time at sizes not run: 16× per 4× statements, from the largest size run. */
  levenshteinExtrapolatedMs: number | null;
  score: { compare: AlignmentScore; diffArrays: AlignmentScore; levenshtein: AlignmentScore | null };
}

function countEdits(pair: SyntheticPair): Record<string, number> {
  const out: Record<string, number> = {};
  for (const e of pair.edits) {
    const k = e.type === 'reworded' ? `reworded (${e.kind})` : e.type;
    out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}

/**
 * Times parse, compare and diffArrays on one size's pair in interleaved rounds, then the
 * Levenshtein baseline, and scores every system on the known edits. Only this size's texts and
 * readouts are alive meanwhile: a larger pair kept in memory would slow every collection and so
 * flatter the growth from 1,000 to 4,000 statements (by about 30% at 1,000, measured).
 */
function measureSize(pool: readonly string[], size: number): SizeResult {
  const pair = syntheticPair(pool, { size, seed });
  const before = parseReadout(pair.before.text);
  const after = parseReadout(pair.after.text);
  const statements = { before: before.statements, after: after.statements };
  log(`${size}: ${before.statements.length} and ${after.statements.length} statements`);

  let comparison: Comparison | undefined;
  const times = interleaved(
    {
      parseBoth: () => [parseReadout(pair.before.text), parseReadout(pair.after.text)],
      compare: () => (comparison = compareReadouts(before, after)),
      diffArrays: () => diffArraysBaseline(before.statements, after.statements),
    },
    { reps: reps.rounds, budgetMs: ROUNDS_BUDGET_MS },
  );

  const levenshtein: Runs = { wall: [], cpu: [] };
  let levenshteinScore: AlignmentScore | null = null;
  if (LEVENSHTEIN_SIZES.has(size)) {
    let predicted: ReturnType<typeof levenshteinBaseline> = [];
    const push = (t: Timing): void => {
      levenshtein.wall.push(t.wall);
      levenshtein.cpu.push(t.cpu);
      log(`${size}: Levenshtein run ${levenshtein.wall.length}: ${fmtMs(t.wall)}`);
    };
    // The run scored is timed too: at 1,000 it takes ~14 s, so warm-up is noise and a run saved
    // is 14 s saved; at 250 (~1 s) it only warms up.
    const first = timeOnce(() => (predicted = levenshteinBaseline(before.statements, after.statements)));
    if (first.wall >= 1000) push(first);
    levenshteinScore = scoreAlignment(pair, statements, predicted);
    while (levenshtein.wall.length < reps.levenshtein && levenshtein.wall.reduce((sum, x) => sum + x, 0) < LEVENSHTEIN_BUDGET_MS) {
      push(timeOnce(() => levenshteinBaseline(before.statements, after.statements)));
    }
  }
  const runs = { ...times, levenshtein };
  const result: SizeResult = {
    size,
    statements: { before: before.statements.length, after: after.statements.length },
    characters: { before: pair.before.text.length, after: pair.after.text.length },
    edits: countEdits(pair),
    ms: {
      parseBoth: medians(runs.parseBoth),
      compare: medians(runs.compare),
      diffArrays: medians(runs.diffArrays),
      levenshtein: levenshtein.wall.length ? medians(levenshtein) : null,
    },
    runs,
    levenshteinExtrapolatedMs: null,
    score: {
      compare: scoreAlignment(pair, statements, comparison!.changes),
      diffArrays: scoreAlignment(pair, statements, diffArraysBaseline(before.statements, after.statements)),
      levenshtein: levenshteinScore,
    },
  };
  log(`${size}: parse ${fmtMs(result.ms.parseBoth.wall)}, compare ${fmtMs(result.ms.compare.wall)}, diffArrays ${fmtMs(result.ms.diffArrays.wall)}, F1 ${result.score.compare.links.f1.toFixed(3)}`);
  return result;
}

/** What one peak-memory child of the pair reports. */
type MemoryRun = PeakMemoryRun<'compare' | 'load' | 'parse'>;

interface MemoryResult {
  /** Peak RSS of a process that loads the two parsed readouts and compares them, bytes (median of 3). */
  maxRSS: number;
  /** The same process stopped before comparing: Node, the library and the two readouts. */
  loadMaxRSS: number;
  /** A process that parses the two texts and does nothing else. */
  parseMaxRSS: number;
  runs: MemoryRun[];
}

function measureMemory(pair: SyntheticPair): MemoryResult {
  const dir = mkdtempSync(join(tmpdir(), 'readout-diff-bench-'));
  try {
    const files = { beforeText: join(dir, 'before.txt'), afterText: join(dir, 'after.txt'), beforeJson: join(dir, 'before.json'), afterJson: join(dir, 'after.json') };
    writeFileSync(files.beforeText, pair.before.text);
    writeFileSync(files.afterText, pair.after.text);
    writeFileSync(files.beforeJson, JSON.stringify(parseReadout(pair.before.text)));
    writeFileSync(files.afterJson, JSON.stringify(parseReadout(pair.after.text)));
    // The median of three comparisons (peaks vary by some 10 MB with when collections fall), one
    // run of each floor.
    const compared = [1, 2, 3].map(() => runPeakMemory('compare', files.beforeJson, files.afterJson));
    const loaded = runPeakMemory('load', files.beforeJson, files.afterJson);
    const parsed = runPeakMemory('parse', files.beforeText, files.afterText);
    return { maxRSS: median(compared.map((r) => r.maxRSS)), loadMaxRSS: loaded.maxRSS, parseMaxRSS: parsed.maxRSS, runs: [...compared, loaded, parsed] };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface CliResult {
  cliMs: number;
  nodeMs: number;
  runs: { cli: number[]; node: number[] };
}

function measureCli(): CliResult {
  const cli = [join(ROOT, 'dist/cli.cjs'), 'compare', ...CLI_PAIR];
  const runs = { cli: [] as number[], node: [] as number[] };
  timeProcess(process.execPath, cli, ROOT); // warm the file cache
  timeProcess(process.execPath, ['-e', '0'], ROOT);
  // Many short runs, alternating which goes first: on two shared cores a single start varies by 2×.
  for (let r = 0; r < reps.process; r++) {
    if (r % 2 === 1) runs.node.push(timeProcess(process.execPath, ['-e', '0'], ROOT).ms);
    const c = timeProcess(process.execPath, cli, ROOT);
    if (c.status !== 0 && c.status !== 1) throw new Error(`the CLI failed (exit ${String(c.status)}): ${c.stderr}`);
    runs.cli.push(c.ms);
    if (r % 2 === 0) runs.node.push(timeProcess(process.execPath, ['-e', '0'], ROOT).ms);
  }
  return { cliMs: median(runs.cli), nodeMs: median(runs.node), runs };
}

// ---------------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------------

const fmtRatio = (x: number): string => (x < 0.1 ? x.toFixed(4) : x.toFixed(2));

function targets(sizes: SizeResult[], memory: MemoryResult, cli: CliResult): Target[] {
  const at = (n: number): SizeResult => sizes.find((s) => s.size === n)!;
  const out: Target[] = [];
  const ratio = (target: string, x: Timing, y: Timing, limit: number): void =>
    void out.push({ target, value: x.wall / y.wall, measured: fmtRatio(x.wall / y.wall), cpu: fmtRatio(x.cpu / y.cpu), limit: `≤ ${limit}`, pass: x.wall / y.wall <= limit });
  ratio('compare@4,000 / diffArrays@4,000', at(4000).ms.compare, at(4000).ms.diffArrays, 1);
  ratio('compare@4,000 / compare@1,000', at(4000).ms.compare, at(1000).ms.compare, 6);
  for (const s of sizes) ratio(`compare / parse (both) @${fmtN(s.size)}`, s.ms.compare, s.ms.parseBoth, 3);
  const k = at(1000);
  if (k.ms.levenshtein !== null && k.score.levenshtein) {
    ratio('compare@1,000 / Levenshtein@1,000', k.ms.compare, k.ms.levenshtein, 0.01);
    const ours = k.score.compare.links.f1;
    const theirs = k.score.levenshtein.links.f1;
    out.push({ target: 'link F1@1,000: ours vs Levenshtein', value: ours, measured: `${ours.toFixed(4)} vs ${theirs.toFixed(4)}`, cpu: '', limit: '≥ baseline', pass: ours >= theirs });
  }
  out.push({ target: 'CLI (~40 statements) / node -e 0', value: cli.cliMs / cli.nodeMs, measured: fmtRatio(cli.cliMs / cli.nodeMs), cpu: '', limit: '≤ 2.5', pass: cli.cliMs / cli.nodeMs <= 2.5 });
  out.push({ target: 'peak RSS, compare@4,000 (own process)', value: memory.maxRSS, measured: fmtMB(memory.maxRSS), cpu: '', limit: '≤ 150 MB', pass: memory.maxRSS <= 150 * 1024 * 1024 });
  return out;
}

function markdown(sizes: SizeResult[], memory: MemoryResult, cli: CliResult, list: Target[], env: Record<string, string>): string {
  const lines: string[] = [];
  lines.push('<!-- Written by `npm run bench` (bench/run.ts); do not edit by hand. -->');
  lines.push(`Measured ${env.date} on ${env.cpu} (${env.cores} cores, load average ${env.load} at start), Node ${env.node}; seed ${seed}; ${env.reps}.`);
  lines.push('');
  lines.push('Wall-clock medians. Synthetic pairs of real readout sentences with known drops, additions, rewordings and moves; link F1 is that of the statement pairs against those edits.');
  lines.push('');
  lines.push('| statements per side | parse (both) | compareReadouts | diffArrays | Levenshtein all-pairs | link F1 ours | link F1 Levenshtein | link F1 diffArrays |');
  lines.push('|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const s of sizes) {
    const lev = s.ms.levenshtein !== null ? fmtMs(s.ms.levenshtein.wall) : s.levenshteinExtrapolatedMs !== null ? `~${fmtMs(s.levenshteinExtrapolatedMs)} (extrapolated)` : '—';
    const levF1 = s.score.levenshtein ? s.score.levenshtein.links.f1.toFixed(3) : '—';
    lines.push(`| ${fmtN(s.size)} | ${fmtMs(s.ms.parseBoth.wall)} | ${fmtMs(s.ms.compare.wall)} | ${fmtMs(s.ms.diffArrays.wall)} | ${lev} | ${s.score.compare.links.f1.toFixed(3)} | ${levF1} | ${s.score.diffArrays.links.f1.toFixed(3)} |`);
  }
  lines.push('');
  lines.push('Accuracy on the known edits: links (precision / recall / F1), recall of the links of reworded and of moved sentences, and F1 of the sentences flagged dropped and new.');
  lines.push('');
  lines.push('| statements per side | system | link P | link R | link F1 | reworded R | moved R | dropped F1 | new F1 |');
  lines.push('|---:|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const s of sizes) {
    const systems: [string, AlignmentScore | null][] = [['compareReadouts', s.score.compare], ['Levenshtein', s.score.levenshtein], ['diffArrays', s.score.diffArrays]];
    for (const [name, v] of systems) {
      if (!v) continue;
      const f = (x: number): string => x.toFixed(3);
      lines.push(`| ${fmtN(s.size)} | ${name} | ${f(v.links.precision)} | ${f(v.links.recall)} | ${f(v.links.f1)} | ${f(v.reworded)} | ${f(v.moved)} | ${f(v.dropped.f1)} | ${f(v.added.f1)} |`);
    }
  }
  lines.push('');
  const seg = Math.min(...sizes.flatMap((s) => [s.score.compare.segmented.before, s.score.compare.segmented.after]));
  lines.push(
    seg === 1
      ? 'The parser returns every generated sentence as exactly one statement, so the scores are those of the alignment alone.'
      : `The parser returns ${(100 * seg).toFixed(1)}% or more of the generated sentences as exactly one statement; the rest cap every system's recall alike.`,
  );
  lines.push('');
  lines.push(`CLI comparing two ~40-statement readouts: ${fmtMs(cli.cliMs)} (node -e 0: ${fmtMs(cli.nodeMs)}). Peak RSS at 4,000 statements per side, each in its own process: comparing ${fmtMB(memory.maxRSS)} (loading the two parsed readouts without comparing: ${fmtMB(memory.loadMaxRSS)}; parsing the two texts: ${fmtMB(memory.parseMaxRSS)}).`);
  lines.push('');
  lines.push(...targetsTable(list));
  lines.push('');
  lines.push('Levenshtein all-pairs is not run at 4,000: it scores every pair, 16 million Levenshtein distances, which takes about 16× its time at 1,000 (shown, extrapolated) and would make the benchmark run for minutes.');
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------

function main(): void {
  const load = loadavg()[0]!.toFixed(1);
  if (ensureBuild()) log('dist/ was missing or older than src/: built it (npm run build)');
  if (flags.cli) {
    const cli = measureCli();
    const ratio = cli.cliMs / cli.nodeMs;
    process.stdout.write(`CLI ${fmtMs(cli.cliMs)}, node -e 0 ${fmtMs(cli.nodeMs)}: ${fmtRatio(ratio)} (≤ 2.5: ${ratio <= 2.5 ? 'PASS' : 'MISS'}); ${reps.process} starts each, load average ${load} at start\n`);
    return;
  }
  const pool = realSentences();
  log(`sentence pool: ${pool.length} real statements`);
  const sizes = SIZES.map((size) => measureSize(pool, size));
  const largestRun = [...sizes].reverse().find((s) => s.ms.levenshtein !== null);
  for (const s of sizes) {
    if (s.ms.levenshtein === null && largestRun?.ms.levenshtein) {
      s.levenshteinExtrapolatedMs = largestRun.ms.levenshtein.wall * (s.size / largestRun.size) ** 2;
    }
  }
  log('peak memory at 4,000 (child processes)');
  const memory = measureMemory(syntheticPair(pool, { size: 4000, seed }));
  log('CLI vs node -e 0');
  const cli = measureCli();
  log('tracking series of 250 and 1,000 readouts (issue 5)');
  const tracking = measureTracking(pool, { seed, quick: flags.quick, log });

  const list = [...targets(sizes, memory, cli), ...trackingTargets(tracking)];
  const env = {
    date: `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
    cores: String(cpus().length),
    load,
    node: process.version,
    reps: `runs per median (parse, compare, diffArrays, Levenshtein): ${sizes
      .map((s) => `${[s.runs.parseBoth, s.runs.compare, s.runs.diffArrays, s.runs.levenshtein].map((r) => r.wall.length || '–').join('/')} at ${fmtN(s.size)}`)
      .join(', ')}; ${reps.process} process starts each for the CLI and node -e 0`,
  };
  const md = `${markdown(sizes, memory, cli, list, env)}\n${trackingMarkdown(tracking).join('\n')}\n`;
  process.stdout.write(md);
  writeFileSync(join(ROOT, 'bench/results.md'), md);
  writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify({ env: { ...env, seed, quick: flags.quick }, sizes, memory, cli, tracking, targets: list }, null, 2)}\n`);
  log('wrote bench/results.md and bench/results.json');
}

main();
