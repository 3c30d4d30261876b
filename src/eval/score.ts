import { ReadoutError } from '../errors.js';
import type { ChangeType, Statement } from '../types.js';
import type { GoldPair } from './gold.js';

/** What scoring needs of a change: its type and statement ids. Baselines produce these too. */
export interface PredictedChange {
  type: ChangeType;
  before: string[];
  after: string[];
}

/** True and false positives and negatives of one measure. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** The raw counts of one pair, summed for the overall row. */
export interface PairCounts {
  links: Counts;
  new: Counts;
  dropped: Counts;
  /** Gold links found (at least one of their sentence pairs predicted) and those of the right type. */
  typesFound: number;
  typesCorrect: number;
}

type Side = 'before' | 'after';

/** A gold sentence located in its readout by its exact text. */
export interface Located {
  start: number;
  end: number;
}

/**
 * Finds each gold sentence in the readout text, in the order given, each occurrence used once
 * (two readouts both say "The summary is as follows.", but each only once).
 */
export function locate(sentences: readonly string[], text: string, where: string): Located[] {
  const used = new Set<number>();
  return sentences.map((sentence) => {
    let at = text.indexOf(sentence);
    while (at >= 0 && used.has(at)) at = text.indexOf(sentence, at + 1);
    if (at < 0) throw new ReadoutError('INVALID_GOLD', `${where}: sentence not found in the readout: "${sentence.slice(0, 80)}"`);
    used.add(at);
    return { start: at, end: at + sentence.length };
  });
}

/** Every sentence of one side with the role the gold gives it. */
interface SideIndex {
  text: string[];
  located: Located[];
  role: ('ignore' | 'optional' | 'link' | 'new' | 'dropped')[];
}

function sideIndex(gold: GoldPair, side: Side, text: string): SideIndex {
  const entries: [string, SideIndex['role'][number]][] = [
    ...gold.ignore[side].map((s): [string, 'ignore'] => [s, 'ignore']),
    ...gold.optional.flatMap((o) => o[side].map((s): [string, 'optional'] => [s, 'optional'])),
    ...gold.links.flatMap((l) => l[side].map((s): [string, 'link'] => [s, 'link'])),
    ...(side === 'after' ? gold.new : gold.dropped).map((s): [string, 'new' | 'dropped'] => [s, side === 'after' ? 'new' : 'dropped']),
  ];
  return { text: entries.map((e) => e[0]), located: locate(entries.map((e) => e[0]), text, side), role: entries.map((e) => e[1]) };
}

/**
 * The gold sentence a statement (its offsets) stands for: the one it covers most, if it covers at
 * least half of it (ANNOTATION.md), else -1.
 */
export function standsFor(start: number, end: number, located: readonly Located[]): number {
  let best = -1;
  let bestOverlap = 0;
  located.forEach((g, i) => {
    const overlap = Math.min(end, g.end) - Math.max(start, g.start);
    if (overlap > bestOverlap) {
      best = i;
      bestOverlap = overlap;
    }
  });
  const g = best >= 0 ? located[best] : undefined;
  return g && bestOverlap * 2 >= g.end - g.start ? best : -1;
}

const key = (b: number, a: number): string => `${b}|${a}`;

/**
 * Scores predicted changes against a gold pair (ANNOTATION.md, "Scoring"): link pairs, new and
 * dropped sentences, and the type of each gold link found.
 *
 * @example
 * scorePair(gold, { before: beforeText, after: afterText }, { before: b.statements, after: a.statements }, changes).links
 * //=> { tp: 5, fp: 0, fn: 1 }
 */
export function scorePair(
  gold: GoldPair,
  texts: Record<Side, string>,
  statements: Record<Side, readonly Statement[]>,
  changes: readonly PredictedChange[],
): PairCounts {
  const sides = { before: sideIndex(gold, 'before', texts.before), after: sideIndex(gold, 'after', texts.after) };
  const goldOf = { before: new Map<string, number>(), after: new Map<string, number>() };
  for (const side of ['before', 'after'] as const) {
    for (const s of statements[side]) {
      const g = standsFor(s.start, s.end, sides[side].located);
      if (g >= 0) goldOf[side].set(s.id, g);
    }
  }
  const indexOf = (side: Side, sentence: string): number => sides[side].text.indexOf(sentence);

  const goldPairs = new Map<string, number>(); // pair → index of its gold link
  gold.links.forEach((link, li) => {
    for (const b of link.before) for (const a of link.after) goldPairs.set(key(indexOf('before', b), indexOf('after', a)), li);
  });
  const optionalPairs = new Set<string>();
  const oneSided = { before: new Set<number>(), after: new Set<number>() };
  for (const o of gold.optional) {
    for (const b of o.before) for (const a of o.after) optionalPairs.add(key(indexOf('before', b), indexOf('after', a)));
    if (o.after.length === 0) for (const b of o.before) oneSided.before.add(indexOf('before', b));
    if (o.before.length === 0) for (const a of o.after) oneSided.after.add(indexOf('after', a));
  }

  // Predicted sentence pairs, each with the change that made it.
  const predicted = new Map<string, PredictedChange>();
  for (const c of changes) {
    for (const bid of c.before) {
      for (const aid of c.after) {
        const b = goldOf.before.get(bid);
        const a = goldOf.after.get(aid);
        if (b !== undefined && a !== undefined && !predicted.has(key(b, a))) predicted.set(key(b, a), c);
      }
    }
  }
  const links: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const pair of predicted.keys()) {
    const [b, a] = pair.split('|').map(Number) as [number, number];
    if (goldPairs.has(pair)) links.tp++;
    else if (sides.before.role[b] === 'ignore' || sides.after.role[a] === 'ignore') continue;
    else if (optionalPairs.has(pair) || oneSided.before.has(b) || oneSided.after.has(a)) continue;
    else links.fp++;
  }
  for (const pair of goldPairs.keys()) if (!predicted.has(pair)) links.fn++;

  const unaligned = (side: Side, type: ChangeType): Counts => {
    const role = side === 'after' ? 'new' : 'dropped';
    const flagged = new Set<number>();
    const linked = new Set<number>();
    for (const c of changes) {
      for (const id of c[side]) {
        const g = goldOf[side].get(id);
        if (g === undefined) continue;
        if (c.type === type) flagged.add(g);
        else linked.add(g);
      }
    }
    const counts: Counts = { tp: 0, fp: 0, fn: 0 };
    sides[side].role.forEach((r, g) => {
      if (r === 'ignore' || r === 'optional') return;
      // A gold sentence cut in two by the parser is new only if no part of it was aligned.
      const says = flagged.has(g) && !linked.has(g);
      if (says && r === role) counts.tp++;
      else if (says) counts.fp++;
      else if (r === role) counts.fn++;
    });
    return counts;
  };

  let typesFound = 0;
  let typesCorrect = 0;
  gold.links.forEach((link, li) => {
    const votes = new Map<PredictedChange, number>();
    for (const [pair, l] of goldPairs) {
      const c = l === li ? predicted.get(pair) : undefined;
      if (c) votes.set(c, (votes.get(c) ?? 0) + 1);
    }
    if (votes.size === 0) return;
    typesFound++;
    const [top] = [...votes.entries()].sort((x, y) => y[1] - x[1]);
    if (top && top[0].type === link.type) typesCorrect++;
  });

  return { links, new: unaligned('after', 'new'), dropped: unaligned('before', 'dropped'), typesFound, typesCorrect };
}
