import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { expandInputs, timelineCommand } from '../../src/cli/commands/timeline.js';
import { root, seriesFiles } from './series.js';

async function run(positionals: string[], values: Record<string, string | boolean | undefined>, extra: Partial<CliIo> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await timelineCommand(positionals, values, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readStdin: async () => '',
    env: {},
    cwd: root,
    ...extra,
  });
  return { code, stdout, stderr };
}

describe('readout-diff timeline', () => {
  it('reads a folder of readouts in name order, skipping other files', () => {
    const folder = mkdtempSync(join(tmpdir(), 'timeline-'));
    try {
      writeFileSync(join(folder, 'b.txt'), 'x');
      writeFileSync(join(folder, 'a.md'), 'x');
      writeFileSync(join(folder, 'notes.json'), '{}');
      expect(expandInputs([folder], root)).toEqual([join(folder, 'a.md'), join(folder, 'b.txt')]);
    } finally {
      rmSync(folder, { recursive: true });
    }
  });

  it('prints the timeline in each format', async () => {
    const text = await run(seriesFiles, {});
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Timeline of 10 readouts · \d+ positions/);
    const json = JSON.parse((await run(seriesFiles, { format: 'json' })).stdout);
    expect(json.schemaVersion).toBe(1);
    expect(json.readouts).toHaveLength(10);
    expect((await run(seriesFiles, { format: 'csv' })).stdout.split('\r\n')[0]).toMatch(/^position,label,status,readout/);
    expect((await run(seriesFiles, { format: 'html' })).stdout.startsWith('<!doctype html>')).toBe(true);
  });

  it('shows progress on stderr only when stderr is a terminal', async () => {
    expect((await run(seriesFiles.slice(0, 3), {})).stderr).toBe('');
    const tty = await run(seriesFiles.slice(0, 3), {}, { stderrIsTTY: true });
    expect(tty.stderr).toContain('tracking 3/3');
    expect(tty.stdout).toMatch(/^Timeline of 3 readouts/);
  });

  it('writes --output whole', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'timeline-'));
    try {
      const out = join(folder, 'timeline.csv');
      const result = await run(seriesFiles.slice(0, 2), { format: 'csv', output: out });
      expect(result.stdout).toBe('');
      expect(readFileSync(out, 'utf8')).toMatch(/^position,/);
    } finally {
      rmSync(folder, { recursive: true });
    }
  });

  it('rejects a wrong format, no input, and a folder without readouts', async () => {
    await expect(run(seriesFiles, { format: 'xml' })).rejects.toThrow(/--format must be one of text, json, csv, html/);
    await expect(run([], {})).rejects.toThrow(/timeline takes readout files or a folder/);
    const folder = mkdtempSync(join(tmpdir(), 'timeline-'));
    try {
      await expect(run([folder], {})).rejects.toThrow(/holds no readout files/);
    } finally {
      rmSync(folder, { recursive: true });
    }
  });
});
