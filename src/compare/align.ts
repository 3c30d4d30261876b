import { containment, similarity, unionCoverage } from '../similarity/index.js';
import type { StatementFeatures } from '../similarity/index.js';
import type { ResolvedCompareOptions } from './options.js';
import type { Prepared } from './prepare.js';
import { candidatePairs } from './candidates.js';
import { outOfOrder } from './moves.js';
import type { Candidate } from './candidates.js';

/** Statements aligned as one position: indexes into the prepared lists, each list ascending. */
export interface Group {
  before: number[];
  after: number[];
  similarity: number;
}

type Side = 'before' | 'after';

/** A gap between anchors is narrow when one of its sides holds at most this many free statements. */
const MAX_GAP_SIDE = 2;
const other = (side: Side): Side => (side === 'before' ? 'after' : 'before');

/** The stems of several statements read as one: for the side of a split or merge with many. */
export function unionFeatures(list: readonly StatementFeatures[]): StatementFeatures {
  const weights = new Map<string, number>();
  for (const f of list) for (const [stem, w] of f.weights) weights.set(stem, Math.max(weights.get(stem) ?? 0, w));
  let mass = 0;
  for (const w of weights.values()) mass += w;
  return { weights, mass };
}

/**
 * Aligns two lists of statements: one-to-one links by descending similarity (each link joins two
 * statements that are each other's best remaining partner), then splits and merges where a
 * second partner holds the content the first one lacked.
 *
 * @example
 * alignStatements(before, after, DEFAULT_COMPARE_OPTIONS) //=> [{ before: [0], after: [0], similarity: 1 }]
 */
export function alignStatements(before: readonly Prepared[], after: readonly Prepared[], options: ResolvedCompareOptions): Group[] {
  const candidates = candidatePairs(before, after, options.candidateLimit, options.commonStemShare);
  const prepared = { before, after };
  const groupOf: Record<Side, (Group | undefined)[]> = { before: new Array(before.length), after: new Array(after.length) };
  const groups: Group[] = [];

  const link = (c: Candidate): void => {
    const group: Group = { before: [c.before], after: [c.after], similarity: c.score };
    groups.push(group);
    groupOf.before[c.before] = group;
    groupOf.after[c.after] = group;
  };
  for (const c of candidates) {
    if (c.score < options.linkThreshold) break;
    if (!groupOf.before[c.before] && !groupOf.after[c.after]) link(c);
  }
  const strong = new Set(groups);

  // Readouts mostly keep the order of their positions, so the links that are in order anchor the
  // rest: between two anchors, a weaker pair is still the same position when nothing else there
  // competes ("work closely in response to issues concerning China" → "Given China's intensifying
  // military activities ... continue to cooperate", between the Ukraine and Taiwan anchors).
  const inOrder = outOfOrder(groups, before.length, after.length);
  const anchors = groups.filter((_, i) => !inOrder[i]).map((g) => [g.before[0] ?? 0, g.after[0] ?? 0] as const);
  anchors.sort((x, y) => x[0] - y[0]);
  const gapOf = (i: number, j: number): number => {
    // The gap index of a pair (binary search for the first anchor at or after i), or -1 when the
    // pair crosses an anchor.
    let k = 0;
    for (let hi = anchors.length; k < hi; ) {
      const mid = (k + hi) >> 1;
      if (anchors[mid]![0] < i) k = mid + 1;
      else hi = mid;
    }
    const low = k === 0 ? [-1, -1] : anchors[k - 1]!;
    const high = k === anchors.length ? [before.length, after.length] : anchors[k]!;
    return j > low[1]! && j < high[1]! ? k : -1;
  };
  // Order pins a pairing down only in a narrow gap: with one or two free statements on a side,
  // the weak pair is nearly forced; in a wide gap (two governments' accounts of one meeting,
  // ordered differently) it is a guess. Without any anchor there is no order to lean on at all.
  const free = (side: Side, from: number, to: number): number => {
    let n = 0;
    for (let i = from + 1; i < to; i++) if (!groupOf[side][i]) n++;
    return n;
  };
  const narrow = anchors.map((_, k) => k).concat(anchors.length).map((k) => {
    const low = k === 0 ? [-1, -1] : anchors[k - 1]!;
    const high = k === anchors.length ? [before.length, after.length] : anchors[k]!;
    return Math.min(free('before', low[0]!, high[0]!), free('after', low[1]!, high[1]!)) <= MAX_GAP_SIDE;
  });
  for (const c of anchors.length === 0 ? [] : candidates) {
    if (c.score < options.gapThreshold) break;
    if (groupOf.before[c.before] || groupOf.after[c.after]) continue;
    const gap = gapOf(c.before, c.after);
    if (gap >= 0 && narrow[gap]) link(c);
  }

  // Each statement's best candidate: a statement joins a split or merge only with its best match,
  // so that "resolve to reinforce cybersecurity" does not join a group because it shares "resolve".
  const best: Record<Side, (Candidate | undefined)[]> = { before: new Array(before.length), after: new Array(after.length) };
  for (const c of candidates) {
    best.before[c.before] ??= c;
    best.after[c.after] ??= c;
  }
  const featuresAt = (side: Side, i: number): StatementFeatures => {
    const p = prepared[side][i];
    if (!p) throw new Error(`no ${side} statement ${i}`);
    return p.features;
  };

  // Merges and splits of statements that no one-to-one link took: a "hub" statement on one side
  // holds parts of several statements on the other, none similar enough on its own. Every free
  // statement proposes itself as a hub; the proposals are taken best first, so the result does
  // not depend on which side is called before.
  const byHub = new Map<string, Candidate[]>();
  for (const c of candidates) {
    for (const side of ['before', 'after'] as const) {
      const key = `${side}:${c[side]}`;
      const list = byHub.get(key);
      if (list) list.push(c);
      else byHub.set(key, [c]);
    }
  }
  const proposals: { side: Side; index: number; members: number[]; score: number }[] = [];
  for (const side of ['before', 'after'] as const) {
    prepared[side].forEach((_, index) => {
      if (groupOf[side][index]) return;
      const memberSide = other(side);
      const hubFeatures = featuresAt(side, index);
      const members: number[] = [];
      let covered = 0;
      for (const c of byHub.get(`${side}:${index}`) ?? []) {
        const x = c[memberSide];
        if (c.score < options.memberThreshold) break;
        if (groupOf[memberSide][x] || best[memberSide][x]?.[side] !== index) continue;
        const next = unionCoverage(hubFeatures, [...members.map((m) => featuresAt(memberSide, m)), featuresAt(memberSide, x)]);
        if (next - covered < options.groupGain) continue;
        members.push(x);
        covered = next;
      }
      if (members.length < 2) return;
      const score = similarity(hubFeatures, unionFeatures(members.map((m) => featuresAt(memberSide, m))));
      if (score >= options.groupThreshold) proposals.push({ side, index, members: members.sort((x, y) => x - y), score });
    });
  }
  proposals.sort((x, y) => y.score - x.score || x.index - y.index);
  for (const { side, index, members, score } of proposals) {
    const memberSide = other(side);
    if (groupOf[side][index] || members.some((m) => groupOf[memberSide][m])) continue;
    const group: Group = side === 'after' ? { before: members, after: [index], similarity: score } : { before: [index], after: members, similarity: score };
    groups.push(group);
    groupOf[side][index] = group;
    for (const m of members) groupOf[memberSide][m] = group;
  }

  // A statement left alone whose best match already has a partner joins that group when most of
  // it is restated there and it brings content the partner lacked.
  for (const c of candidates) {
    for (const memberSide of ['before', 'after'] as const) {
      const hubSide = other(memberSide);
      const x = c[memberSide];
      const y = c[hubSide];
      const group = groupOf[hubSide][y];
      if (groupOf[memberSide][x] || !group || group[hubSide].length !== 1) continue;
      // Only a strong link grows, and only by a statement whose best match is the hub: a weak
      // (gap) link plus a weak partner is too little evidence for a split or merge.
      if (!strong.has(group) || best[memberSide][x] !== c || c.score < options.memberThreshold) continue;
      const hubFeatures = featuresAt(hubSide, y);
      const xf = featuresAt(memberSide, x);
      // Halves of a split are contained in the whole: a good part of the shorter statement must
      // be restated in the longer, not just a few words spread thin over both.
      if (containment(xf, hubFeatures) < options.groupContainment) continue;
      const partners = group[memberSide].map((m) => featuresAt(memberSide, m));
      const gain = unionCoverage(hubFeatures, [...partners, xf]) - unionCoverage(hubFeatures, partners);
      if (gain < options.groupGain) continue;
      group[memberSide] = [...group[memberSide], x].sort((p, q) => p - q);
      group.similarity = similarity(hubFeatures, unionFeatures([...partners, xf]));
      groupOf[memberSide][x] = group;
    }
  }
  return groups;
}
