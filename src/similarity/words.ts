import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { keepShape } from '../shapes.js';
import placeStemData from './place-stems.json';
import { asciiWords } from '../lexicon/match.js';
import { boilerplateWeight, EQUIVALENT_TERMS, foldEquivalents, forgetFoldedTexts, isBoilerplateWord, isIntensifierWord, PLACES, speechActLemma, STOPWORDS } from '../lexicon/index.js';

/** One content word of a statement: its Porter stem and how much it should count (0 to 1). */
export interface StemmedWord {
  stem: string;
  /** 1 for an ordinary content word, less for boilerplate and speech-act verbs. */
  salience: number;
  /** The stem's record: one object per stem, numbered by `StemNumbering`. */
  record: StemRecord;
}

/** A stem and its number in the latest `StemNumbering` that met it. */
export interface StemRecord {
  readonly stem: string;
  /** The numbering that gave `id`. */
  round: number;
  id: number;
}

/** One record per stem, so that numbering a word needs no lookup by string. */
const RECORDS = new Map<string, StemRecord>();

/**
 * Bounds the word caches so that a long-running process comparing many readouts does not grow
 * without end; emptied together, so that every cached word points at its stem's one record.
 */
function boundWordCaches(): void {
  if (WORDS.size > 50_000 || ASCII_WORDS.size > 50_000 || RECORDS.size > 50_000) {
    WORDS.clear();
    ASCII_WORDS.clear();
    RECORDS.clear();
  }
}

function recordOf(stem: string): StemRecord {
  let record = RECORDS.get(stem);
  if (record === undefined) RECORDS.set(stem, (record = { stem, round: 0, id: -1 }));
  return record;
}

let ROUNDS = 0;
/** Whether a numbering is under way: the word caches must not be emptied meanwhile. */
let numbering = false;

/**
 * Numbers the stems of the words it is given, 0, 1, 2 … in the order first met, through the
 * stems' records (no string lookup per word). One numbering at a time: `begin` starts one (and
 * is when the word caches are bounded and the folded texts forgotten), `end` closes it.
 *
 * @example
 * const n = StemNumbering.begin(); n.idOf(contentWords('Japan and Japan')[0]) //=> 0; n.end()
 */
export class StemNumbering {
  /** The stems by number. */
  readonly stems: string[] = [];
  private readonly round = ++ROUNDS;

  private constructor() {}

  static {
    keepShape(new StemNumbering());
  }

  static begin(): StemNumbering {
    boundWordCaches();
    forgetFoldedTexts();
    numbering = true;
    return new StemNumbering();
  }

  end(): void {
    numbering = false;
  }

  /** The number of a word's stem, given on first sight. */
  idOf(word: StemmedWord): number {
    const record = word.record;
    if (record.round !== this.round) {
      record.round = this.round;
      record.id = this.stems.length;
      this.stems.push(record.stem);
    }
    return record.id;
  }

  /** The number of a stem given earlier in this numbering, or -1. */
  numbered(stem: string): number {
    const record = RECORDS.get(stem);
    return record !== undefined && record.round === this.round ? record.id : -1;
  }
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

/**
 * The content words of a normalized statement, stemmed, after equivalent terms are folded, so
 * that "DPRK" and "North Korea" or "U.S." and "United States" give the same stems.
 *
 * @example
 * contentWords('The Ministers reaffirmed the U.S. commitment.').map((w) => w.stem)
 * //=> ['minist', 'reaffirm', 'us', 'commit']
 */
export function contentWords(normalized: string): StemmedWord[] {
  const count = readContentWords(normalized, READ);
  return READ.slice(0, count);
}

/** The words `contentWords` reads, before it copies them out. */
const READ: StemmedWord[] = [];

/**
 * `contentWords` written into `out` from index 0, for a caller that reads them at once: returns
 * how many; what `out` holds beyond them is left over from earlier calls. Weighing a comparison
 * reads thousands of statements, and an array per statement was a twentieth of what it allocated.
 */
export function readContentWords(normalized: string, out: StemmedWord[]): number {
  // Folding is remembered by the lexicon: the term shifts of a statement fold the same text.
  const folded = foldEquivalents(normalized);
  let n = 0;
  // Most texts are ASCII: their words are read from the lexicon's tokens of the text and looked
  // up by hash, with no string per word.
  const spans = 4 * folded.length <= SPANS.length ? SPANS : new Int32Array(4 * folded.length);
  const count = asciiWords(folded, spans);
  if (count >= 0) {
    for (let w = 0; w < count; w++) {
      const word = ASCII_WORDS.find(folded, spans[4 * w]!, spans[4 * w + 1]!, spans[4 * w + 2]!, spans[4 * w + 3] === 1);
      if (word) out[n++] = word;
    }
    return n;
  }
  // `match` gives the words as strings: no match object per word.
  const words = folded.match(WORD);
  if (words === null) return n;
  for (let i = 0; i < words.length; i++) {
    const word = wordOf(words[i]!);
    if (word) out[n++] = word;
  }
  return n;
}

/** The words `asciiWords` finds in a statement, 4 units each; a longer text gets an array of its own, not kept. */
const SPANS = new Int32Array(4 * 2048);

/** Each token's stem and salience, or null for a stopword: readouts repeat a small vocabulary. */
const WORDS = new Map<string, StemmedWord | null>();

function wordOf(token: string): StemmedWord | null {
  let known = WORDS.get(token);
  if (known === undefined) {
    // Bounded before the word is analysed, so that its stem's record stays the one in the caches.
    // During a numbering the caches must stay as they are: `StemNumbering.begin` bounds them.
    if (!numbering) boundWordCaches();
    // "U.S." is one word ("us"), not two letters, and never the pronoun "us".
    const initialism = token.includes('.');
    // "Russia's aggression": the possessive is not a word of its own.
    known = analyzeWord((initialism ? token.replace(/\./g, '') : token.replace(/['’]s$/u, '')).toLowerCase(), initialism);
    WORDS.set(token, known);
  }
  return known;
}

/** One entry of `AsciiWordTable`: a word in lower case (an initialism's letters without dots). */
interface TableEntry {
  word: string;
  initialism: boolean;
  known: StemmedWord | null;
  /** The next entry with the same hash. */
  next: TableEntry | null;
}

/**
 * The analysed words of ASCII texts by the hash of their lower case, compared unit by unit with
 * the text (`contentWords` makes no string for a word seen before). Letter case and a possessive
 * do not change a word's analysis, so "Japan", "japan" and "Japan's" share one entry.
 */
class AsciiWordTable {
  private readonly byHash = new Map<number, TableEntry>();

  get size(): number {
    return this.byHash.size;
  }

  clear(): void {
    this.byHash.clear();
  }

  /** The word of `text` from `start` to `end` (every other unit for an initialism). */
  find(text: string, start: number, end: number, hash: number, initialism: boolean): StemmedWord | null {
    const key = initialism ? ~hash : hash;
    const first = this.byHash.get(key);
    for (let e = first ?? null; e !== null; e = e.next) {
      if (e.initialism === initialism && sameLetters(text, start, end, initialism ? 2 : 1, e.word)) return e.known;
    }
    // Bounded before the word is analysed, so that its stem's record stays the one in the caches.
    if (!numbering) boundWordCaches();
    let word = '';
    for (let at = start; at < end; at += initialism ? 2 : 1) word += String.fromCharCode(text.charCodeAt(at));
    word = word.toLowerCase();
    const known = analyzeWord(word, initialism);
    this.byHash.set(key, { word, initialism, known, next: this.byHash.get(key) ?? null });
    return known;
  }
}

/** Whether the ASCII units of `text` from `start` to `end`, `step` apart, are `word` in lower case. */
function sameLetters(text: string, start: number, end: number, step: number, word: string): boolean {
  if ((end - start) / step !== word.length) return false;
  for (let at = start, i = 0; at < end; at += step, i++) {
    const c = text.charCodeAt(at);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== word.charCodeAt(i)) return false;
  }
  return true;
}

const ASCII_WORDS = new AsciiWordTable();

/** A word's stem and salience (`word` in lower case, an initialism's letters without dots), or null for a stopword. */
function analyzeWord(word: string, initialism: boolean): StemmedWord | null {
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
  const stem = stemOf(word);
  return { stem, salience, record: recordOf(stem) };
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

/**
 * Stems of the one-word places and equivalent terms of the lexicon ("japan", "us", "korea"), as
 * `derivePlaceStems` gives them, kept as data: working them out took some 20 ms on first use, a
 * tenth of a command-line comparison. `tests/lexicon/place-stems.test.ts` checks the file.
 */
const PLACE_STEMS: ReadonlySet<string> = new Set(placeStemData.stems);

/**
 * The stems of the lexicon's one-word places and equivalent terms, sorted: what
 * `src/similarity/place-stems.json` holds.
 *
 * @example
 * derivePlaceStems().includes('japan') //=> true
 */
export function derivePlaceStems(): string[] {
  const words = [...PLACES, ...EQUIVALENT_TERMS.map((g) => g[0] ?? '')].filter((p) => p !== '' && !/\s/.test(p));
  return [...new Set(words.flatMap((p) => [...stemSalience(p).keys()]))].sort();
}

/**
 * The stems of an actor as written ("Minister Kishi" → kishi, minist), without places: the words
 * `statementSalience` lowers.
 *
 * @example
 * actorStems('Minister Kishi') //=> ['minist', 'kishi']
 */
export function actorStems(actor: string): string[] {
  let stems = ACTOR_STEMS.get(actor);
  if (stems === undefined) {
    // "Japan resolved ...", "The United States underscored ...": a country is also a subject.
    stems = [...stemSalience(actor).keys()].filter((stem) => !PLACE_STEMS.has(stem));
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
