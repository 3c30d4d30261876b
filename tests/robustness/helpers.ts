/**
 * Shared pieces of the robustness suite: the corpus's own sentences, the built command run as a
 * child process, the one-line-error check, and the record each file keeps of what it tried and
 * what held (printed after the file, and written to SUMMARY.md when UPDATE_SUMMARY=1).
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

import { ROOT } from './corpus.js';

export { ROOT };
/** The built command; READOUT_DIFF_CLI points elsewhere (a build that others' rebuilds of dist/ cannot touch). */
export const CLI = process.env.READOUT_DIFF_CLI ?? join(ROOT, 'dist', 'cli.js');
export const REFERENCE = join(ROOT, 'corpus', 'japan-us-dmm-2023-06-01.txt');

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  error?: Error;
}

/**
 * Runs the built command (dist/cli.js) the way a user does. The timeout kills a hang; the heap
 * cap (--max-old-space-size) turns runaway memory into a crash the test sees.
 */
export function runBuiltCli(argv: string[], options: { input?: string | Buffer; timeoutMs?: number; heapMb?: number; cwd?: string } = {}): CliRun {
  const result = spawnSync(process.execPath, [`--max-old-space-size=${options.heapMb ?? 2048}`, CLI, ...argv], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 60_000,
    maxBuffer: 512 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status, signal: result.signal, stdout: result.stdout ?? '', stderr: result.stderr ?? '', error: result.error };
}

/** A user error as the command must give it: exit code 2, one line on stderr, no stack trace. */
export function expectOneLineError(run: CliRun, message?: RegExp): void {
  expect(run.error, 'the command finished (no timeout, no spawn error)').toBeUndefined();
  expect(run.signal).toBeNull();
  expect(run.code).toBe(2);
  expect(run.stderr.startsWith('readout-diff: '), `stderr: ${run.stderr.slice(0, 300)}`).toBe(true);
  expect(run.stderr.endsWith('\n')).toBe(true);
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(run.stderr).not.toMatch(/internal error|Error:|\.ts:\d+|\.js:\d+/);
  expect(run.stdout).toBe('');
  if (message) expect(run.stderr).toMatch(message);
}

// The record -----------------------------------------------------------------------------------

type Outcome = 'held' | 'did not hold' | 'known failure' | 'skipped';

interface Entry {
  name: string;
  detail: string;
  outcome: Outcome;
  note?: string;
}

/** What one test file tried and what held, in definition order. */
export class Findings {
  readonly entries: Entry[] = [];
  private started = Date.now();

  constructor(readonly title: string) {}

  /** Registers a case before it runs; it counts as held only once `held` is called. */
  add(name: string, detail: string): Entry {
    const entry: Entry = { name, detail, outcome: 'did not hold' };
    this.entries.push(entry);
    return entry;
  }

  held(entry: Entry, note?: string): void {
    entry.outcome = 'held';
    if (note !== undefined) entry.note = note;
  }

  known(name: string, detail: string, reason: string): void {
    this.entries.push({ name, detail, outcome: 'known failure', note: reason });
  }

  skipped(name: string, detail: string, reason: string): void {
    this.entries.push({ name, detail, outcome: 'skipped', note: reason });
  }

  /** The section of SUMMARY.md for this file (no timings: the file must not change from run to run). */
  markdown(): string {
    const count = (outcome: Outcome): number => this.entries.filter((e) => e.outcome === outcome).length;
    const lines = [
      `## ${this.title}`,
      '',
      `${this.entries.length} cases: ${count('held')} held, ${count('did not hold')} did not hold, ${count('known failure')} known failures, ${count('skipped')} skipped.`,
      '',
      '| case | tried | result |',
      '| --- | --- | --- |',
      ...this.entries.map((e) => `| ${cell(e.name)} | ${cell(e.detail)} | ${cell(e.outcome + (e.note ? `: ${e.note}` : ''))} |`),
      '',
    ];
    return lines.join('\n');
  }

  /** Prints the record, and rewrites this file's section of SUMMARY.md when UPDATE_SUMMARY=1. */
  report(): void {
    console.log(`${this.markdown()}\n(${((Date.now() - this.started) / 1000).toFixed(1)} s)`);
    if (process.env.UPDATE_SUMMARY === '1') updateSummary(this.title, this.markdown());
  }
}

/** A Markdown table cell: pipes escaped, and markup from the cases shown as text, not rendered. */
function cell(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

const SUMMARY = join(ROOT, 'tests', 'robustness', 'SUMMARY.md');
const HEADER = `# Robustness suite: what was tried and what held

Regenerated by \`UPDATE_SUMMARY=1 npx vitest run tests/robustness\` (after \`npm run build\`).
Each section is written by one test file; a case is "held" only when its test passed in that run.
What does not hold is listed in the README's Limits section.
`;

/** Replaces (or adds) one file's section, under a lock: the test files run in parallel workers. */
function updateSummary(title: string, section: string): void {
  const lock = `${SUMMARY}.lock`;
  let fd: number | undefined;
  for (let attempt = 0; attempt < 200 && fd === undefined; attempt += 1) {
    try {
      fd = openSync(lock, 'wx');
    } catch {
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 25);
    }
  }
  try {
    const old = existsSync(SUMMARY) ? readFileSync(SUMMARY, 'utf8') : HEADER;
    const sections = new Map<string, string>();
    for (const part of old.split(/^(?=## )/m).slice(1)) sections.set(part.split('\n')[0]!.slice(3), part.trimEnd() + '\n');
    sections.set(title, section.trimEnd() + '\n');
    const ordered = [...sections.keys()].sort();
    writeFileSync(SUMMARY, `${HEADER}\n${ordered.map((key) => sections.get(key)).join('\n')}`);
  } finally {
    if (fd !== undefined) {
      closeSync(fd);
      rmSync(lock, { force: true });
    }
  }
}
