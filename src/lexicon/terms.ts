/**
 * Terms of art and named things (a `term` shift when added or removed): a list of terms of art
 * and places (data/terms.json, data/places.json) plus generic detection of capitalised names,
 * acronyms and place compounds.
 */
import placeData from './data/places.json';
import data from './data/terms.json';
import { letterOrDigitUnitsAt } from '../parse/chars.js';
import { compilePhrases, resolveOverlaps, type MatchSink } from './match.js';
import { keepShape } from '../shapes.js';
import { grown } from '../typed-arrays.js';
import { STOPWORDS } from './stopwords.js';
import { speechActLemma } from './verbs.js';

/**
 * Multi-word terms of art and named things whose addition or removal is substantive.
 *
 * @example
 * TERMS_OF_ART.includes('extended deterrence') //=> true
 */
export const TERMS_OF_ART: readonly string[] = data.terms;

/**
 * Countries, regions, seas and organisations as readouts name them.
 *
 * @example
 * PLACES.includes('Taiwan Strait') //=> true
 */
export const PLACES: readonly string[] = placeData.places;

const findTermsOfArt = compilePhrases(TERMS_OF_ART.map((phrase) => ({ phrase, forms: [phrase] })));
const findPlaces = compilePhrases(PLACES.map((phrase) => ({ phrase, forms: [phrase], caseSensitive: true })));

const TITLES: ReadonlySet<string> = new Set(data.titles.flatMap((t) => t.split(' ')));
const NOT_NAMES: ReadonlySet<string> = new Set(data.notNames);
const CALENDAR: ReadonlySet<string> = new Set(data.calendar);
const PLACE_SET: ReadonlySet<string> = new Set(placeData.places);
/** Lowercase words that may join capitalised words inside a name ("Ministry of Defense"). */
const CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'on', 'the', 'de', 'du', 'la', 'del', 'von', 'van']);

/**
 * The tokens of the text being read, as parallel arrays (a text makes no object and, for most
 * words, no string per token): where each starts and ends ("Strait." without its dot, "Russia's"
 * without its possessive) and whether it opens a sentence. The word of a token is cut from the
 * text only when a test needs it (`wordAt`): most tokens are lower-case words that no test reads.
 */
class Tokens {
  text = '';
  count = 0;
  start = new Int32Array(256);
  end = new Int32Array(256);
  opens = new Uint8Array(256);
  /** The word of each token once cut, or undefined. */
  words: (string | undefined)[] = [];

  /**
   * Reads `text` unit by unit: a token is a letter or digit, then letters, digits and ' ’ . & + / -,
   * as the pattern `[\p{L}\p{N}][\p{L}\p{N}'’.&+/-]*` (flag u) matches them.
   */
  read(text: string): void {
    this.text = text;
    this.count = 0;
    const n = text.length;
    let previousEnd = -1;
    for (let at = 0; at < n; ) {
      // ASCII is read from a table, without a call per character: in a one-off command-line
      // comparison this runs interpreted, where a call costs more than the test.
      const c = text.charCodeAt(at);
      const first = c < 128 ? (ASCII_TOKEN[c] === LETTER_OR_DIGIT_UNIT ? 1 : -1) : unitsOfWordChar(text, at, false);
      if (first <= 0) {
        at += -first;
        continue;
      }
      let end = at + first;
      while (end < n) {
        const d = text.charCodeAt(end);
        const more = d < 128 ? (ASCII_TOKEN[d] !== 0 ? 1 : 0) : unitsOfWordChar(text, end, true);
        if (more <= 0) break;
        end += more;
      }
      const from = at;
      at = end;
      // "Strait." at a sentence end loses its dot; "U.S." and "J." keep theirs.
      while (text.charCodeAt(end - 1) === 46 && !endsWithInitialism(text, from, end)) end--;
      // "Russia's aggression": the possessive is not part of the name.
      if (end - from > 0 && isApostrophe(text.charCodeAt(end - 1))) end--;
      else if (end - from > 1 && text.charCodeAt(end - 1) === 115 && isApostrophe(text.charCodeAt(end - 2))) end -= 2;
      if (end === from) continue;
      // A sentence starts after ". ", "? ", ": " or a blank line; "U.S. Forces" and "J. Austin" keep
      // their dot in the token, so the gap holds no period.
      this.push(from, end, previousEnd < 0 || opensSentence(text, previousEnd, from));
      previousEnd = end;
    }
    for (let k = 0; k < this.count; k++) this.words[k] = undefined;
  }

  private push(from: number, to: number, opens: boolean): void {
    if (this.count === this.start.length) {
      this.start = grown(this.start, new Int32Array(2 * this.count));
      this.end = grown(this.end, new Int32Array(2 * this.count));
      this.opens = grown(this.opens, new Uint8Array(2 * this.count));
    }
    this.start[this.count] = from;
    this.end[this.count] = to;
    this.opens[this.count] = opens ? 1 : 0;
    this.count++;
  }

  wordAt(k: number): string {
    return (this.words[k] ??= this.text.slice(this.start[k]!, this.end[k]!));
  }

  /** Whether a token starts with a capital letter (ASCII answered without a regular expression). */
  isCapitalised(k: number): boolean {
    const c = this.text.charCodeAt(this.start[k]!);
    if (c < 128) return c >= 65 && c <= 90;
    return /^\p{Lu}/u.test(this.wordAt(k));
  }
}


/** The tokens of the text `findTerms` is reading: one reader, reused (no call reads two texts at once). */
const TOKENS = new Tokens();

/**
 * How many units the character at `at` takes if it belongs in a token (a letter or digit; also
 * ' ’ . & + / - when `inside`), or -1 if it does not (a character of another plane that is no
 * letter is then stepped over unit by unit: neither of its halves starts a token).
 */
function unitsOfWordChar(text: string, at: number, inside: boolean): number {
  const c = text.charCodeAt(at);
  if (c < 128) return ASCII_TOKEN[c] === LETTER_OR_DIGIT_UNIT || (inside && ASCII_TOKEN[c] === JOINER_UNIT) ? 1 : -1;
  if (inside && c === 0x2019) return 1;
  const units = letterOrDigitUnitsAt(text, at);
  return units > 0 ? units : -1;
}

const LETTER_OR_DIGIT_UNIT = 1;
/** ' . & + / -: inside a token only ("Russia's", "U.S.", "R&D", "2+2", "and/or", "MQ-9"). */
const JOINER_UNIT = 2;
/** What each ASCII unit is to a token: a letter or digit, a joiner, or 0 (neither). */
const ASCII_TOKEN = Uint8Array.from({ length: 128 }, (_, c) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? LETTER_OR_DIGIT_UNIT : "'.&+/-".includes(String.fromCharCode(c)) ? JOINER_UNIT : 0,
);

/** Whether text[from, end) ends in an initialism ("U.S.", "J.", "Japan-U.S."): what `INITIALISM` tests. */
function endsWithInitialism(text: string, from: number, end: number): boolean {
  // Only a word ending in a capital and a dot can: tested on the word itself, rarely.
  return INITIALISM.test(text.slice(from, end));
}

const INITIALISM = /(?:^|[-])(?:\p{Lu}\.)+$/u;

const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;

/** Whether text[from, to) (the gap between two tokens) ends a sentence: ". ", "? ", ": ", "; ", a bullet or a blank line. */
function opensSentence(text: string, from: number, to: number): boolean {
  let newline = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 58 || c === 59 || c === 0x2022) return true;
    if (c === 10) {
      if (newline) return true;
      newline = true;
    } else if (c !== 32 && c !== 9 && c !== 13 && !/\s/.test(text[i]!)) newline = false;
  }
  return false;
}

/** "ISR", "MQ-9s", "G7", "F-35"; not "III" (a name suffix) nor "KISHI" before "Nobuo" (a surname). */
function isAcronym(tokens: Tokens, k: number): boolean {
  // Most words have one capital at most ("Ministers", "alliance"): ruled out without a string.
  if (!hasTwoCapitalsOrCapitalAndDigit(tokens.text, tokens.start[k]!, tokens.end[k]!)) return false;
  const word = tokens.wordAt(k);
  const upper = (word.match(/\p{Lu}/gu) ?? []).length;
  const digits = /\p{N}/u.test(word);
  if (!(upper >= 2 || (upper >= 1 && digits))) return false;
  if (/^[IVXLCDM]+$/.test(word)) return false;
  const next = k + 1 < tokens.count ? k + 1 : -1;
  if (/^\p{Lu}{2,}$/u.test(word) && next >= 0 && /^\p{Lu}\p{Ll}/u.test(tokens.wordAt(next)) && tokens.start[next]! - tokens.end[k]! === 1) return false;
  return true;
}

/** A quick, conservative pre-test for `isAcronym` on text[from, to): false only when the word cannot be one. */
function hasTwoCapitalsOrCapitalAndDigit(text: string, from: number, to: number): boolean {
  let upper = 0;
  let digit = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 48 && c <= 57) digit = true;
    // Outside ASCII letters and digits, leave the decision to the Unicode test.
    else if (c > 127) return true;
  }
  return upper >= 2 || (upper >= 1 && digit);
}

/**
 * A capitalised word that opens a sentence without being a name: "The", "Moreover", and participles
 * or adverbs ("Given China's ...", "Recognizing", "Additionally"); speech-act verbs too.
 */
function isOpener(word: string): boolean {
  if (NOT_NAMES.has(word) || speechActLemma(word) !== null) return true;
  return /^\p{Lu}\p{Ll}+(?:ed|ing|en|ly)$/u.test(word) && !PLACE_SET.has(word);
}

/**
 * Whether text[from, to) joins two words of a name: spaces only, after a possessive stripped
 * from the word before ("People's Republic"), as `/^(?:['’]s?)? +$/` reads it.
 */
function isNameGap(text: string, from: number, to: number): boolean {
  let i = from;
  if (i < to && isApostrophe(text.charCodeAt(i))) {
    i++;
    if (i < to && text.charCodeAt(i) === 115) i++;
  }
  if (i === to) return false;
  for (; i < to; i++) if (text.charCodeAt(i) !== 32) return false;
  return true;
}

/** Whether token k starts a name: capitalised and not a month or a day. */
function isNameWord(tokens: Tokens, k: number): boolean {
  return tokens.isCapitalised(k) && !CALENDAR.has(tokens.wordAt(k));
}

/** Runs of capitalised words (with connectors inside) not at a sentence start, minus people and dates. */
function namedRuns(tokens: Tokens, spans: Span[]): void {
  const { text, count } = tokens;
  let i = 0;
  while (i < count) {
    if (!isNameWord(tokens, i)) {
      i += 1;
      continue;
    }
    let j = i;
    let k = i + 1;
    while (k < count) {
      // "People's Republic": the possessive stripped from the token sits in the gap.
      if (!isNameGap(text, tokens.end[k - 1]!, tokens.start[k]!)) break;
      if (isNameWord(tokens, k)) {
        j = k;
        k += 1;
      } else if (CONNECTORS.has(tokens.wordAt(k))) {
        k += 1;
      } else break;
    }
    let first = i;
    const last = j;
    i = j + 1;
    // "Defense Minister Hamada", "Secretary of Defense Lloyd J. Austin III": a person, an actor.
    if (hasTitle(tokens, first, last)) continue;
    // "The Ministers", "Moreover Japan": leading function words are not part of a name.
    while (first <= last && (STOPWORDS.has(tokens.wordAt(first).toLowerCase()) || (tokens.opens[first] === 1 && isOpener(tokens.wordAt(first))))) first++;
    if (first > last) continue;
    // A single capitalised word at a sentence start is just a capital.
    if (first === last && (tokens.opens[first] === 1 || NOT_NAMES.has(tokens.wordAt(first)))) continue;
    spans.push({ start: tokens.start[first]!, end: tokens.end[last]! });
  }
}

function hasTitle(tokens: Tokens, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (TITLES.has(tokens.wordAt(k))) return true;
  return false;
}

interface Span {
  start: number;
  end: number;
}

/** Collects where the finders' occurrences are (`PhraseFinder.each`), and nothing else. */
class SpansOf implements MatchSink {
  constructor(private readonly spans: Span[]) {}

  found(_phrase: string, start: number, end: number): void {
    this.spans.push({ start, end });
  }
}

keepShape(new SpansOf([]));

/**
 * The terms of a text in text order, each once, as written: terms of art, places and place
 * compounds ("Japan-U.S.-ROK"), acronyms ("ISR", "MQ-9s") and capitalised names not at a
 * sentence start ("Marine Corps Air Station Futenma"); people (a title in the name) are actors,
 * not terms. Run it on folded text (foldEquivalents) to compare terms across wordings.
 *
 * @example
 * findTerms('Secretary Austin reiterated that U.S. extended deterrence including nuclear capabilities to Japan remains unwavering.')
 * //=> ['U.S.', 'extended deterrence', 'including nuclear capabilities', 'Japan']
 */
export function findTerms(text: string): string[] {
  const spans: Span[] = [];
  const sink = new SpansOf(spans);
  findTermsOfArt.each(text, sink);
  findPlaces.each(text, sink);
  const tokens = TOKENS;
  tokens.read(text);
  namedRuns(tokens, spans);
  for (let k = 0; k < tokens.count; k++) if (isAcronym(tokens, k)) spans.push({ start: tokens.start[k]!, end: tokens.end[k]! });
  const seen = new Set<string>();
  const out: string[] = [];
  for (const span of resolveOverlaps(spans)) {
    const term = text.slice(span.start, span.end);
    const key = term.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(term);
  }
  return out;
}
