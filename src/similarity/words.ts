import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { boilerplateWeight, foldEquivalents, isBoilerplateWord, speechActLemma, STOPWORDS } from '../lexicon/index.js';

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
  for (const match of folded.matchAll(WORD)) {
    const token = match[0];
    // "U.S." is one word ("us"), not two letters, and never the pronoun "us".
    const initialism = token.includes('.');
    // "Russia's aggression": the possessive is not a word of its own.
    const word = (initialism ? token.replace(/\./g, '') : token.replace(/['’]s$/u, '')).toLowerCase();
    if (!initialism && STOPWORDS.has(word)) continue;
    // A lone letter is a list marker or the tail of a name ("J." in "Lloyd J. Austin").
    if (word.length === 1 && !/\d/.test(word)) continue;
    // Boilerplate weighs what the lexicon says; a speech-act verb weighs as little, because a
    // rewording often swaps it ("confirmed" → "reaffirmed") while the position stays.
    const salience = isBoilerplateWord(word) ? boilerplateWeight(word) : speechActLemma(word) !== null ? LOW_SALIENCE : 1;
    out.push({ stem: stemOf(word), salience });
  }
  return out;
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
