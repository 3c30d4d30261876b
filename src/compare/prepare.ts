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
 * readouts), so that a score does not depend on which side a statement is on.
 *
 * @example
 * prepareBoth(before, after, CORPUS_FREQUENCIES)[0][0].features.mass > 0 //=> true
 */
export function prepareBoth(before: Readout, after: Readout, corpus: DocumentFrequencies): [Prepared[], Prepared[]] {
  const [fb = [], fa = []] = weighStatements([before.statements, after.statements], corpus);
  return [before.statements.map((statement, i) => ({ statement, features: fb[i]! })), after.statements.map((statement, i) => ({ statement, features: fa[i]! }))];
}

/**
 * The features of the statements of several readouts, weighed together as `compareReadouts`
 * weighs two: salience per statement (its actor's words weigh little, `statementSalience`),
 * variants of one word merged over all the readouts (`variantMap`), one IDF table (corpus + all
 * the statements), stems numbered for fast scoring. For any caller that aligns readouts with
 * `alignStatements` and should link as `compareReadouts` does.
 * Statements with the same text and actor get the same features object: treat it as read-only.
 *
 * @example
 * weighStatements([before.statements, after.statements], CORPUS_FREQUENCIES)[1][0].mass > 0 //=> true
 */
export function weighStatements(lists: readonly (readonly Statement[])[], corpus: DocumentFrequencies): StatementFeatures[][] {
  // Readouts repeat statements word for word (unchanged positions on both sides): each distinct
  // text and actor is analysed once and its salience map shared, read-only, by every copy.
  const byActor = new Map<string | null, Map<string, Map<string, number>>>();
  const distinct: Map<string, number>[] = [];
  const raw = lists.map((list) =>
    list.map((s) => {
      let seen = byActor.get(s.actor);
      if (seen === undefined) byActor.set(s.actor, (seen = new Map()));
      let salience = seen.get(s.normalized);
      if (salience === undefined) {
        seen.set(s.normalized, (salience = statementSalience(s.normalized, s.actor)));
        distinct.push(salience);
      }
      return salience;
    }),
  );
  // Derivations of one word read as one stem ("deterrence" / "deter"): the map is built over all
  // the readouts, so it does not depend on which side a statement is on.
  const stems = new Set<string>();
  const addStem = (_: number, stem: string): void => void stems.add(stem);
  for (const m of distinct) m.forEach(addStem);
  const variants = variantMap(stems);
  const merged = new Map<Map<string, number>, Map<string, number>>();
  const saliences =
    variants.size === 0
      ? raw
      : raw.map((list) =>
          list.map((m) => {
            let out = merged.get(m);
            if (out === undefined) merged.set(m, (out = mergeVariants(m, variants)));
            return out;
          }),
        );
  const idf = idfTable(corpus, saliences.flatMap((list) => list.map((m) => m.keys())), variants);
  const stemIds = new Map<string, number>();
  // One features object per distinct salience map: copies of a statement share it (read-only).
  const built = new Map<Map<string, number>, StatementFeatures>();
  return saliences.map((list) =>
    list.map((m) => {
      let f = built.get(m);
      if (f === undefined) built.set(m, (f = featuresOf(m, idf, stemIds)));
      return f;
    }),
  );
}

/** The salience map with each variant stem replaced by the stem that stands for it (the higher salience kept). */
function mergeVariants(salience: Map<string, number>, variants: ReadonlyMap<string, string>): Map<string, number> {
  let any = false;
  salience.forEach((_, stem) => {
    if (variants.has(stem)) any = true;
  });
  if (!any) return salience;
  const out = new Map<string, number>();
  salience.forEach((s, stem) => {
    const root = variants.get(stem) ?? stem;
    out.set(root, Math.max(out.get(root) ?? 0, s));
  });
  return out;
}
