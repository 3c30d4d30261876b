import { describe, expect, test } from 'vitest';
import {
  arePolarOpposites,
  BOILERPLATE_PHRASES,
  boilerplateWeight,
  findBoilerplate,
  findIntensifiers,
  findModality,
  findNegations,
  INTENSIFIERS,
  intensifierStrength,
  isBoilerplateWord,
  isIntensifierWord,
  MODALITY,
  modalityEntry,
  POLARITY_PAIRS,
  STOPWORDS,
} from '../../src/lexicon/index.js';

describe('findIntensifiers', () => {
  test.each([
    ['Secretary Austin reiterated that the U.S. commitment remains unwavering.', ['unwavering']],
    ['The Ministers strongly condemned the launch.', ['strongly']],
    ['They expressed grave and serious concern.', ['grave', 'serious']],
    ['to steadily advance such effort', ['steadily']],
    ['work more closely than ever before', ['closely', 'more than ever']],
    ['the IRONCLAD commitment', ['ironclad']],
    ['an iron-clad commitment', ['ironclad']],
    ['cooperation has deepened at an unprecedented level', ['unprecedented']],
    ['condemned in the strongest terms', ['in the strongest terms']],
    ['Mr. Strongman and the unfirmly word', []], // word boundaries
  ])('%s', (text, found) => {
    expect(findIntensifiers(text)).toEqual(found);
  });

  test('each listed phrase has a strength from 1 to 3', () => {
    for (const i of INTENSIFIERS) expect([1, 2, 3]).toContain(i.strength);
    expect(intensifierStrength('ironclad')).toBe(3);
    expect(intensifierStrength('banana')).toBe(0);
  });

  test('isIntensifierWord knows single listed words and their forms, in any case', () => {
    expect(isIntensifierWord('Unwavering')).toBe(true);
    expect(isIntensifierWord('stronger')).toBe(true);
    expect(isIntensifierWord('fundamental')).toBe(true);
    expect(isIntensifierWord('deterrence')).toBe(false);
    expect(isIntensifierWord('more than ever')).toBe(false);
  });
});

describe('findModality', () => {
  test.each([
    ['They would continue to cooperate as appropriate.', ['would', 'continue to', 'as appropriate']],
    ['Japan and the U.S. will work together', ['will']],
    ['The Ministers continued to discuss', ['continue to']],
    ['They will explore the possibility of joint development', ['will', 'explore', 'possibility of']],
    ['to the extent possible and where possible', ['to the extent possible', 'where possible']],
    ['North Korea must abandon', ['must']],
    ["They won't", ['will']],
    ['On May 2, the Ministers met.', []], // the month
    ['held in May and', []],
    ['the political will of both sides', []], // the noun
    ['They may consider it.', ['may', 'consider']],
  ])('%s', (text, found) => {
    expect(findModality(text)).toEqual(found);
  });

  test('entries carry kind and strength', () => {
    expect(modalityEntry('must')).toEqual({ phrase: 'must', kind: 'modal', strength: 5 });
    expect(modalityEntry('as appropriate')?.kind).toBe('hedge');
    expect(MODALITY.find((m) => m.phrase === 'continue to')?.kind).toBe('continuation');
  });
});

describe('findNegations', () => {
  test.each([
    ['The Ministers confirmed that they would not accept any unilateral attempt', ['not']],
    ["They can't and won't accept it", ["n't", "n't"]],
    ['Japan cannot accept', ['cannot']],
    ['neither side nor the other', ['neither', 'nor']],
    ['without preconditions', ['without']],
    ['no one, never, no longer', ['no one', 'never', 'no longer']],
    ['not only in the region but also globally', []],
    ['no later than March', []],
    ['Release No. 5 and No.6', []],
    ['the Ministers reaffirmed their support', []],
  ])('%s', (text, found) => {
    expect(findNegations(text)).toEqual(found);
  });
});

describe('polarity', () => {
  test('pairs are listed both ways by arePolarOpposites, any inflection', () => {
    expect(POLARITY_PAIRS).toContainEqual(['support', 'oppose']);
    expect(POLARITY_PAIRS).toContainEqual(['accept', 'reject']);
    expect(arePolarOpposites('supports', 'opposed')).toBe(true);
    expect(arePolarOpposites('rejected', 'accepted')).toBe(true);
    expect(arePolarOpposites('welcomed', 'condemned')).toBe(true);
    expect(arePolarOpposites('support', 'welcome')).toBe(false);
  });
});

describe('boilerplate', () => {
  test('formulaic words and their stems weigh little', () => {
    expect(isBoilerplateWord('Ministers')).toBe(true);
    expect(isBoilerplateWord('secretary')).toBe(true);
    expect(isBoilerplateWord('importance')).toBe(true);
    expect(isBoilerplateWord('deterrence')).toBe(false);
    expect(boilerplateWeight('ministers')).toBeLessThan(1);
    expect(boilerplateWeight('minist')).toBeLessThan(1); // Porter stem
    expect(boilerplateWeight('deterr')).toBe(1);
  });
  test('phrases are found at word boundaries, case-insensitively', () => {
    expect(BOILERPLATE_PHRASES).toContain('the importance of');
    expect(findBoilerplate('The Ministers reaffirmed the importance of peace.')).toEqual([
      'the Ministers',
      'the importance of',
    ]);
  });
});

describe('STOPWORDS', () => {
  test("holds natural's list and readout function words, not content words", () => {
    for (const w of ['the', 'about', 'would', 'regarding', 'moreover', 'towards']) expect(STOPWORDS.has(w)).toBe(true);
    for (const w of ['deterrence', 'alliance', 'peace', 'nuclear']) expect(STOPWORDS.has(w)).toBe(false);
  });
});
