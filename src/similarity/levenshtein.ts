import { createRequire } from 'node:module';

type Distance = (a: string, b: string) => number;
let distance: Distance | undefined;

/**
 * The Levenshtein distance of two strings, from `fast-levenshtein`, loaded on first use: its
 * import builds an `Intl.Collator` that a comparison never uses, so only a comparison that
 * measures a distance (a rewording to classify) pays for loading it.
 *
 * @example
 * editDistance('kitten', 'sitting') //=> 3
 */
export function editDistance(a: string, b: string): number {
  distance ??= (createRequire(import.meta.url)('fast-levenshtein') as { get: Distance }).get;
  return distance(a, b);
}
