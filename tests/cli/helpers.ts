import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect } from 'vitest';
import { main } from '../../src/cli/main.js';

export const root = join(import.meta.dirname, '..', '..');
export const reference = join(root, 'corpus', 'japan-us-dmm-2023-06-01.txt');
export const later = join(root, 'corpus', 'mod-japan-us-dmm-2023-10-04.txt');

/** Runs `main` in-process with string streams, as the CLI's tests see it. */
export async function runCli(argv: string[], stdin = '', cwd = root): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readStdin: async () => stdin,
    env: {},
    cwd,
  });
  return { code, stdout, stderr };
}

/** Runs the built command as a separate process, the way a user does. */
export function spawnCli(argv: string[], input?: string): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [join(root, 'dist', 'cli.cjs'), ...argv], {
    cwd: root,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** What a run of the command gave: in-process (`runCli`) or as a child process. */
export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
  error?: Error;
  signal?: NodeJS.Signals | null;
}

/** A user error as the command must give it: exit code 2, one line on stderr, no stack trace. */
export function expectOneLineError(run: CliResult, message?: RegExp): void {
  expect(run.error, 'the command finished (no timeout, no spawn error)').toBeUndefined();
  expect(run.signal ?? null).toBeNull();
  expect(run.code).toBe(2);
  expect(run.stderr.startsWith('readout-diff: '), `stderr: ${run.stderr.slice(0, 300)}`).toBe(true);
  expect(run.stderr.endsWith('\n')).toBe(true);
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(run.stderr).not.toMatch(/internal error|Error:|\.ts:\d+|\.js:\d+/);
  expect(run.stdout).toBe('');
  if (message) expect(run.stderr).toMatch(message);
}
