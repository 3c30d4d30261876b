/** Equal-strength synonyms from a WordNet-derived table (data/synonyms.json); WordNet is never queried here. */
import data from './data/synonyms.json';
import { baseForms } from './inflect.js';
import { verbEntries } from './verbs.js';

const SENSES = data.senses as Record<string, number[] | undefined>;
let setsByWord: Map<string, number[]> | null = null;

/**
 * The synonym sets a word may use: those among its own most frequent senses when the derivation
 * looked the word up, else every set it belongs to (a word from an unseen readout).
 */
function setsOf(word: string): readonly number[] | undefined {
  const own = Object.hasOwn(SENSES, word) ? SENSES[word] : undefined;
  if (own) return own;
  if (!setsByWord) {
    // Built on first use, so that importing the lexicon stays fast.
    const map = new Map<string, number[]>();
    data.sets.forEach((set, index) => {
      for (const member of set) map.set(member, [...(map.get(member) ?? []), index]);
    });
    setsByWord = map;
  }
  return setsByWord.get(word);
}

function shareSet(a: string, b: string): boolean {
  const sa = setsOf(a);
  const sb = setsOf(b);
  if (sa === undefined || sb === undefined) return false;
  for (const i of sa) if (sb.includes(i)) return true;
  return false;
}

/** Two lexicon verbs may only be synonyms when they share a group at the same strength. */
function strengthAllows(a: string, b: string): boolean {
  const ea = verbEntries(a);
  const eb = verbEntries(b);
  if (ea.length === 0 || eb.length === 0) return true;
  for (const x of ea) for (const y of eb) if (x.group === y.group && x.strength === y.strength) return true;
  return false;
}

/**
 * Whether two words (any inflection) are equal-strength synonyms: a synonym set among both words'
 * most frequent WordNet senses, and for two speech-act verbs also the same group and strength
 * ("confirm" is not "reaffirm"). Inflections of one word are synonyms ("confirmed" ~ "confirms").
 *
 * @example
 * areSynonyms('underscored', 'emphasized') //=> true
 * areSynonyms('concur', 'agree') //=> true
 * areSynonyms('confirm', 'reaffirm') //=> false
 */
export function areSynonyms(a: string, b: string): boolean {
  const fa = baseForms(a);
  const fb = baseForms(b);
  if (fa[0] === fb[0]) return true;
  for (const x of fa) {
    for (const y of fb) {
      if (x === y) return true;
      if (shareSet(x, y) && strengthAllows(x, y)) return true;
    }
  }
  return false;
}
