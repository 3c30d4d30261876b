import { editDistance } from '../similarity/levenshtein.js';
import { wordChanges } from './word-diff.js';
import { areSynonyms } from '../lexicon/index.js';
import type { Change, Edit, Shift } from '../types.js';

/**
 * The word-level difference of two sides (statement texts joined by a space): jsdiff's change
 * objects (`diffWords`, through `wordChanges`), copied into plain objects so the result stays JSON-safe and byte-stable.
 *
 * @example
 * wordEdits(['They confirmed it.'], ['They reaffirmed it.'])
 * //=> [{ value: 'They ', added: false, removed: false, count: 1 }, { value: 'confirmed', added: false, removed: true, count: 1 },
 * //    { value: 'reaffirmed', added: true, removed: false, count: 1 }, { value: ' it.', added: false, removed: false, count: 2 }]
 */
export function wordEdits(before: readonly string[], after: readonly string[]): Edit[] {
  const changes = wordChanges(before.join(' '), after.join(' '));
  const out = new Array<Edit>(changes.length);
  for (let k = 0; k < changes.length; k++) {
    const c = changes[k]!;
    out[k] = { value: c.value, added: c.added, removed: c.removed, count: c.count };
  }
  return out;
}

/**
 * Least length ratio (shorter / longer) of two texts for a cosmetic rewording: 0.9 lets a typo,
 * an article, a punctuation change or a synonym through, not a clause.
 */
const NEAR_UNCHANGED = 0.9;

/** Words that change nothing when added or dropped: articles. */
const ARTICLES = new Set(['a', 'an', 'the']);

/** The words of the removed or added edits, lower-cased, punctuation and articles dropped. */
function changedWords(edits: readonly Edit[], pick: 'added' | 'removed'): string[] {
  const out: string[] = [];
  for (const e of edits) {
    if (!e[pick]) continue;
    for (const w of e.value.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (w !== '' && !ARTICLES.has(w)) out.push(w);
  }
  return out;
}

/**
 * A fixed typo: at most two letters apart and most of the word kept ("reconfirmd" → "reconfirmed";
 * joined with its neighbour, "Japannd" → "Japan and").
 *
 * @example
 * isTypoFix('japannd', 'japanand') //=> true
 */
export function isTypoFix(a: string, b: string): boolean {
  // Most word pairs are ruled out by a lower bound of the distance, without computing it.
  if (distanceAtLeast(a, b) > 2) return false;
  const distance = editDistance(a, b);
  return distance <= 2 && distance / Math.max(a.length, b.length) <= 0.34;
}

/** Letter counts of one string minus the other's, by code unit modulo 128 (kept zeroed between calls). */
const COUNTS = new Int32Array(128);

/**
 * A lower bound of the edit distance of two strings: an insertion or deletion changes one letter
 * count by one, a substitution two counts by one each, so the distance is at least half the
 * letters one string has and the other lacks (counted with repeats; code units modulo 128, where
 * a collision only lowers the bound), and at least the difference in length.
 *
 * @example
 * distanceAtLeast('japan-u.s.', 'trilateral') //=> 8
 */
export function distanceAtLeast(a: string, b: string): number {
  for (let i = 0; i < a.length; i++) COUNTS[a.charCodeAt(i) & 127]!++;
  for (let i = 0; i < b.length; i++) COUNTS[b.charCodeAt(i) & 127]!--;
  let differing = 0;
  for (let c = 0; c < 128; c++) {
    differing += Math.abs(COUNTS[c]!);
    COUNTS[c] = 0;
  }
  return Math.max(Math.ceil(differing / 2), Math.abs(a.length - b.length));
}

/**
 * Whether the words removed and the words added pair off as typo fixes or equal-strength
 * synonyms, in order: one word for one, or one for two joined ("Japannd" → "Japan and") either way.
 */
function pairsOff(removed: readonly string[], added: readonly string[]): boolean {
  let i = 0;
  let j = 0;
  while (i < removed.length && j < added.length) {
    const r = removed[i]!;
    const a = added[j]!;
    // Joined words first: "japannd" is one letter from "japan"+"and", two from "japan" alone.
    if (j + 1 < added.length && isTypoFix(r, a + added[j + 1]!)) {
      i += 1;
      j += 2;
    } else if (i + 1 < removed.length && isTypoFix(r + removed[i + 1]!, a)) {
      i += 2;
      j += 1;
    } else if (isTypoFix(r, a) || areSynonyms(r, a)) {
      i += 1;
      j += 1;
    } else {
      return false;
    }
  }
  return i === removed.length && j === added.length;
}

/**
 * `cosmetic` when the edits only change case, punctuation or articles, fix a typo or swap
 * equal-strength synonyms and no shift has a direction; otherwise `substantive`.
 *
 * @example
 * significanceOf('reworded', wordEdits(['the ministers met.'], ['The Ministers met.']), [], { before: 'the ministers met.', after: 'The Ministers met.' })
 * //=> 'cosmetic'
 */
export function significanceOf(
  type: Change['type'],
  edits: readonly Edit[],
  shifts: readonly Shift[],
  texts: { before: string; after: string },
): Change['significance'] {
  if (type === 'unchanged') return 'none';
  if (type !== 'reworded') return 'substantive';
  // A length gap alone rules a cosmetic edit out: a synonym or a typo changes a few letters, not
  // a clause.
  const a = texts.before.toLowerCase();
  const b = texts.after.toLowerCase();
  if (1 - Math.abs(a.length - b.length) / Math.max(a.length, b.length, 1) < NEAR_UNCHANGED) return 'substantive';
  // A verb swap between synonyms of equal strength stays cosmetic; every other shift kind changes
  // who says what, how firmly, or about what.
  for (const s of shifts) if (s.kind !== 'verb' || s.direction !== 'neutral') return 'substantive';
  const removed = changedWords(edits, 'removed');
  const added = changedWords(edits, 'added');
  // Case and punctuation: the same words remain once both are folded.
  const pending = [...added];
  const leftover: string[] = [];
  for (const word of removed) {
    const i = pending.indexOf(word);
    if (i >= 0) pending.splice(i, 1);
    else leftover.push(word);
  }
  return pairsOff(leftover, pending) ? 'cosmetic' : 'substantive';
}
