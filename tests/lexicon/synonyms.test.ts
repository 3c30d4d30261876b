import { readFileSync, statSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { areSynonyms, compareVerbs } from '../../src/lexicon/index.js';

describe('areSynonyms', () => {
  test.each([
    ['underscore', 'emphasize'],
    ['underscored', 'emphasized'],
    ['emphasize', 'stress'],
    ['stress', 'underscore'],
    ['concur', 'agree'],
    ['concurred', 'agreed'],
    ['reaffirm', 'reiterate'],
    ['strengthen', 'reinforce'],
    ['Confirmed', 'confirms'],
  ])('%s ~ %s', (a, b) => {
    expect(areSynonyms(a, b)).toBe(true);
    expect(areSynonyms(b, a)).toBe(true);
  });

  test.each([
    ['confirm', 'reaffirm'], // different strength: a verb shift, not a synonym
    ['confirm', 'support'], // WordNet says so, but the groups differ
    ['agree', 'hold'],
    ['welcome', 'condemn'],
    ['support', 'oppose'],
    ['deterrence', 'cybersecurity'],
    ['issue', 'outcome'], // "result" lists both, but neither word's own first senses share a set
  ])('%s is not %s', (a, b) => {
    expect(areSynonyms(a, b)).toBe(false);
  });

  test('equal-strength synonyms compare as neutral verbs', () => {
    expect(compareVerbs('underscore', 'stress')).toBe('neutral');
  });
});

describe('data/synonyms.json', () => {
  const url = new URL('../../src/lexicon/data/synonyms.json', import.meta.url);
  test('stays small', () => {
    expect(statSync(url).size).toBeLessThan(100_000);
  });
  test('holds sorted sets of at least two words', () => {
    const { sets } = JSON.parse(readFileSync(url, 'utf8')) as { sets: string[][] };
    for (const set of sets) {
      expect(set.length).toBeGreaterThanOrEqual(2);
      expect([...set].sort()).toEqual(set);
    }
  });
});
