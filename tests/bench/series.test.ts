import { describe, expect, test } from 'vitest';
import { realSentences } from '../../bench/pool.js';
import { countChanges, syntheticSeries } from '../../bench/series.js';
import type { SyntheticSeries } from '../../bench/series.js';
import { parseReadout } from '../../src/parse/index.js';
import { orderByDate } from '../../src/track/index.js';

// What the tracking benchmark (bench/tracking.ts) relies on: never timings.
const POOL = realSentences();
const SERIES = syntheticSeries(POOL, { readouts: 40, seed: 5 });

/** Every sentence's position and change checked against the readouts before it. */
function checkChanges(series: SyntheticSeries): void {
  /** Position → [readout, text] of each time it was stated. */
  const history = new Map<number, { readout: number; text: string }[]>();
  series.readouts.forEach((r, k) => {
    const previous = k > 0 ? series.readouts[k - 1]! : null;
    const before = new Map(previous ? previous.positions.map((p, i) => [p, previous.sentences[i]!]) : []);
    r.positions.forEach((p, i) => {
      const text = r.sentences[i]!;
      const change = r.changes[i]!;
      const seen = history.get(p);
      if (change.type === 'new') {
        expect(seen).toBeUndefined();
      } else if (change.type === 'carried') {
        expect(before.get(p)).toBe(text);
      } else if (change.type === 'reworded') {
        const was = before.get(p)!;
        expect(was).toBeDefined();
        expect(text).not.toBe(was);
        if (change.kind === 'verb-swap') expect(text).toBe(was.replace(new RegExp(`\\b${change.from}\\b`), change.to));
        if (change.kind === 'intensifier-added') expect(text.replace(`${change.to} `, '')).toBe(was);
        if (change.kind === 'intensifier-removed') expect(was.replace(` ${change.from} `, ' ')).toBe(text);
        if (change.kind === 'clause-removed') expect(was.replace(change.from, '')).toBe(text);
      } else {
        // Back after a gap, in the words it left with.
        expect(before.has(p)).toBe(false);
        const last = seen![seen!.length - 1]!;
        expect(k - last.readout - 1).toBe(change.gap);
        expect(text).toBe(last.text);
      }
      history.set(p, [...(seen ?? []), { readout: k, text }]);
    });
    if (previous) {
      const here = new Set(r.positions);
      expect(r.dropped).toEqual(previous.positions.filter((p) => !here.has(p)).sort((a, b) => a - b));
    } else {
      expect(r.dropped).toEqual([]);
    }
  });
  expect(history.size).toBe(series.positionCount);
}

describe('syntheticSeries', () => {
  test('every readout has 40 distinct sentences, one per position, parsed as 40 statements with its date', () => {
    for (const r of SERIES.readouts) {
      expect(r.sentences).toHaveLength(40);
      expect(new Set(r.sentences).size).toBe(40);
      expect(new Set(r.positions).size).toBe(40);
      r.spans.forEach((s, i) => expect(r.text.slice(s.start, s.end)).toBe(r.sentences[i]));
      const parsed = parseReadout(r.text);
      expect(parsed.statements.map((s) => s.text)).toEqual(r.sentences);
      expect(parsed.date).toBe(r.date);
    }
  });

  test('readouts are dated a week apart, so ordering by date keeps their order', () => {
    const dates = SERIES.readouts.map((r) => r.date);
    expect(dates[0]).toBe('2000-01-03');
    expect(dates[1]).toBe('2000-01-10');
    expect([...dates].sort()).toEqual(dates);
    const shuffled = [...SERIES.readouts].reverse().map((r) => ({ date: r.date, text: r.text }));
    expect(orderByDate(shuffled).map((r) => r.text)).toEqual(SERIES.readouts.map((r) => r.text));
  });

  test('positions are carried, reworded, dropped, new and reinstated as the changes say', () => {
    checkChanges(SERIES);
    const counts = countChanges(SERIES);
    // Per readout after the first: 3 dropped, 4 reworded, 1 back (from the third readout on), the rest new.
    expect(counts.dropped).toBe(3 * 39);
    expect(counts.reworded).toBe(4 * 39);
    expect(counts.reinstated).toBeGreaterThanOrEqual(30);
    expect(counts.new).toBe(SERIES.positionCount);
    expect(counts.carried).toBeGreaterThan(30 * 39);
    const kinds = new Set(SERIES.readouts.flatMap((r) => r.changes.flatMap((c) => (c.type === 'reworded' ? [c.kind] : []))));
    expect(kinds).toEqual(new Set(['verb-swap', 'intensifier-added', 'intensifier-removed', 'clause-removed']));
    const gaps = new Set(SERIES.readouts.flatMap((r) => r.changes.flatMap((c) => (c.type === 'reinstated' ? [c.gap] : []))));
    expect(gaps).toEqual(new Set([1, 2]));
    for (const r of SERIES.readouts.slice(1)) {
      expect(r.changes.filter((c) => c.type === 'new').length).toBeGreaterThan(0);
    }
  });

  test('the same seed gives the same series; another seed another; a shorter series is a prefix', () => {
    expect(syntheticSeries(POOL, { readouts: 40, seed: 5 })).toEqual(SERIES);
    expect(syntheticSeries(POOL, { readouts: 40, seed: 6 }).readouts[0]!.text).not.toBe(SERIES.readouts[0]!.text);
    const short = syntheticSeries(POOL, { readouts: 12, seed: 5 });
    expect(short.readouts).toEqual(SERIES.readouts.slice(0, 12));
  });
});
