import type { Readout, Statement } from '../types.js';
import { featuresOf, idfTable, statementSalience, variantMap } from '../similarity/index.js';
import type { DocumentFrequencies, StatementFeatures } from '../similarity/index.js';

/** A statement with its weighted stems, ready for alignment. */
export interface Prepared {
  statement: Statement;
  features: StatementFeatures;
}

/**
 * Weighs the stems of every statement of both readouts with one IDF table (corpus + both
 * readouts), so that a score does not depend on which side a statement is on: salience per
 * statement (its actor's words weigh little), variants of one word merged, then IDF.
 *
 * @example
 * prepareBoth(before, after, CORPUS_FREQUENCIES)[0][0].features.mass > 0 //=> true
 */
export function prepareBoth(before: Readout, after: Readout, corpus: DocumentFrequencies): [Prepared[], Prepared[]] {
  const all = [...before.statements, ...after.statements];
  const raw = all.map((s) => statementSalience(s.normalized, s.actor));
  // Derivations and typos of one word read as one stem ("deterrence" / "deter"): the map is built
  // over both readouts, so it does not depend on which side a statement is on.
  const variants = variantMap(raw.flatMap((m) => [...m.keys()]));
  const saliences = variants.size === 0 ? raw : raw.map((m) => mergeVariants(m, variants));
  const idf = idfTable(corpus, saliences.map((m) => m.keys()), variants);
  const stemIds = new Map<string, number>();
  const prepared = all.map((statement, i) => ({ statement, features: featuresOf(saliences[i] ?? new Map(), idf, stemIds) }));
  return [prepared.slice(0, before.statements.length), prepared.slice(before.statements.length)];
}

/** The salience map with each variant stem replaced by the stem that stands for it (the higher salience kept). */
function mergeVariants(salience: Map<string, number>, variants: ReadonlyMap<string, string>): Map<string, number> {
  let any = false;
  for (const stem of salience.keys()) if (variants.has(stem)) any = true;
  if (!any) return salience;
  const out = new Map<string, number>();
  for (const [stem, s] of salience) {
    const root = variants.get(stem) ?? stem;
    out.set(root, Math.max(out.get(root) ?? 0, s));
  }
  return out;
}
