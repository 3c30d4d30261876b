/**
 * What the benchmark's reports share: the row of the targets table and the number formats.
 */

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
