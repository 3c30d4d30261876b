/** Formulaic wording that weighs little in similarity. Data: data/boilerplate.json, data/boilerplate-stems.json. */
import data from './data/boilerplate.json';
import stemData from './data/boilerplate-stems.json';
import { compilePhrases, phrasesOf } from './match.js';

/**
 * Formulaic phrases of readouts ("the Ministers", "confirmed that", "the importance of").
 *
 * @example
 * BOILERPLATE_PHRASES.includes('the importance of') //=> true
 */
export const BOILERPLATE_PHRASES: readonly string[] = data.phrases;

const WORDS: ReadonlySet<string> = new Set(data.words);
const STEMS: ReadonlySet<string> = new Set(stemData.stems);
const find = compilePhrases(BOILERPLATE_PHRASES.map((phrase) => ({ phrase, forms: [phrase] })));

/**
 * Whether a single word is boilerplate (case-insensitive).
 *
 * @example
 * isBoilerplateWord('Ministers') //=> true
 */
export function isBoilerplateWord(word: string): boolean {
  return WORDS.has(word.toLowerCase());
}

/**
 * The weight of a word or its Porter stem in similarity: 0.25 for boilerplate, 1 otherwise.
 *
 * @example
 * boilerplateWeight('minist') //=> 0.25
 * boilerplateWeight('deterrence') //=> 1
 */
export function boilerplateWeight(stemOrWord: string): number {
  const w = stemOrWord.toLowerCase();
  return WORDS.has(w) || STEMS.has(w) ? data.weight : 1;
}

/**
 * The boilerplate phrases of a text, one per occurrence in text order (case-insensitive).
 *
 * @example
 * findBoilerplate('The Ministers reaffirmed the importance of peace.') //=> ['the Ministers', 'the importance of']
 */
export function findBoilerplate(normalizedText: string): string[] {
  return phrasesOf(find(normalizedText));
}
