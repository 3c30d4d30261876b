import { describe, expect, it } from 'vitest';
import { evaluateGold } from '../../src/eval/index.js';
import type { EvalRow } from '../../src/eval/index.js';
import { goldFilesIn } from './helpers.js';

// Pairs annotated for validation only (see tests/fixtures/gold/heldout/README.md): the engine was
// not tuned on them, so the check is only that it stays ahead of both baselines, not a target.
const files = goldFilesIn(new URL('../fixtures/gold/heldout/', import.meta.url));

describe('held-out gold pairs', () => {
  const report = evaluateGold(files, { baselines: true });
  const overall = (system: EvalRow['system']): EvalRow => report.rows.find((r) => r.system === system && r.pair === 'overall')!;

  it('has every held-out pair', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  for (const baseline of ['diff-arrays', 'levenshtein-0.5'] as const) {
    it(`finds more links than the ${baseline} baseline, and new and dropped as well`, () => {
      const ours = overall('readout-diff');
      const other = overall(baseline);
      expect(ours.links.f1 ?? 0).toBeGreaterThan(other.links.f1 ?? 0);
      expect(ours.new.f1 ?? 0).toBeGreaterThanOrEqual(other.new.f1 ?? 0);
      expect(ours.dropped.f1 ?? 0).toBeGreaterThanOrEqual(other.dropped.f1 ?? 0);
    });
  }
});
