import { findTerms, foldEquivalents, isBoilerplateWord, speechActLemma, STOPWORDS } from '../lexicon/index.js';
import { ReadoutError } from '../errors.js';
import type { PhraseTrack, Readout, TimelineReadout } from '../types.js';
import { DEFAULT_TRACK_OPTIONS, checkWholeNumber } from './options.js';
import { orderByDate, seriesReadout, timelineReadoutsOf } from './positions.js';

/** Longest n-gram counted, in content words. */
const MAX_CONTENT_WORDS = 6;
/** Longest n-gram counted, in words (content words and the function words between them). */
const MAX_WORDS = 10;

/** Counts of one phrase so far: readouts in date order with their counts, sparse. */
interface Tally {
  display: string;
  source: PhraseTrack['source'];
  readouts: number[];
  counts: number[];
}

type WordRole = 'content' | 'function' | 'stop';

/**
 * The role of a word in an n-gram: `content` words start, end and are counted; `function` words
 * ("the", "by" in "change the status quo by force") may stand between them; a `stop` word
 * (a speech-act verb, boilerplate such as "Ministers", a number) ends the run.
 */
function roleOf(word: string): WordRole {
  const lower = word.toLowerCase();
  if (STOPWORDS.has(lower)) return 'function';
  if (/^\d/.test(lower) || speechActLemma(lower) !== null || isBoilerplateWord(lower)) return 'stop';
  return 'content';
}

/** Runs of words between punctuation: an n-gram never crosses a comma, a colon or a bracket. */
function clauses(text: string): string[][] {
  // "North Korea's nuclear ...": the possessive is not part of the term.
  return text
    .replace(/['’]s\b/g, '')
    .split(/[,;:()[\]“”"!?]|(?<!\.\p{L})\.(?=\s|$)/u)
    // "U.S." keeps its final dot (a letter, a dot, a letter, a dot); "Strait." does not.
    .map((clause) => clause.match(/[\p{L}\p{N}]+(?:[.'’-][\p{L}\p{N}]+)*(?:(?<=\.\p{L})\.)?/gu) ?? [])
    .filter((words) => words.length > 1);
}

/** Every n-gram of 2 to 6 content words in the clause, as (lower-case key, written form). */
function ngrams(words: readonly string[]): [string, string][] {
  const roles = words.map(roleOf);
  const out: [string, string][] = [];
  for (let s = 0; s < words.length; s++) {
    if (roles[s] !== 'content') continue;
    let content = 1;
    for (let e = s + 1; e < words.length && e - s < MAX_WORDS; e++) {
      if (roles[e] === 'stop') break;
      if (roles[e] !== 'content') continue;
      content++;
      if (content > MAX_CONTENT_WORDS) break;
      const run = words.slice(s, e + 1);
      out.push([run.join(' ').toLowerCase(), run.join(' ')]);
    }
  }
  return out;
}

function tally(map: Map<string, Tally>, key: string, display: string, source: PhraseTrack['source'], readout: number): void {
  let t = map.get(key);
  if (!t) {
    t = { display, source, readouts: [], counts: [] };
    map.set(key, t);
  }
  const last = t.readouts.length - 1;
  if (t.readouts[last] === readout) t.counts[last]! += 1;
  else {
    t.readouts.push(readout);
    t.counts.push(1);
  }
}

const sameCounts = (a: Tally, b: Tally): boolean =>
  a.readouts.length === b.readouts.length && a.readouts.every((r, i) => r === b.readouts[i] && a.counts[i] === b.counts[i]);

/**
 * Recurring wording across readouts already in date order: the lexicon's terms of art, and runs
 * of 2 to 6 content words used in at least two readouts, equivalent names folded first ("DPRK"
 * counts as "North Korea"). A run is dropped when a longer run holding it has exactly the same
 * counts (it adds nothing), and so is a run that equals a listed term.
 *
 * @example
 * phrasesOf(mod2016to2024, timeline.readouts, 60)[0]
 * //=> { phrase: 'Japan and the U.S.', source: 'ngram', counts: [2, 0, 1, 1, 1, 0, 1, 1, 1, 1], readouts: 8, firstSeen: 'r1', lastSeen: 'r10' }
 */
export function phrasesOf(readouts: readonly Readout[], ids: readonly TimelineReadout[], limit: number): PhraseTrack[] {
  const terms = new Map<string, Tally>();
  const grams = new Map<string, Tally>();
  readouts.forEach((readout, k) => {
    for (const statement of readout.statements) {
      if (statement.kind !== 'position') continue;
      const folded = foldEquivalents(statement.normalized);
      // Multi-word terms only: a lone name ("Japan", "ROK") is not a term of art.
      for (const term of findTerms(folded)) if (/\s/.test(term.trim())) tally(terms, term.toLowerCase(), term, 'lexicon', k);
      for (const words of clauses(folded)) {
        // One count per statement and n-gram: "peace and stability ... peace and stability" is one use.
        const seen = new Set<string>();
        for (const [key, display] of ngrams(words)) {
          if (seen.has(key)) continue;
          seen.add(key);
          tally(grams, key, display, 'ngram', k);
        }
      }
    }
  });

  const recurring = new Map([...grams].filter(([key, t]) => t.readouts.length >= 2 && !terms.has(key)));
  // Drop a run that a longer recurring run or a term explains entirely: "South China" inside "South China Sea".
  const redundant = new Set<string>();
  for (const [key, t] of [...recurring, ...terms]) {
    const words = key.split(' ');
    for (let s = 0; s < words.length; s++) {
      for (let e = s + 1; e <= words.length; e++) {
        if (s === 0 && e === words.length) continue;
        const sub = words.slice(s, e).join(' ');
        const other = recurring.get(sub) ?? terms.get(sub);
        if (other && sameCounts(other, t)) redundant.add(sub);
      }
    }
  }
  const kept = [...terms, ...recurring].filter(([key]) => !redundant.has(key)).map(([, t]) => t);
  kept.sort(
    (a, b) =>
      b.readouts.length - a.readouts.length ||
      total(b) - total(a) ||
      (a.readouts[0] ?? 0) - (b.readouts[0] ?? 0) ||
      (a.source === b.source ? 0 : a.source === 'lexicon' ? -1 : 1) ||
      (a.display.toLowerCase() < b.display.toLowerCase() ? -1 : a.display.toLowerCase() > b.display.toLowerCase() ? 1 : 0),
  );
  return kept.slice(0, limit).map((t) => {
    const counts = new Array<number>(readouts.length).fill(0);
    t.readouts.forEach((r, i) => (counts[r] = t.counts[i] ?? 0));
    return {
      phrase: t.display,
      source: t.source,
      counts,
      readouts: t.readouts.length,
      firstSeen: ids[t.readouts[0] ?? 0]?.id ?? '',
      lastSeen: ids[t.readouts[t.readouts.length - 1] ?? 0]?.id ?? '',
    };
  });
}

function total(t: Tally): number {
  return t.counts.reduce((a, b) => a + b, 0);
}

/**
 * Recurring terms of art across a series of readouts (ordered by date as `trackPositions` orders
 * them), with their counts per readout and first and last appearance; equivalent names counted
 * together. `trackPositions` returns the same list in `Timeline.phrases`.
 *
 * @param readouts - texts or parsed readouts, in any order
 * @param options - `maxPhrases`: how many phrases to return, the most widespread first (default 60)
 * @example
 * trackPhrases(mod2016to2024).find((p) => p.phrase === 'extended deterrence')
 * //=> { phrase: 'extended deterrence', source: 'lexicon', counts: [0, 0, 0, 0, 0, 2, 2, 0, 1, 1], readouts: 4, firstSeen: 'r6', lastSeen: 'r10' }
 */
export function trackPhrases(readouts: readonly (Readout | string)[], options: { maxPhrases?: number } = {}): PhraseTrack[] {
  if (!Array.isArray(readouts)) throw new ReadoutError('INVALID_INPUT', 'trackPhrases takes a list of readouts');
  const limit = options.maxPhrases ?? DEFAULT_TRACK_OPTIONS.maxPhrases;
  checkWholeNumber('maxPhrases', limit);
  const ordered = orderByDate(readouts.map(seriesReadout));
  return phrasesOf(ordered, timelineReadoutsOf(ordered), limit);
}
