import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { boilerplateWeight, EQUIVALENT_TERMS, foldEquivalents, isBoilerplateWord, isIntensifierWord, PLACES, speechActLemma, STOPWORDS } from '../lexicon/index.js';

/** One content word of a statement: its Porter stem and how much it should count (0 to 1). */
export interface StemmedWord {
  stem: string;
  /** 1 for an ordinary content word, less for boilerplate and speech-act verbs. */
  salience: number;
}

/**
 * How much a speech-act verb ("confirmed") counts next to an ordinary content word: as little as
 * boilerplate, since almost every statement has one and rewordings swap them freely.
 */
export const LOW_SALIENCE = 0.25;

/** A word: an initialism with its dots ("U.S.", "U.N."), or letters and digits with a possessive. */
const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’]s\b)?/gu;

/** Stems by word: a readout repeats a small vocabulary, and the Porter stemmer is the slow part. */
const STEMS = new Map<string, string>();

function stemOf(word: string): string {
  let stem = STEMS.get(word);
  if (stem === undefined) {
    stem = PorterStemmer.stem(word);
    // Bounded so that a long-running process comparing many readouts does not grow without end.
    if (STEMS.size > 50_000) STEMS.clear();
    STEMS.set(word, stem);
  }
  return stem;
}

/** Folded texts by normalized text: folding runs the lexicon's large phrase regexes. */
const FOLDED = new Map<string, string>();

/**
 * A normalized text with equivalent terms folded to one name ("DPRK" → "North Korea"), cached:
 * the similarity features and the term shifts of one statement fold the same text.
 *
 * @example
 * foldedText('The DPRK launched missiles.') //=> 'The North Korea launched missiles.'
 */
export function foldedText(normalized: string): string {
  let folded = FOLDED.get(normalized);
  if (folded === undefined) {
    folded = foldEquivalents(normalized);
    if (FOLDED.size > 20_000) FOLDED.clear();
    FOLDED.set(normalized, folded);
  }
  return folded;
}

/**
 * The content words of a normalized statement, stemmed, after equivalent terms are folded, so
 * that "DPRK" and "North Korea" or "U.S." and "United States" give the same stems.
 *
 * @example
 * contentWords('The Ministers reaffirmed the U.S. commitment.').map((w) => w.stem)
 * //=> ['minist', 'reaffirm', 'us', 'commit']
 */
export function contentWords(normalized: string): StemmedWord[] {
  const folded = foldedText(normalized);
  const out: StemmedWord[] = [];
  // `match` gives the words as strings: no match object per word (most of a comparison's garbage).
  const words = folded.match(WORD);
  if (words === null) return out;
  for (let i = 0; i < words.length; i++) {
    const word = wordOf(words[i]!);
    if (word) out.push(word);
  }
  return out;
}

/** Each token's stem and salience, or null for a stopword: readouts repeat a small vocabulary. */
const WORDS = new Map<string, StemmedWord | null>();

function wordOf(token: string): StemmedWord | null {
  let known = WORDS.get(token);
  if (known === undefined) {
    known = analyzeToken(token);
    // Bounded so that a long-running process comparing many readouts does not grow without end.
    if (WORDS.size > 50_000) WORDS.clear();
    WORDS.set(token, known);
  }
  return known;
}

function analyzeToken(token: string): StemmedWord | null {
  // "U.S." is one word ("us"), not two letters, and never the pronoun "us".
  const initialism = token.includes('.');
  // "Russia's aggression": the possessive is not a word of its own.
  const word = (initialism ? token.replace(/\./g, '') : token.replace(/['’]s$/u, '')).toLowerCase();
  if (!initialism && STOPWORDS.has(word)) return null;
  // A lone letter is a list marker or the tail of a name ("J." in "Lloyd J. Austin").
  if (word.length === 1 && !/\d/.test(word)) return null;
  // Boilerplate weighs what the lexicon says; speech-act verbs and intensifiers weigh as little,
  // because a rewording often swaps them ("confirmed" → "reaffirmed", "strong" → "firm") while
  // the position stays.
  const salience = isBoilerplateWord(word)
    ? boilerplateWeight(word)
    : speechActLemma(word) !== null || isIntensifierWord(word)
      ? LOW_SALIENCE
      : 1;
  return { stem: stemOf(word), salience };
}

/**
 * The distinct stems of a statement with their salience (the highest when a stem occurs twice),
 * in first-occurrence order so that everything built on it is deterministic.
 *
 * @example
 * [...stemSalience('Japan and Japan-U.S. ties')] //=> [['japan', 1], ['us', 1], ['ti', 1]]
 */
export function stemSalience(normalized: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const { stem, salience } of contentWords(normalized)) {
    out.set(stem, Math.max(out.get(stem) ?? 0, salience));
  }
  return out;
}

/** Stems of each actor as written ("Minister Kishi"), people only: readouts repeat a few actors. */
const ACTOR_STEMS = new Map<string, string[]>();
let PLACE_STEMS: ReadonlySet<string> | null = null;

/** Stems of the one-word places and equivalent terms of the lexicon ("japan", "us", "korea"). */
function placeStems(): ReadonlySet<string> {
  PLACE_STEMS ??= new Set(
    [...PLACES, ...EQUIVALENT_TERMS.map((g) => g[0] ?? '')].filter((p) => p !== '' && !/\s/.test(p)).flatMap((p) => [...stemSalience(p).keys()]),
  );
  return PLACE_STEMS;
}

function actorStems(actor: string): string[] {
  let stems = ACTOR_STEMS.get(actor);
  if (stems === undefined) {
    // "Japan resolved ...", "The United States underscored ...": a country is also a subject.
    stems = [...stemSalience(actor).keys()].filter((stem) => !placeStems().has(stem));
    if (ACTOR_STEMS.size > 10_000) ACTOR_STEMS.clear();
    ACTOR_STEMS.set(actor, stems);
  }
  return stems;
}

/**
 * The stems of a statement with their salience, as `stemSalience`, except that the words of its
 * actor ("Minister Kishi", "Secretary Austin") weigh as little as boilerplate: a position is what
 * is said, two governments name the holder of one position differently ("The Ministers" /
 * "Secretary Austin"), and the principals' names recur in every sentence. Places stay whole.
 *
 * @example
 * statementSalience('Minister Kishi welcomed the MQ-9s.', 'Minister Kishi').get('kishi') //=> 0.25
 */
export function statementSalience(normalized: string, actor: string | null): Map<string, number> {
  const salience = stemSalience(normalized);
  if (!actor) return salience;
  for (const stem of actorStems(actor)) {
    const s = salience.get(stem);
    if (s !== undefined) salience.set(stem, Math.min(s, LOW_SALIENCE));
  }
  return salience;
}
