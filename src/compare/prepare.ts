import type { Readout, Statement } from '../types.js';
import { featuresOf, idfTable, stemSalience } from '../similarity/index.js';
import type { DocumentFrequencies, StatementFeatures } from '../similarity/index.js';

/** A statement with its weighted stems, ready for alignment. */
export interface Prepared {
  statement: Statement;
  features: StatementFeatures;
}

/**
 * Weighs the stems of every statement of both readouts with one IDF table (corpus + both
 * readouts), so that a score does not depend on which side a statement is on.
 *
 * @example
 * prepareBoth(before, after, CORPUS_FREQUENCIES)[0][0].features.mass > 0 //=> true
 */
export function prepareBoth(before: Readout, after: Readout, corpus: DocumentFrequencies): [Prepared[], Prepared[]] {
  const all = [...before.statements, ...after.statements];
  const saliences = all.map((s) => stemSalience(s.normalized));
  const idf = idfTable(corpus, saliences.map((m) => m.keys()));
  const stemIds = new Map<string, number>();
  const prepared = all.map((statement, i) => ({ statement, features: featuresOf(saliences[i] ?? new Map(), idf, stemIds) }));
  return [prepared.slice(0, before.statements.length), prepared.slice(before.statements.length)];
}
