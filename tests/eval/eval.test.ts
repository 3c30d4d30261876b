import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ReadoutError } from '../../src/errors.js';
import { evaluateGold, formatEvalTable, loadGold, resolveReadoutPath } from '../../src/eval/index.js';
import type { EvalRow } from '../../src/eval/index.js';
import { goldFilesIn } from './helpers.js';

const goldFiles = goldFilesIn(new URL('../fixtures/gold/pairs/', import.meta.url));

describe('evaluateGold on the 7 development pairs', () => {
  const report = evaluateGold(goldFiles, { baselines: true });
  const overall = (system: EvalRow['system']): EvalRow => {
    const row = report.rows.find((r) => r.system === system && r.pair === 'overall');
    if (!row) throw new Error(`no overall row for ${system}`);
    return row;
  };
  const ours = overall('readout-diff');

  it('has a row per pair and an overall row for each system', () => {
    expect(report.rows).toHaveLength(3 * (goldFiles.length + 1));
  });

  it('meets the targets of the issue', () => {
    expect(ours.links.f1).toBeGreaterThanOrEqual(0.9);
    expect(ours.new.f1).toBeGreaterThanOrEqual(0.9);
    expect(ours.dropped.f1).toBeGreaterThanOrEqual(0.9);
    expect(ours.typeAccuracy).toBeGreaterThanOrEqual(0.85);
  });

  for (const baseline of ['diff-arrays', 'levenshtein-0.5'] as const) {
    it(`beats the ${baseline} baseline on every measure`, () => {
      const other = overall(baseline);
      expect(ours.links.f1 ?? 0).toBeGreaterThan(other.links.f1 ?? 0);
      expect(ours.new.f1 ?? 0).toBeGreaterThan(other.new.f1 ?? 0);
      expect(ours.dropped.f1 ?? 0).toBeGreaterThan(other.dropped.f1 ?? 0);
      expect(ours.typeAccuracy ?? 0).toBeGreaterThan(other.typeAccuracy ?? 0);
    });
  }

  it('prints one table line per row under a header', () => {
    const lines = formatEvalTable(report.rows).split('\n');
    expect(lines[0]).toMatch(/^system\s+pair\s+link P\s+link R\s+link F1\s+new F1\s+drop F1\s+type acc$/);
    expect(lines).toHaveLength(report.rows.length + 1);
  });
});

describe('gold files', () => {
  it('resolves readout paths against the gold folder, and "reference" to the corpus', () => {
    const file = goldFiles[0]!;
    expect(resolveReadoutPath('../readouts/x.txt', file)).toBe(fileURLToPath(new URL('../fixtures/readouts/x.txt', import.meta.url)));
    expect(resolveReadoutPath('reference', file)).toMatch(/corpus\/japan-us-dmm-2023-06-01\.txt$/);
    expect(loadGold(file).afterText).toContain('Japan-U.S. Defense Ministerial Meeting');
  });

  it('rejects a malformed gold file with INVALID_GOLD', () => {
    const dir = mkdtempSync(`${tmpdir()}/gold-`);
    writeFileSync(`${dir}/bad.json`, JSON.stringify({ before: 'reference', after: 'reference', links: 'none' }));
    expect(() => loadGold(`${dir}/bad.json`)).toThrow(ReadoutError);
    expect(() => loadGold(`${dir}/missing.json`)).toThrow(/missing\.json/);
  });
});
