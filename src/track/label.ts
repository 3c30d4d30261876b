import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { foldEquivalents } from '../lexicon/index.js';
import type { StatementFeatures } from '../similarity/index.js';

/** How many distinctive words a label keeps. */
const LABEL_WORDS = 4;

/**
 * A short label for a position: its most distinctive content words (the stems that weigh most,
 * summed over its occurrences, so a rare word that every occurrence repeats wins), written as in
 * its latest wording (equivalent names folded) and in that order, adjacent words kept together.
 *
 * @param latest - the normalized text of the position's latest statement
 * @param features - the weighted stems of all its statements
 * @example
 * positionLabel('The Ministers reiterated the importance of peace and stability of the Taiwan Strait.', features)
 * //=> 'peace · stability · Taiwan Strait'
 */
export function positionLabel(latest: string, features: readonly StatementFeatures[]): string {
  const score = new Map<string, number>();
  for (const f of features) for (const [stem, w] of f.weights) score.set(stem, (score.get(stem) ?? 0) + w);
  // The words of the latest wording with the stem each stands for ("Strait" → "strait").
  // "Indo-Pacific" is one word in the label but two stems ("indo", "pacif") in the features.
  const words = [...foldEquivalents(latest).replace(/['’]s\b/g, '').matchAll(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu)].map((m) => ({
    word: m[0],
    stems: m[0].split('-').map((part) => PorterStemmer.stem(part.toLowerCase())),
  }));
  const order = new Map<string, number>();
  words.forEach((w, i) => {
    for (const stem of w.stems) if (score.has(stem) && !order.has(stem)) order.set(stem, i);
  });
  const chosen = [...order.keys()]
    .sort((a, b) => (score.get(b) ?? 0) - (score.get(a) ?? 0) || (order.get(a) ?? 0) - (order.get(b) ?? 0))
    .slice(0, LABEL_WORDS);
  const parts: string[] = [];
  let previous = -2;
  for (const i of [...new Set(chosen.map((stem) => order.get(stem) ?? 0))].sort((a, b) => a - b)) {
    const word = words[i]?.word ?? '';
    if (i === previous + 1 && parts.length > 0) parts[parts.length - 1] += ` ${word}`;
    else parts.push(word);
    previous = i;
  }
  return parts.join(' · ');
}
