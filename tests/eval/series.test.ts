import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareReadouts } from '../../src/compare/index.js';
import { levenshteinBaseline, resolveReadoutPath, scorePair } from '../../src/eval/index.js';
import type { Counts, GoldPair } from '../../src/eval/index.js';
import { parseReadout } from '../../src/parse/index.js';

// A check on pairs the thresholds were not tuned on: consecutive readouts of the series gold
// (ten Japan MOD summaries, 2016-2024), where two sentences are linked when they hold the same
// position. The series gold gives each packed sentence to one position only, so true merges count
// against precision here: the absolute numbers are lower than on the pairs gold.
const file = fileURLToPath(new URL('../fixtures/gold/series/mod-defense-ministerial-2016-2024.json', import.meta.url));
const series = JSON.parse(readFileSync(file, 'utf8')) as {
  readouts: string[];
  ignore: Record<string, string[]>;
  positions: { occurrences: Record<string, string[]> }[];
};

function consecutivePair(i: number): GoldPair {
  const gold: GoldPair = { before: '', after: '', ignore: { before: series.ignore[i] ?? [], after: series.ignore[i + 1] ?? [] }, links: [], optional: [], new: [], dropped: [] };
  for (const p of series.positions) {
    const before = p.occurrences[i] ?? [];
    const after = p.occurrences[i + 1] ?? [];
    if (before.length > 0 && after.length > 0) gold.links.push({ type: 'reworded', before, after });
    else gold.new.push(...after);
    if (after.length === 0) gold.dropped.push(...before);
  }
  return gold;
}

describe('links on the series gold (held out from tuning)', () => {
  it('beat the Levenshtein baseline in F1', () => {
    const texts = series.readouts.map((path) => readFileSync(resolveReadoutPath(path, file), 'utf8'));
    const ours: Counts = { tp: 0, fp: 0, fn: 0 };
    const baseline: Counts = { tp: 0, fp: 0, fn: 0 };
    for (let i = 0; i + 1 < texts.length; i++) {
      const before = parseReadout(texts[i]!);
      const after = parseReadout(texts[i + 1]!);
      const score = (changes: Parameters<typeof scorePair>[3]): Counts =>
        scorePair(consecutivePair(i), { before: texts[i]!, after: texts[i + 1]! }, { before: before.statements, after: after.statements }, changes).links;
      for (const [total, counts] of [
        [ours, score(compareReadouts(before, after).changes)],
        [baseline, score(levenshteinBaseline(before.statements, after.statements))],
      ] as const) {
        total.tp += counts.tp;
        total.fp += counts.fp;
        total.fn += counts.fn;
      }
    }
    const f1 = (c: Counts): number => (2 * c.tp) / (2 * c.tp + c.fp + c.fn);
    expect(f1(ours)).toBeGreaterThan(f1(baseline));
    expect(f1(ours)).toBeGreaterThan(0.6);
  });
});
