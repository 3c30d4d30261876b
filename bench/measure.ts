/**
 * Timing helpers for the benchmark: wall-clock medians with `performance.now`, tasks interleaved
 * so that a noisy neighbour slows every task of a round alike, and a full GC before each timed
 * call so that no task pays for the garbage of the one before; and the peak-memory children
 * (bench/peak-memory.mjs).
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// `npm run bench` runs plain `tsx bench/run.ts`, without --expose-gc: turn it on from inside.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/**
 * The median of a list of numbers (the mean of the middle two for an even count).
 *
 * @example
 * median([3, 1, 2]) //=> 2
 */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The time one call took, in ms: wall clock, and CPU time of the whole process (all threads). */
export interface Timing {
  wall: number;
  cpu: number;
}

/**
 * Times one call after a full collection. CPU time is reported beside wall time because the
 * benchmark shares two noisy cores: a process waiting for a core loses wall time, not CPU time.
 */
export function timeOnce(fn: () => unknown): Timing {
  gc();
  const cpu = process.cpuUsage();
  const start = performance.now();
  fn();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

/** Timings of one task: wall and CPU ms per run, in run order. */
export interface Runs {
  wall: number[];
  cpu: number[];
}

/** The medians of a task's runs, wall and CPU, in ms. */
export const medians = (r: Runs): Timing => ({ wall: median(r.wall), cpu: median(r.cpu) });

/** How many times to run each task, and when to stop early. */
export interface Repetitions {
  reps: number;
  /** Stop starting new rounds once the rounds so far took this long (ms), after at least one. */
  budgetMs: number;
}

/** A call this slow is its own warm-up: JIT compilation is a rounding error next to it. */
const SLOW_ENOUGH_MS = 1000;
/** Warm-up calls of a fast task: a 250-statement comparison still speeds up on its third call. */
const WARM_UP_CALLS = 5;

/**
 * Times each task up to `reps` times after warming it up (up to 5 calls or a second), in rounds:
 * round r runs every task once, starting from a different task each round, so a noisy neighbour
 * slows every task of a round alike. A first call over a second is its own warm-up and counts as
 * a run; rounds stop once `budgetMs` is spent, so a slow engine cannot make the benchmark run for
 * many minutes. Returns the wall and CPU ms of each run, per task.
 *
 * @example
 * interleaved({ a: () => f(), b: () => g() }, { reps: 5, budgetMs: 10_000 }).a.wall.length //=> 5 (fewer if slow)
 */
export function interleaved<K extends string>(tasks: Record<K, () => unknown>, { reps, budgetMs }: Repetitions): Record<K, Runs> {
  const names = Object.keys(tasks) as K[];
  const times = Object.fromEntries(names.map((n) => [n, { wall: [], cpu: [] } as Runs])) as Record<K, Runs>;
  const record = (n: K, t: Timing): void => {
    times[n].wall.push(t.wall);
    times[n].cpu.push(t.cpu);
  };
  // Warm up until the JIT has seen a task a few times: up to WARM_UP_CALLS calls or a second.
  for (const n of names) {
    let spent = 0;
    for (let call = 0; call < WARM_UP_CALLS && spent < SLOW_ENOUGH_MS; call++) {
      const warm = timeOnce(tasks[n]);
      if (call === 0 && warm.wall >= SLOW_ENOUGH_MS) record(n, warm);
      spent += warm.wall;
    }
  }
  const start = performance.now();
  for (let r = 0; names.some((n) => times[n].wall.length < reps); r++) {
    if (r > 0 && performance.now() - start > budgetMs) break;
    for (let k = 0; k < names.length; k++) {
      const n = names[(r + k) % names.length]!;
      if (times[n].wall.length < reps) record(n, timeOnce(tasks[n]));
    }
  }
  return times;
}

/** Wall-clock time of one child process from spawn to exit, in ms, and its exit status. */
export function timeProcess(command: string, args: readonly string[], cwd: string): { ms: number; status: number | null; stderr: string } {
  const start = performance.now();
  const child = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - start;
  if (child.error) throw child.error;
  return { ms, status: child.status, stderr: child.stderr };
}

/** The steps bench/peak-memory.mjs measures (its header says what each reads and does). */
export type PeakMemoryMode = 'compare' | 'load' | 'parse' | 'track' | 'pairs' | 'load-series';

/** What one peak-memory child reports, in bytes; `ms` is the step's time, null for the load modes. */
export interface PeakMemoryRun<M extends PeakMemoryMode = PeakMemoryMode> {
  mode: M;
  maxRSS: number;
  rssReady: number;
  rssEnd: number;
  heapUsed: number;
  ms: number | null;
}

/**
 * Runs one step of bench/peak-memory.mjs alone in its own plain Node process, on dist/index.js
 * (the caller builds it first: `ensureBuild`), and returns what the child reports.
 *
 * @example
 * runPeakMemory('compare', 'before.json', 'after.json').maxRSS //=> the comparison's peak RSS, bytes
 */
export function runPeakMemory<M extends PeakMemoryMode>(mode: M, ...files: string[]): PeakMemoryRun<M> {
  const script = fileURLToPath(new URL('peak-memory.mjs', import.meta.url));
  const library = fileURLToPath(new URL('../dist/index.js', import.meta.url));
  const child = spawnSync(process.execPath, ['--expose-gc', script, library, mode, ...files], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`peak-memory child (${mode}) failed: ${child.stderr}`);
  return JSON.parse(child.stdout) as PeakMemoryRun<M>;
}
