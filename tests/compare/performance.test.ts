import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { candidatePairs } from '../../src/compare/candidates.js';
import { compareReadouts, DEFAULT_COMPARE_OPTIONS } from '../../src/compare/index.js';
import { prepareBoth } from '../../src/compare/prepare.js';
import { parseReadout } from '../../src/parse/index.js';
import { CORPUS_FREQUENCIES, roughSentences } from '../../src/similarity/index.js';
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

/** The pairs the aligner scores: bounded per statement, so linear in the document length. */
function scoredPairs(n: number): { pairs: number; statements: number } {
  const [before, after] = readoutPair(n);
  const [b, a] = prepareBoth(before, after, CORPUS_FREQUENCIES);
  const { candidateLimit, commonStemShare } = DEFAULT_COMPARE_OPTIONS;
  return { pairs: candidatePairs(b, a, candidateLimit, commonStemShare).length, statements: Math.max(b.length, a.length) };
}

// Work, not wall-clock time, is asserted (timings on a shared machine are noise); the times of
// both sizes are printed for the record. `npm run bench` measures them properly.
describe('performance', () => {
  it('scores a bounded number of pairs per statement, far from all pairs', { timeout: 60_000 }, () => {
    const { pairs, statements } = scoredPairs(1000);
    expect(pairs).toBeLessThanOrEqual(2 * DEFAULT_COMPARE_OPTIONS.candidateLimit * statements);
    expect(pairs).toBeLessThan((statements * statements) / 20);
  });

  it('grows the scored pairs linearly from 1,000 to 4,000 statements per side', { timeout: 120_000 }, () => {
    const small = scoredPairs(1000);
    const large = scoredPairs(4000);
    expect(large.pairs / large.statements).toBeLessThan(1.5 * (small.pairs / small.statements));
  });

  it('compares 4,000 statements per side', { timeout: 120_000 }, () => {
    const [before, after] = readoutPair(4000);
    const start = performance.now();
    const comparison = compareReadouts(before, after);
    console.info(`compareReadouts at ${before.statements.length}/${after.statements.length} statements: ${Math.round(performance.now() - start)} ms`);
    expect(comparison.changes.length).toBeGreaterThan(0);
  });
});
