/** Intensifiers and qualifiers (an `intensity` shift when added or removed). Data: data/intensifiers.json. */
import data from './data/intensifiers.json';
import { compilePhrases, phrasesOf, type PhraseSpec } from './match.js';

type Row = [string, number, string[]?];
const ROWS = data.intensifiers as Row[];

/**
 * Intensifiers with their strength (1 colours, 2 strengthens, 3 is the strongest register).
 *
 * @example
 * INTENSIFIERS.find((i) => i.phrase === 'unwavering') //=> { phrase: 'unwavering', strength: 3 }
 */
export const INTENSIFIERS: readonly { phrase: string; strength: number }[] = ROWS.map(([phrase, strength]) => ({
  phrase,
  strength,
}));

const STRENGTH = new Map(INTENSIFIERS.map((i) => [i.phrase, i.strength]));
const SPECS: PhraseSpec[] = ROWS.map(([phrase, , forms = []]) => ({ phrase, forms: [phrase, ...forms] }));
const find = compilePhrases(SPECS);

/**
 * The intensifiers of a text, one per occurrence in text order, each as its listed phrase
 * (inflected forms map to it: "closer" → "closely"); case-insensitive, at word boundaries.
 *
 * @example
 * findIntensifiers('The U.S. commitment remains unwavering and we strongly oppose it.') //=> ['unwavering', 'strongly']
 */
export function findIntensifiers(normalizedText: string): string[] {
  return phrasesOf(find(normalizedText));
}

/**
 * The strength of a listed intensifier phrase, or 0 when it is not one.
 *
 * @example
 * intensifierStrength('ironclad') //=> 3
 */
export function intensifierStrength(phrase: string): number {
  return STRENGTH.get(phrase.toLowerCase()) ?? 0;
}

const WORDS: ReadonlySet<string> = new Set(ROWS.flatMap(([phrase, , forms = []]) => [phrase, ...forms]).filter((w) => !w.includes(' ')));

/**
 * Whether a single word is an intensifier or one of its forms (case-insensitive): words that
 * rewordings add and drop ("strong", "fundamental", "unwavering") while the position stays.
 *
 * @example
 * isIntensifierWord('Unwavering') //=> true
 */
export function isIntensifierWord(word: string): boolean {
  return WORDS.has(word.toLowerCase());
}
