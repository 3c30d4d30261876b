import { describe, expect, test } from 'vitest';
import { scoreAlignment } from '../../bench/score.js';
import { addIntensifier, removeClause, removeIntensifier, seededRandom, swapVerb, syntheticPair, varySentence } from '../../bench/synthetic.js';
import type { SyntheticPair } from '../../bench/synthetic.js';
import type { PredictedChange } from '../../src/eval/score.js';
import type { Statement } from '../../src/types.js';

// Real sentences of corpus/japan-us-dmm-2023-06-01.txt, so every rewording has something to act on.
const POOL = [
  'The Ministers reconfirmed that they would maintain international order based on rules and Free and Open Indo-Pacific in this this age of intense competition.',
  'The Ministers confirmed that they would not accept any unilateral attempt to change the status quo by force and such attempts in the Indo-Pacific region and continue to work closely together than ever before to that end.',
  'The Ministers concurred that they will continue to work closely together in response to issues concerning China.',
  'Moreover, the Ministers affirmed the importance of having an open dialogue with China.',
  'Furthermore, the Ministers reiterated the importance of peace and stability across the Taiwan Strait, and encouraged the peaceful resolution of cross-Strait issues.',
  'The Ministers welcomed that the Japan-U.S.-Australia cooperation has deepened at an unprecedented level.',
  'The Ministers confirmed to expand training opportunities and enhance interoperability of the three countries through Japan-Australia Reciprocal Access Agreement.',
  'Secretary Austin reiterated that the U.S. commitment to providing extended deterrence including nuclear capabilities to Japan remains unwavering.',
  'The Ministers confirmed that ensuring cybersecurity and information security serves as foundation for the Alliance.',
  'Minister Hamada expressed his strong resolve to fundamentally reinforce cybersecurity.',
  'They confirmed the necessity of maintaining and strengthening the ISR capabilities in the region.',
  'The Ministers affirmed that they would continue to work together to mitigate impact on local communities including Okinawa, and concurred on the importance of understanding and cooperation from the local communities.',
];

describe('rewordings', () => {
  test.each([
    ['verb swapped', swapVerb('The Ministers confirmed that X would continue.'), { text: 'The Ministers reaffirmed that X would continue.', from: 'confirmed', to: 'reaffirmed' }],
    ['intensifier removed', removeIntensifier('They will work closely together in response.'), { text: 'They will work together in response.', from: 'closely', to: '' }],
    [
      'clause removed',
      removeClause('The Ministers reiterated the importance of peace and stability across the Taiwan Strait, and encouraged the peaceful resolution of cross-Strait issues.'),
      { text: 'The Ministers reiterated the importance of peace and stability across the Taiwan Strait.', from: ', and encouraged the peaceful resolution of cross-Strait issues', to: '' },
    ],
    ['no verb to swap', swapVerb('The meeting lasted an hour.'), null],
    ['no intensifier to remove', removeIntensifier('They will work together.'), null],
    ['too short to lose a clause', removeClause('They met, and talked.'), null],
  ])('%s', (_name, got, want) => {
    expect(got).toEqual(want);
  });

  test('an intensifier goes right before the speech-act verb', () => {
    const r = addIntensifier('The Ministers condemned the launch.', seededRandom(1));
    expect(r?.text).toBe(`The Ministers ${r?.to} condemned the launch.`);
    expect(['strongly', 'firmly', 'fully']).toContain(r?.to);
    expect(addIntensifier('The Ministers strongly condemned the launch.', seededRandom(1))).toBeNull();
  });

  test('a variant keeps the sentence, with a place in front and a time frame before the full stop', () => {
    const v = varySentence('The Ministers welcomed the outcome.', seededRandom(3));
    expect(v).toMatch(/^[A-Z][a-z ]+ [^,]+, the Ministers welcomed the outcome [a-z0-9 ]+\.$/);
    expect(varySentence('The Ministers welcomed the outcome.', seededRandom(3))).toBe(v);
  });
});

/** Every known edit checked against the texts it claims to describe. */
function checkEdits(pair: SyntheticPair): void {
  const b = pair.before.sentences;
  const a = pair.after.sentences;
  const dropped = new Set<number>();
  const added = new Set<number>();
  for (const e of pair.edits) {
    if (e.type === 'dropped') {
      dropped.add(e.before);
      expect(a).not.toContain(b[e.before]);
    } else if (e.type === 'added') {
      added.add(e.after);
      expect(b).not.toContain(a[e.after]);
    } else if (e.type === 'moved') {
      expect(a[e.after]).toBe(b[e.before]);
    } else {
      const before = b[e.before]!;
      const after = a[e.after]!;
      expect(after).not.toBe(before);
      if (e.kind === 'verb-swap') expect(after).toBe(before.replace(new RegExp(`\\b${e.from}\\b`), e.to));
      if (e.kind === 'intensifier-added') expect(after.replace(`${e.to} `, '')).toBe(before);
      if (e.kind === 'intensifier-removed') expect(before.replace(` ${e.from} `, ' ')).toBe(after);
      if (e.kind === 'clause-removed') expect(before.replace(e.from, '')).toBe(after);
    }
  }
  // Every sentence of both sides is in exactly one link, or dropped, or added.
  const linkedBefore = pair.links.map((l) => l.before);
  const linkedAfter = pair.links.map((l) => l.after);
  expect([...linkedBefore, ...dropped].sort((x, y) => x - y)).toEqual(b.map((_, i) => i));
  expect([...linkedAfter, ...added].sort((x, y) => x - y)).toEqual(a.map((_, i) => i));
  for (const l of pair.links) {
    const edit = pair.edits.find((e) => e.type === 'reworded' && e.before === l.before);
    expect(l.type).toBe(edit ? 'reworded' : 'unchanged');
    if (!edit) expect(a[l.after]).toBe(b[l.before]);
    expect(l.moved).toBe(pair.edits.some((e) => e.type === 'moved' && e.before === l.before));
  }
  // A moved sentence crosses many of the sentences that stayed in place.
  const staying = pair.links.filter((l) => !l.moved);
  const movedCount = pair.links.length - staying.length;
  for (const m of pair.links.filter((l) => l.moved)) {
    const crossed = staying.filter((l) => l.before < m.before !== l.after < m.after).length;
    expect(crossed).toBeGreaterThanOrEqual(Math.floor(pair.size / 10) - movedCount);
  }
}

describe('syntheticPair', () => {
  test.each([60, 250])('%i sentences: the known edits are what they say', (size) => {
    const pair = syntheticPair(POOL, { size, seed: 7 });
    expect(pair.before.sentences).toHaveLength(size);
    expect(pair.after.sentences).toHaveLength(size);
    expect(new Set(pair.before.sentences).size).toBe(size);
    expect(new Set(pair.after.sentences).size).toBe(size);
    for (const side of [pair.before, pair.after]) {
      side.spans.forEach((s, i) => expect(side.text.slice(s.start, s.end)).toBe(side.sentences[i]));
    }
    const count = (type: string): number => pair.edits.filter((e) => e.type === type).length;
    expect(count('dropped')).toBe(Math.round(0.05 * size));
    expect(count('added')).toBe(Math.round(0.05 * size));
    expect(count('reworded')).toBe(Math.round(0.1 * size));
    expect(count('moved')).toBe(Math.round(0.03 * size));
    checkEdits(pair);
  });

  test('the same seed gives the same pair; another seed another', () => {
    const one = syntheticPair(POOL, { size: 250, seed: 3 });
    expect(syntheticPair(POOL, { size: 250, seed: 3 })).toEqual(one);
    expect(syntheticPair(POOL, { size: 250, seed: 4 }).before.text).not.toBe(one.before.text);
  });

  test('rates can turn edits off', () => {
    const pair = syntheticPair(POOL, { size: 40, seed: 1, rates: { dropped: 0, added: 0, reworded: 0, moved: 0 } });
    expect(pair.edits).toEqual([]);
    expect(pair.after.sentences).toEqual(pair.before.sentences);
  });
});

describe('scoreAlignment', () => {
  const pair = syntheticPair(POOL, { size: 100, seed: 5 });
  // Statements exactly as generated: what a perfect parser returns.
  const statementsOf = (side: SyntheticPair['before']): Statement[] =>
    side.spans.map((s, i) => ({ id: `s${i + 1}`, index: i, start: s.start, end: s.end, text: side.sentences[i]! }) as Statement);
  const statements = { before: statementsOf(pair.before), after: statementsOf(pair.after) };

  test('the known edits themselves score 1', () => {
    const gold: PredictedChange[] = [
      ...pair.links.map((l): PredictedChange => ({ type: l.type, before: [`s${l.before + 1}`], after: [`s${l.after + 1}`] })),
      ...pair.edits.flatMap((e): PredictedChange[] =>
        e.type === 'dropped' ? [{ type: 'dropped', before: [`s${e.before + 1}`], after: [] }] : e.type === 'added' ? [{ type: 'new', before: [], after: [`s${e.after + 1}`] }] : [],
      ),
    ];
    const score = scoreAlignment(pair, statements, gold);
    expect([score.links.f1, score.reworded, score.moved, score.dropped.f1, score.added.f1]).toEqual([1, 1, 1, 1, 1]);
    expect(score.segmented).toEqual({ before: 1, after: 1 });
  });

  test('linking nothing finds nothing', () => {
    const score = scoreAlignment(pair, statements, []);
    expect(score.links).toMatchObject({ tp: 0, fn: pair.links.length, recall: 0, f1: 0 });
  });
});
