import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareReadouts } from '../../src/compare/index.js';
import { parseReadout } from '../../src/parse/index.js';
import { roughSentences } from '../../src/similarity/index.js';
import type { Readout } from '../../src/types.js';

// Long readouts built from real sentences: each statement joins the first half of one sentence
// of the development readouts to the second half of another, so statements are distinct but
// share the vocabulary (and the boilerplate) of real readouts. The after side keeps 95% of
// them, rewords 15% and adds 5% new ones, as a revised long document would.
const dir = fileURLToPath(new URL('../fixtures/readouts/', import.meta.url));
const sentences = readdirSync(dir)
  .sort()
  .flatMap((f) => roughSentences(readFileSync(`${dir}${f}`, 'utf8')))
  .filter((s) => /^(The Ministers|Secretary|Minister)\b.*\.$/.test(s) && s.split(' ').length > 8);

function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

function readoutPair(n: number): [Readout, Readout] {
  const next = random(n);
  const pick = (): string[] => (sentences[Math.floor(next() * sentences.length)] ?? '').split(' ');
  const before = Array.from({ length: n }, () => {
    const [a, b] = [pick(), pick()];
    return [...a.slice(0, Math.ceil(a.length / 2)), ...b.slice(Math.ceil(b.length / 2))].join(' ');
  });
  const after: string[] = [];
  for (const s of before) {
    const x = next();
    if (x < 0.05) continue;
    if (x < 0.2) after.push(s.replace(/ the /, ' the steadily growing '));
    else after.push(s);
    if (next() < 0.05) after.push(pick().join(' '));
  }
  const text = (xs: string[]): string => xs.map((s, i) => s + (i % 4 === 3 ? '\n\n' : ' ')).join('');
  return [parseReadout(text(before)), parseReadout(text(after))];
}

function timed(n: number): number {
  const [before, after] = readoutPair(n);
  const start = performance.now();
  compareReadouts(before, after);
  return performance.now() - start;
}

describe('performance', () => {
  it('compares 1,000 statements per side far faster than all-pairs Levenshtein (~14 s)', { timeout: 60_000 }, () => {
    timed(100); // warm up the JIT and the stem cache
    expect(timed(1000)).toBeLessThan(3000);
  });

  it('scales near-linearly to 4,000 statements per side', { timeout: 120_000 }, () => {
    const small = timed(1000);
    const large = timed(4000);
    // Quadratic work would take 16 times as long; allow for noise on a busy machine.
    expect(large / small).toBeLessThan(8);
  });
});
