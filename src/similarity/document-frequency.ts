import { normalizeText } from '../parse/index.js';
import { stemSalience } from './words.js';
import corpusTable from './corpus-df.json';

/** How many documents (here: sentences) hold each stem, out of `documents`. */
export interface DocumentFrequencies {
  documents: number;
  /** Stem → number of documents holding it, keys sorted so the JSON file diffs cleanly. */
  frequencies: Record<string, number>;
}

/**
 * Splits a readout's text roughly into sentences for counting document frequencies: front matter
 * dropped, then a break after ".", "!", "?" or ":" before a capital, and at every line end. A
 * rough split is enough here: a wrong boundary moves a stem between neighbouring counts only.
 *
 * @example
 * roughSentences('A b. C d.\nE f') //=> ['A b.', 'C d.', 'E f']
 */
export function roughSentences(text: string): string[] {
  const body = text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
  return body
    .split(/\r?\n|(?<=[.!?:][”"]?)\s+(?=[A-Z“"(])/)
    .map((s) => s.trim())
    .filter((s) => /\p{L}/u.test(s));
}

/**
 * Counts, for every stem, the sentences of the given texts that hold it: the corpus half of the
 * IDF weights (see `corpus-df.json`, rebuilt by `tests/eval/corpus-df.test.ts`).
 *
 * @example
 * documentFrequencies(['Allies met. Allies agreed.']) //=> { documents: 2, frequencies: { agre: 1, alli: 2, met: 1 } }
 */
export function documentFrequencies(texts: readonly string[]): DocumentFrequencies {
  const counts = new Map<string, number>();
  let documents = 0;
  for (const text of texts) {
    for (const sentence of roughSentences(text)) {
      documents++;
      for (const stem of stemSalience(normalizeText(sentence)).keys()) counts.set(stem, (counts.get(stem) ?? 0) + 1);
    }
  }
  const frequencies: Record<string, number> = {};
  for (const stem of [...counts.keys()].sort()) frequencies[stem] = counts.get(stem) ?? 0;
  return { documents, frequencies };
}

/**
 * The document frequencies of the readouts shipped for development (30 Japan MOD, U.S. DoD and
 * State Department readouts, 2016-2024, and the reference readout), counted per sentence.
 *
 * @example
 * CORPUS_FREQUENCIES.documents //=> 418
 */
export const CORPUS_FREQUENCIES: DocumentFrequencies = corpusTable as DocumentFrequencies;
