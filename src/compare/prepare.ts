import { keepShape } from '../shapes.js';
import { grown } from '../typed-arrays.js';
import type { Readout, Statement } from '../types.js';
import { actorStems, corpusFrequency, idfOf, LOW_SALIENCE, newFeatureStore, NumberedFeatures, readContentWords, StemNumbering, variantMap } from '../similarity/index.js';
import type { DocumentFrequencies, StatementFeatures, StemmedWord } from '../similarity/index.js';

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
  return [withFeatures(before.statements, fb), withFeatures(after.statements, fa)];
}

// Loops, not `map` with arrow functions: these run for every statement of a comparison, and a
// function made per call loses its optimized code at each full collection (src/shapes.ts).

function withFeatures(statements: readonly Statement[], features: readonly StatementFeatures[]): Prepared[] {
  const out = new Array<Prepared>(statements.length);
  for (let i = 0; i < statements.length; i++) out[i] = { statement: statements[i]!, features: features[i]! };
  return out;
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
  const numbering = StemNumbering.begin();
  const read = new Saliences();
  try {
    // Readouts repeat statements word for word (unchanged positions on both sides): each distinct
    // text and actor is analysed once, and every copy shares its features (read-only).
    const byActor = new Map<string | null, Map<string, number>>();
    const indexes: number[][] = [];
    for (const list of lists) {
      const at = new Array<number>(list.length);
      for (let k = 0; k < list.length; k++) {
        const s = list[k]!;
        let seen = byActor.get(s.actor);
        if (seen === undefined) byActor.set(s.actor, (seen = new Map()));
        let d = seen.get(s.normalized);
        if (d === undefined) seen.set(s.normalized, (d = read.add(s.normalized, s.actor, numbering)));
        at[k] = d;
      }
      indexes.push(at);
    }
    // Derivations of one word read as one stem ("deterrence" / "deter"): the map is built over all
    // the readouts, so it does not depend on which side a statement is on.
    const variants = variantMap(numbering.stems);
    if (variants.size > 0) {
      const rootOf = new Int32Array(numbering.stems.length);
      for (let id = 0; id < rootOf.length; id++) rootOf[id] = id;
      for (const [variant, root] of variants) rootOf[numbering.numbered(variant)] = numbering.numbered(root);
      read.mergeVariants(rootOf);
    }
    const idf = idfByNumber(corpus, numbering.stems, variants, read, indexes);
    // Stems renumbered in the order the statements meet them, the order scores are summed in; one
    // set of arrays holds every statement's stems, each features object a slice of them.
    const final = new Int32Array(numbering.stems.length).fill(-1);
    const store = newFeatureStore(read.total());
    const built: (NumberedFeatures | undefined)[] = new Array(read.count);
    let next = 0;
    const out: StatementFeatures[][] = [];
    for (const list of indexes) {
      const features = new Array<StatementFeatures>(list.length);
      for (let s = 0; s < list.length; s++) {
        const d = list[s]!;
        let f = built[d];
        if (f === undefined) {
          const from = read.start[d]!;
          const length = read.length[d]!;
          for (let k = 0; k < length; k++) {
            const id = read.order[from + k]!;
            if (final[id] === -1) {
              final[id] = store.stems.length;
              store.stems.push(numbering.stems[id]!);
            }
            store.order[next + k] = final[id]!;
            store.salience[next + k] = read.salience[from + k]!;
            store.weights[next + k] = idf[id]! * read.salience[from + k]!;
          }
          built[d] = f = new NumberedFeatures(store, next, length);
          next += length;
        }
        features[s] = f;
      }
      out.push(features);
    }
    return out;
  } finally {
    read.release();
    numbering.end();
  }
}

/**
 * The stems of the distinct statements as numbers, in first-occurrence order with the salience of
 * each (`statementSalience` by number), all in two growing arrays: statement d is the slice
 * [start[d], start[d] + length[d]). Thousands of statements make no small array each.
 */
class Saliences {
  order: Int32Array;
  salience: Float64Array;
  readonly start: number[] = [];
  readonly length: number[] = [];
  private end = 0;
  /** The statement (a counter) that last met each stem, and where the stem sits in it. */
  private mark: Int32Array;
  private at: Int32Array;
  private current = 0;

  /** Takes the arrays the last one handed on (`release`), or new ones. */
  constructor() {
    const arrays = SPARE ?? { order: new Int32Array(4096), salience: new Float64Array(4096), mark: new Int32Array(1024), at: new Int32Array(1024) };
    SPARE = null;
    // Marks are statement counters: left from the last use, they would match this one's.
    arrays.mark.fill(0);
    ({ order: this.order, salience: this.salience, mark: this.mark, at: this.at } = arrays);
  }

  /**
   * Hands the arrays on to the next `Saliences` (this one is not read again): a long comparison
   * grows them to megabytes, and new arrays of that size cost a page fault per 4 KB written, each
   * time. Beyond `SPARE_LIMIT` entries they are let go.
   */
  release(): void {
    if (this.order.length <= SPARE_LIMIT && this.mark.length <= SPARE_LIMIT) SPARE = { order: this.order, salience: this.salience, mark: this.mark, at: this.at };
  }

  get count(): number {
    return this.start.length;
  }

  /** Reads one statement; returns its index. Each stem once, at its highest salience; the actor's words lowered. */
  add(normalized: string, actor: string | null, numbering: StemNumbering): number {
    const count = readContentWords(normalized, WORDS);
    this.reserve(count);
    const from = this.end;
    const mark = ++this.current;
    for (let i = 0; i < count; i++) {
      const word = WORDS[i]!;
      const id = numbering.idOf(word);
      this.fit(numbering.stems.length);
      this.put(id, word.salience, mark);
    }
    if (actor) {
      for (const stem of actorStems(actor)) {
        const id = numbering.numbered(stem);
        if (id < 0 || this.mark[id] !== mark) continue;
        const at = this.at[id]!;
        this.salience[at] = Math.min(this.salience[at]!, LOW_SALIENCE);
      }
    }
    this.start.push(from);
    this.length.push(this.end - from);
    return this.start.length - 1;
  }

  /** Replaces each variant stem by the stem that stands for it (the higher salience kept), statement by statement. */
  mergeVariants(rootOf: Int32Array): void {
    this.fit(rootOf.length);
    for (let d = 0; d < this.count; d++) {
      const from = this.start[d]!;
      const length = this.length[d]!;
      let any = false;
      for (let k = from; k < from + length; k++) if (rootOf[this.order[k]!] !== this.order[k]) any = true;
      if (!any) continue;
      // The merged slice goes at the end; the old one is left unused.
      this.reserve(length);
      const to = this.end;
      const mark = ++this.current;
      for (let k = from; k < from + length; k++) this.put(rootOf[this.order[k]!]!, this.salience[k]!, mark);
      this.start[d] = to;
      this.length[d] = this.end - to;
    }
  }

  /** The stems of all statements together. */
  total(): number {
    let n = 0;
    for (const length of this.length) n += length;
    return n;
  }

  /** Appends a stem to the statement being read, or raises its salience if already there. */
  private put(id: number, salience: number, mark: number): void {
    if (this.mark[id] !== mark) {
      this.mark[id] = mark;
      this.at[id] = this.end;
      this.order[this.end] = id;
      this.salience[this.end] = salience;
      this.end++;
    } else {
      const at = this.at[id]!;
      if (salience > this.salience[at]!) this.salience[at] = salience;
    }
  }

  /** Room for `more` entries. */
  private reserve(more: number): void {
    if (this.end + more <= this.order.length) return;
    const size = Math.max(this.end + more, this.order.length * 2);
    this.order = grown(this.order, new Int32Array(size));
    this.salience = grown(this.salience, new Float64Array(size));
  }

  /** Marks for stems numbered below `stems`. */
  private fit(stems: number): void {
    if (stems <= this.mark.length) return;
    const size = Math.max(stems, this.mark.length * 2);
    this.mark = grown(this.mark, new Int32Array(size));
    this.at = grown(this.at, new Int32Array(size));
  }
}

/** The arrays a finished `Saliences` handed on. */
let SPARE: { order: Int32Array; salience: Float64Array; mark: Int32Array; at: Int32Array } | null = null;
/** The most entries a spare array keeps: about 3 MB for the four, what 4,000 statements per side need. */
const SPARE_LIMIT = 1 << 18;

/** The content words of the statement `Saliences.add` reads (`readContentWords`). */
const WORDS: StemmedWord[] = [];

keepShape(new Saliences());


/**
 * The IDF of every stem number (`idfOf`): each statement one document, over the corpus and all
 * the statements; a stem standing for variants is as common in the corpus as its
 * most common variant.
 */
function idfByNumber(
  corpus: DocumentFrequencies,
  stems: readonly string[],
  variants: ReadonlyMap<string, string>,
  read: Saliences,
  indexes: readonly (readonly number[])[],
): Float64Array {
  const count = new Int32Array(stems.length);
  let documents = corpus.documents;
  for (const list of indexes) {
    for (const d of list) {
      documents++;
      const from = read.start[d]!;
      const to = from + read.length[d]!;
      for (let k = from; k < to; k++) count[read.order[k]!]!++;
    }
  }
  const inCorpus = corpusFrequency(corpus, variants);
  const idf = new Float64Array(stems.length);
  for (let id = 0; id < stems.length; id++) if (count[id]! > 0) idf[id] = idfOf(documents, count[id]! + inCorpus(stems[id]!));
  return idf;
}
