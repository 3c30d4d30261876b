import { describe, expect, it } from 'vitest';
import { scorePair } from '../../src/eval/index.js';
import type { GoldPair, PredictedChange } from '../../src/eval/index.js';
import type { Statement } from '../../src/types.js';

// A tiny gold pair over hand-made statements, so each scoring rule of ANNOTATION.md is pinned.
const before = 'Intro. Alpha one. Beta two. Gamma three. Delta four.';
const after = 'Intro. Alpha uno. Beta dos. Epsilon five. Zeta six.';

function statementsOf(text: string, sentences: string[]): Statement[] {
  return sentences.map((sentence, index) => {
    const start = text.indexOf(sentence);
    return { id: `s${index + 1}`, index, text: sentence, start, end: start + sentence.length, section: 0, paragraph: 0, kind: 'position', normalized: sentence, actor: null, verb: null };
  });
}
const b = statementsOf(before, ['Intro.', 'Alpha one.', 'Beta two.', 'Gamma three.', 'Delta four.']);
const a = statementsOf(after, ['Intro.', 'Alpha uno.', 'Beta dos.', 'Epsilon five.', 'Zeta six.']);

const gold: GoldPair = {
  before: 'b.txt',
  after: 'a.txt',
  ignore: { before: ['Intro.'], after: ['Intro.'] },
  links: [{ type: 'reworded', before: ['Alpha one.'], after: ['Alpha uno.'] }],
  optional: [{ before: ['Beta two.'], after: ['Beta dos.'] }],
  new: ['Epsilon five.', 'Zeta six.'],
  dropped: ['Gamma three.', 'Delta four.'],
};
const score = (changes: PredictedChange[]): ReturnType<typeof scorePair> => scorePair(gold, { before, after }, { before: b, after: a }, changes);

describe('scorePair', () => {
  it('counts a found link and its type', () => {
    const s = score([{ type: 'reworded', before: ['s2'], after: ['s2'] }]);
    expect(s.links).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect([s.typesFound, s.typesCorrect]).toEqual([1, 1]);
  });

  it('neither rewards nor penalises an optional pair or a pair with an ignored sentence', () => {
    const s = score([
      { type: 'reworded', before: ['s3'], after: ['s3'] },
      { type: 'unchanged', before: ['s1'], after: ['s1'] },
    ]);
    expect(s.links).toEqual({ tp: 0, fp: 0, fn: 1 });
  });

  it('scores new and dropped over sentences, optional and ignored ones excluded', () => {
    const s = score([
      { type: 'new', before: [], after: ['s4'] },
      { type: 'new', before: [], after: ['s3'] },
      { type: 'dropped', before: ['s4'], after: [] },
      { type: 'dropped', before: ['s5'], after: [] },
      { type: 'new', before: [], after: ['s1'] },
    ]);
    expect(s.new).toEqual({ tp: 1, fp: 0, fn: 1 });
    expect(s.dropped).toEqual({ tp: 2, fp: 0, fn: 0 });
  });

  it('counts a wrong link against precision and the wrong type against accuracy', () => {
    const s = score([{ type: 'merged', before: ['s2', 's4'], after: ['s2'] }]);
    expect(s.links).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect([s.typesFound, s.typesCorrect]).toEqual([1, 0]);
  });

  it('lets a statement stand for the gold sentence it covers at least half of', () => {
    const halves = [...b];
    // "Alpha on" covers 8 of the 10 characters of "Alpha one.": it still stands for it.
    halves[1] = { ...b[1]!, end: b[1]!.start + 8, text: 'Alpha on' };
    expect(scorePair(gold, { before, after }, { before: halves, after: a }, [{ type: 'reworded', before: ['s2'], after: ['s2'] }]).links.tp).toBe(1);
    halves[1] = { ...b[1]!, end: b[1]!.start + 4, text: 'Alph' };
    expect(scorePair(gold, { before, after }, { before: halves, after: a }, [{ type: 'reworded', before: ['s2'], after: ['s2'] }]).links.tp).toBe(0);
  });
});
