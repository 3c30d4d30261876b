import { describe, expect, test } from 'vitest';
import { compareVerbs, SPEECH_ACT_VERBS, speechActLemma, verbEntries } from '../../src/lexicon/index.js';

describe('speechActLemma', () => {
  test.each([
    ['Reaffirmed', 'reaffirm'],
    ['concurred', 'concur'],
    ['emphasised', 'emphasize'],
    ['underscores', 'underscore'],
    ['met', 'meet'],
    ['committed', 'commit'],
    ['Ministers', null],
    ['meeting', null], // "the meeting" is a noun in readouts
    ['States', null], // "the United States"
  ])('%s → %s', (word, lemma) => {
    expect(speechActLemma(word)).toBe(lemma);
  });
});

describe('compareVerbs', () => {
  test.each([
    // from, to, direction: what a reader of two readouts relies on
    ['confirm', 'reaffirm', 'stronger'],
    ['confirmed', 'reaffirmed', 'stronger'],
    ['reconfirmed', 'confirmed', 'weaker'],
    ['welcomed', 'noted', 'weaker'],
    ['noted', 'welcomed', 'stronger'],
    ['welcome', 'appreciate', 'weaker'],
    ['oppose', 'condemn', 'stronger'],
    ['encourage', 'urge', 'stronger'],
    ['agree', 'commit', 'stronger'],
    ['underscore', 'emphasize', 'neutral'],
    ['concur', 'agree', 'neutral'],
    ['discussed', 'exchanged', 'neutral'],
    ['welcome', 'urge', 'neutral'], // across groups
    ['confirm', 'frobnicate', 'neutral'], // unknown
  ] as const)('%s → %s is %s', (from, to, direction) => {
    expect(compareVerbs(from, to)).toBe(direction);
  });

  test('is antisymmetric over the whole table', () => {
    const lemmas = [...new Set(SPEECH_ACT_VERBS.map((e) => e.lemma))];
    const flip = { stronger: 'weaker', weaker: 'stronger', neutral: 'neutral' } as const;
    for (const a of lemmas) for (const b of lemmas) expect(compareVerbs(b, a)).toBe(flip[compareVerbs(a, b)]);
  });
});

describe('verbEntries', () => {
  test('a lemma may sit in two groups', () => {
    expect(verbEntries('acknowledge').map((e) => e.group)).toEqual(['commitment', 'evaluation']);
  });
  test('every entry has its lemma among its forms and a positive strength', () => {
    for (const e of SPEECH_ACT_VERBS) {
      expect(e.forms).toContain(e.lemma);
      expect(e.strength).toBeGreaterThan(0);
    }
  });
});
