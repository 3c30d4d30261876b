import { containment, contentCoverage, similarity } from '../similarity/index.js';
import type { StatementFeatures } from '../similarity/index.js';
import type { Candidate } from './candidates.js';
import type { ResolvedCompareOptions } from './options.js';
import { addGroup, featuresAt, other, SIDES, unionFeatures } from './alignment.js';
import type { Alignment, Side } from './alignment.js';

/**
 * Merges and splits among statements that no link took: a "hub" statement on one side holds
 * parts of several statements on the other, none similar enough on its own ("progress on
 * modernizing alliance roles and missions, updating force posture" ← the roles-and-missions and
 * the force-posture statements). Every free statement proposes itself as a hub; proposals are
 * taken best first, so the result does not depend on which side is looked at first.
 *
 * @example
 * groupAroundHubs(state, DEFAULT_COMPARE_OPTIONS) // adds merged and split groups in place
 */
export function groupAroundHubs(state: Alignment, options: ResolvedCompareOptions): void {
  // The candidates of each free statement, best first: linked statements propose nothing (most
  // of a long comparison), so they get no list.
  const byHub: Record<Side, (Candidate[] | undefined)[]> = { before: new Array(state.prepared.before.length), after: new Array(state.prepared.after.length) };
  for (let ci = 0; ci < state.candidates.length; ci++) {
    const c = state.candidates[ci]!;
    if (!state.groupOf.before[c.before]) (byHub.before[c.before] ??= []).push(c);
    if (!state.groupOf.after[c.after]) (byHub.after[c.after] ??= []).push(c);
  }
  const proposals: Proposal[] = [];
  for (const side of SIDES) {
    const memberSide = other(side);
    for (let index = 0; index < byHub[side].length; index++) {
      const list = byHub[side][index];
      if (list === undefined || state.groupOf[side][index]) continue;
      const hub = featuresAt(state, side, index);
      const members: number[] = [];
      let covered = 0;
      for (const c of list) {
        if (c.score < options.memberThreshold) break;
        const x = c[memberSide];
        // Only a statement whose best match is this hub: a statement is part of one position.
        if (state.groupOf[memberSide][x] || state.best[memberSide][x]?.[side] !== index) continue;
        // The gain a member brings is counted on the hub's content only, never on its frame.
        const next = contentCoverage(hub, [...featuresOfAll(state, memberSide, members), featuresAt(state, memberSide, x)]);
        // Each member must bring part of the hub the others did not cover.
        if (next - covered < options.groupGain) continue;
        members.push(x);
        covered = next;
      }
      if (members.length < 2) continue;
      const score = similarity(hub, unionFeatures(featuresOfAll(state, memberSide, members)));
      if (score >= options.groupThreshold) proposals.push({ side, index, members: members.sort(ascending), score });
    }
  }
  proposals.sort(byScoreThenIndex);
  for (const { side, index, members, score } of proposals) {
    const memberSide = other(side);
    if (state.groupOf[side][index] || anyGrouped(state, memberSide, members)) continue;
    addGroup(state, side === 'after' ? { before: members, after: [index], similarity: score } : { before: [index], after: members, similarity: score });
  }
}

/**
 * Grows strong one-to-one links into splits and merges: a free statement joins the link when its
 * best match is the link's statement on the other side (the hub), a good part of it is restated
 * there, and it covers part of the hub that the first partner did not.
 *
 * @example
 * extendStrongLinks(state, DEFAULT_COMPARE_OPTIONS) // "welcomed the deployment ... and confirmed
 * // the necessity of ISR" → "welcomed the deployment ..." + "They confirmed the necessity of ISR"
 */
export function extendStrongLinks(state: Alignment, options: ResolvedCompareOptions): void {
  for (let ci = 0; ci < state.candidates.length; ci++) {
    const c = state.candidates[ci]!;
    if (c.score < options.memberThreshold) break;
    for (let k = 0; k < SIDES.length; k++) {
      const memberSide = SIDES[k]!;
      const hubSide = other(memberSide);
      const x = c[memberSide];
      const group = state.groupOf[hubSide][c[hubSide]];
      if (state.groupOf[memberSide][x] || !group || group[hubSide].length !== 1) continue;
      // Only a strong link grows: a weak (gap) link plus a weak partner is too little evidence.
      if (!state.strong.has(group) || state.best[memberSide][x] !== c) continue;
      const hub = featuresAt(state, hubSide, c[hubSide]);
      const xf = featuresAt(state, memberSide, x);
      // Halves of a split are contained in the whole: a good part of the shorter statement must
      // be restated in the longer, not a few words ("based", "intensive") spread thin over both.
      if (containment(xf, hub) < options.groupContainment) continue;
      const partners = featuresOfAll(state, memberSide, group[memberSide]);
      if (contentCoverage(hub, [...partners, xf]) - contentCoverage(hub, partners) < options.groupGain) continue;
      group[memberSide] = [...group[memberSide], x].sort(ascending);
      group.similarity = similarity(hub, unionFeatures([...partners, xf]));
      state.groupOf[memberSide][x] = group;
    }
  }
}

/** A hub with the members it would gather, and how similar it is to them together. */
interface Proposal {
  side: Side;
  index: number;
  members: number[];
  score: number;
}

// Named functions, not arrow functions made per call: these run for every statement of a long
// comparison, and a function made per call loses its optimized code at each full collection
// (src/shapes.ts).

function featuresOfAll(state: Alignment, side: Side, indexes: readonly number[]): StatementFeatures[] {
  const out = new Array<StatementFeatures>(indexes.length);
  for (let k = 0; k < indexes.length; k++) out[k] = featuresAt(state, side, indexes[k]!);
  return out;
}

function anyGrouped(state: Alignment, side: Side, indexes: readonly number[]): boolean {
  for (const i of indexes) if (state.groupOf[side][i]) return true;
  return false;
}

function ascending(x: number, y: number): number {
  return x - y;
}

function byScoreThenIndex(x: Proposal, y: Proposal): number {
  return y.score - x.score || x.index - y.index;
}
