/**
 * What the benchmark's reports share: the targets table, the number formats and the progress
 * lines on stderr.
 */
import { performance } from 'node:perf_hooks';

/** One row of the targets table (bench/results.md) and of results.json's `targets`. */
export interface Target {
  target: string;
  /** The figure as a number (a ratio, our F1, or bytes), for scripts reading results.json. */
  value: number;
  /** The figure the target is judged on: wall-clock medians, as the issues state them. */
  measured: string;
  /** The same ratio from CPU-time medians (in-process ratios only): steadier on busy machines. */
  cpu: string;
  limit: string;
  pass: boolean;
}

/**
 * The targets table, header included, one row per target: a target without a CPU ratio shows "—".
 */
export function targetsTable(list: readonly Target[]): string[] {
  return [
    '| target | measured | same ratio in CPU time | limit | result |',
    '|---|---:|---:|---:|---|',
    ...list.map((t) => `| ${t.target} | ${t.measured} | ${t.cpu || '—'} | ${t.limit} | ${t.pass ? 'PASS' : 'MISS'} |`),
  ];
}

/**
 * A progress log to stderr, each line stamped with the seconds since this call.
 *
 * @example
 * const log = progressLog(); log('built dist/') // stderr: "[  0 s] built dist/"
 */
export function progressLog(): (line: string) => void {
  const started = performance.now();
  return (line) => void process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}\n`);
}

/**
 * A duration for the tables: seconds from one second up, milliseconds below.
 *
 * @example
 * fmtMs(1234) //=> '1.23 s'
 */
export function fmtMs(ms: number): string {
  if (ms >= 100_000) return `${(ms / 1000).toFixed(0)} s`;
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 10) return `${ms.toFixed(0)} ms`;
  return `${ms.toFixed(1)} ms`;
}

/** A count with thousands separators: `fmtN(4000) //=> '4,000'`. */
export const fmtN = (n: number): string => n.toLocaleString('en-US');

/** Bytes as whole MiB, written "MB" as the issues write the limit: `fmtMB(150 * 1024 * 1024) //=> '150 MB'`. */
export const fmtMB = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
