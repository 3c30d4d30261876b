/**
 * Terms of art and named things (a `term` shift when added or removed): a list of terms of art
 * and places (data/terms.json, data/places.json) plus generic detection of capitalised names,
 * acronyms and place compounds.
 */
import placeData from './data/places.json';
import data from './data/terms.json';
import { compilePhrases, resolveOverlaps } from './match.js';
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

interface Token {
  text: string;
  start: number;
  end: number;
  sentenceStart: boolean;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’.&+/-]*/gu;
const INITIALISM = /(?:^|[-])(?:\p{Lu}\.)+$/u;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previous: Token | undefined;
  // Strings from `match`, each found again from the end of the one before (what lies between
  // cannot start a token): no match object per word.
  const words = text.match(TOKEN);
  let from = 0;
  for (let i = 0; words !== null && i < words.length; i++) {
    const index = text.indexOf(words[i]!, from);
    from = index + words[i]!.length;
    let word = words[i]!;
    // "Strait." at a sentence end loses its dot; "U.S." and "J." keep theirs.
    while (word.endsWith('.') && !INITIALISM.test(word)) word = word.slice(0, -1);
    // "Russia's aggression": the possessive is not part of the name.
    word = withoutPossessive(word);
    if (word.length === 0) continue;
    // A sentence starts after ". ", "? ", ": " or a blank line; "U.S. Forces" and "J. Austin" keep
    // their dot in the token, so the gap holds no period.
    const sentenceStart = previous === undefined || opensSentence(text, previous.end, index);
    const token = { text: word, start: index, end: index + word.length, sentenceStart };
    tokens.push(token);
    previous = token;
  }
  return tokens;
}

const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;

/** The word without a final "'s", "’s", "'" or "’" (no regular expression: every token asks). */
function withoutPossessive(word: string): string {
  const n = word.length;
  if (n > 0 && isApostrophe(word.charCodeAt(n - 1))) return word.slice(0, -1);
  if (n > 1 && word.charCodeAt(n - 1) === 115 && isApostrophe(word.charCodeAt(n - 2))) return word.slice(0, -2);
  return word;
}

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

/** Whether a token starts with a capital letter (ASCII answered without a regular expression). */
function isCapitalised(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(t.text);
}

/** "ISR", "MQ-9s", "G7", "F-35"; not "III" (a name suffix) nor "KISHI" before "Nobuo" (a surname). */
function isAcronym(t: Token, next: Token | undefined): boolean {
  // Most words have one capital at most ("Ministers", "alliance"): ruled out without a regex.
  if (!hasTwoCapitalsOrCapitalAndDigit(t.text)) return false;
  const upper = (t.text.match(/\p{Lu}/gu) ?? []).length;
  const digits = /\p{N}/u.test(t.text);
  if (!(upper >= 2 || (upper >= 1 && digits))) return false;
  if (/^[IVXLCDM]+$/.test(t.text)) return false;
  if (/^\p{Lu}{2,}$/u.test(t.text) && next && /^\p{Lu}\p{Ll}/u.test(next.text) && next.start - t.end === 1) return false;
  return true;
}

/** A quick, conservative pre-test for `isAcronym`: false only when the word cannot be one. */
function hasTwoCapitalsOrCapitalAndDigit(word: string): boolean {
  let upper = 0;
  let digit = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
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
function isOpener(t: Token): boolean {
  if (NOT_NAMES.has(t.text) || speechActLemma(t.text) !== null) return true;
  return /^\p{Lu}\p{Ll}+(?:ed|ing|en|ly)$/u.test(t.text) && !PLACE_SET.has(t.text);
}

function hasTitle(run: readonly Token[]): boolean {
  for (const t of run) if (TITLES.has(t.text)) return true;
  return false;
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

/** Runs of capitalised words (with connectors inside) not at a sentence start, minus people and dates. */
function namedRuns(text: string, tokens: Token[]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCapitalised(tokens[i]!) || CALENDAR.has(tokens[i]!.text)) {
      i += 1;
      continue;
    }
    let j = i;
    let k = i + 1;
    while (k < tokens.length) {
      // "People's Republic": the possessive stripped from the token sits in the gap.
      if (!isNameGap(text, tokens[k - 1]!.end, tokens[k]!.start)) break;
      const t = tokens[k]!;
      if (isCapitalised(t) && !CALENDAR.has(t.text)) {
        j = k;
        k += 1;
      } else if (CONNECTORS.has(t.text)) {
        k += 1;
      } else break;
    }
    let run = tokens.slice(i, j + 1);
    i = j + 1;
    // "Defense Minister Hamada", "Secretary of Defense Lloyd J. Austin III": a person, an actor.
    if (hasTitle(run)) continue;
    // "The Ministers", "Moreover Japan": leading function words are not part of a name.
    while (run.length > 0 && (STOPWORDS.has(run[0]!.text.toLowerCase()) || (run[0]!.sentenceStart && isOpener(run[0]!)))) {
      run = run.slice(1);
    }
    if (run.length === 0) continue;
    if (run.length === 1) {
      const only = run[0]!;
      // A single capitalised word at a sentence start is just a capital.
      if (only.sentenceStart || NOT_NAMES.has(only.text)) continue;
    }
    spans.push({ start: run[0]!.start, end: run[run.length - 1]!.end });
  }
  return spans;
}

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
  const tokens = tokenize(text);
  const spans: { start: number; end: number }[] = [];
  spans.push(...findTermsOfArt(text), ...findPlaces(text), ...namedRuns(text, tokens));
  for (let index = 0; index < tokens.length; index++) {
    const t = tokens[index]!;
    if (isAcronym(t, tokens[index + 1])) spans.push({ start: t.start, end: t.end });
  }
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

