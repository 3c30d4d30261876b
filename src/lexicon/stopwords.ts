/** Stopwords: natural's English list (copied into data/natural-stopwords.json) plus readout function words. */
import natural from './data/natural-stopwords.json';
import extra from './data/stopwords.json';

/**
 * Lowercase words that carry no position, for similarity (negators and modals included: shifts
 * find them separately).
 *
 * @example
 * STOPWORDS.has('the') && STOPWORDS.has('regarding') && !STOPWORDS.has('deterrence') //=> true
 */
export const STOPWORDS: ReadonlySet<string> = new Set([...natural.words, ...extra.words]);
