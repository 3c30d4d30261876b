import { describe, expect, test } from 'vitest';
import { findTerms, foldEquivalents, PLACES, TERMS_OF_ART } from '../../src/lexicon/index.js';

describe('findTerms', () => {
  test('finds terms of art, places and compounds in the reference readout', () => {
    expect(
      findTerms(
        'Secretary Austin reiterated that the U.S. commitment to providing extended deterrence including nuclear capabilities to Japan remains unwavering.',
      ),
    ).toEqual(['U.S.', 'extended deterrence', 'including nuclear capabilities', 'Japan']);
  });

  test.each([
    // [text, terms that must be found]
    ['The Ministers confirmed that they would not accept any unilateral attempt to change the status quo by force.', ['status quo', 'by force']],
    ['The Ministers reiterated the importance of peace and stability across the Taiwan Strait.', ['peace and stability', 'Taiwan Strait']],
    ['deepen Japan-U.S. and Japan-U.S.-ROK ties.', ['Japan-U.S.', 'Japan-U.S.-ROK']],
    ['the relocation of Marine Corps Air Station Futenma to Henoko-saki', ['Marine Corps Air Station Futenma', 'Henoko-saki']],
    ['interoperability through Japan-Australia Reciprocal Access Agreement.', ['interoperability', 'Japan-Australia Reciprocal Access Agreement']],
    ['The U.S. Air Force MQ-9s strengthen ISR capabilities.', ['U.S. Air Force MQ-9s', 'ISR']],
    ['the outcome of the Defense Trilateral Talks (DTT) held this April', ['Defense Trilateral Talks', 'DTT']],
    ['NATO Allies affirmed that Article 5 remains ironclad.', ['NATO Allies', 'Article 5']],
    ['The Foreign Secretary discussed the Red Sea and Houthi attacks with Australia.', ['Red Sea', 'Houthi', 'Australia']],
    ["Russia's war of aggression against Ukraine", ['Russia', 'war of aggression', 'Ukraine']],
  ])('%s', (text, expected) => {
    const found = findTerms(text);
    for (const term of expected) expect(found).toContain(term);
  });

  test.each([
    // people are actors, dates are numbers, sentence-initial capitals are just capitals
    ['Defense Minister Hamada and Defense Secretary Austin held discussions on June 1.', []],
    ['The Ministers welcomed the progress.', []],
    ['Secretary of Defense Lloyd J. Austin III met today with Japanese Minister of Defense Kihara Minoru.', []],
    ['Moreover, the Ministers affirmed the importance of dialogue.', []],
    ['Given the situation, they met.', []],
  ])('%s finds nothing', (text, expected) => {
    expect(findTerms(text)).toEqual(expected);
  });

  test('a participle opening a sentence is not part of a name', () => {
    expect(findTerms('Given China’s intensifying military activities')).toEqual(['China']);
  });

  test('terms are atomic, so a reworded formula keeps its terms', () => {
    const before = findTerms('peace and stability across the Taiwan Strait');
    const after = findTerms('the importance of peace and stability in the Taiwan Strait');
    expect(after).toEqual(before);
  });

  test('a name runs on over spaces and a possessive, and stops at any other gap', () => {
    expect(findTerms("Talks with the Marine Corps' Air Station  Futenma staff")).toEqual(["Marine Corps' Air Station  Futenma"]);
    expect(findTerms('Talks with the Marine Corps’s Air Station staff')).toEqual(['Marine Corps’s Air Station']);
    expect(findTerms('Talks with the Marine Corps, Air Station staff')).toEqual(['Marine Corps', 'Air Station']);
    expect(findTerms('Talks with the Marine Corps\nAir Station staff')).toEqual(['Marine Corps', 'Air Station']);
    expect(findTerms("Talks with the Marine Corps'x Air Station staff")).toEqual(["Marine Corps'x Air Station"]);
  });

  test('a letter outside the Basic Multilingual Plane is one letter of a word', () => {
    // Written as surrogate pairs: read unit by unit, each half would be a separate non-letter.
    expect(findTerms('They held talks on 𝐀𝐁𝐂 ties and 𝐃𝐞𝐟𝐞𝐧𝐬𝐞 plans')).toEqual(['𝐀𝐁𝐂', '𝐃𝐞𝐟𝐞𝐧𝐬𝐞']);
  });

  test('a sentence-final dot and a possessive are not part of a term; an initialism keeps its dots', () => {
    expect(findTerms('They met in Tokyo. Talks with the U.S. followed on Japan’s plans for ISR.')).toEqual(['Tokyo', 'U.S.', 'Japan', 'ISR']);
  });

  test('each term once, in text order', () => {
    expect(findTerms('China and Japan discussed China.')).toEqual(['China', 'Japan']);
  });

  test('after folding, the same terms read the same across governments', () => {
    const mod = findTerms(foldEquivalents('the Japan-U.S. Alliance and North Korea'));
    const dod = findTerms(foldEquivalents('the U.S.-Japan Alliance and the DPRK'));
    expect(dod).toEqual(mod);
  });

  test('the data lists hold no duplicates', () => {
    expect(new Set(TERMS_OF_ART).size).toBe(TERMS_OF_ART.length);
    expect(new Set(PLACES).size).toBe(PLACES.length);
  });
});
