import type { ResolvedTrackOptions } from './options.js';
import type { Alert, Position, TimelineReadout } from '../types.js';

const percent = (share: number): string => `${Math.round(share * 100)}%`;

/**
 * The alerts of a timeline, about its latest readout: positions stated in at least
 * `missingShare` of the readouts since they first appeared (and in at least `missingMinReadouts`)
 * but absent now; positions first stated now; positions reworded substantively now; positions
 * back after a gap. In that order, each by position id.
 *
 * @example
 * alertsFor(timeline.readouts, timeline.positions, resolveTrackOptions())[0]
 * //=> { type: 'missing', position: 'p29', share: 0.8, message: 'p29 missing from r10: stated in 4 of 5 readouts since r5 (80%), last in r9 (changes · status quo · Indo-Pacific)' }
 */
export function alertsFor(
  readouts: readonly TimelineReadout[],
  positions: readonly Position[],
  options: Pick<ResolvedTrackOptions, 'missingShare' | 'missingMinReadouts'>,
): Alert[] {
  if (readouts.length < 2) return [];
  const latest = readouts[readouts.length - 1]!.id;
  const indexOf = new Map(readouts.map((r, k) => [r.id, k]));
  const last = readouts.length - 1;
  const missing: Alert[] = [];
  const added: Alert[] = [];
  const reworded: Alert[] = [];
  const reinstated: Alert[] = [];
  for (const p of positions) {
    if (p.status === 'absent') {
      const first = indexOf.get(p.firstSeen) ?? 0;
      const stated = new Set(p.occurrences.map((o) => o.readout)).size;
      const span = last - first;
      const share = span === 0 ? 0 : stated / span;
      if (stated >= options.missingMinReadouts && share >= options.missingShare) {
        missing.push({
          type: 'missing',
          position: p.id,
          share: Math.round(share * 10_000) / 10_000,
          message: `${p.id} missing from ${latest}: stated in ${stated} of ${span} readouts since ${p.firstSeen} (${percent(share)}), last in ${p.lastSeen} (${p.label})`,
        });
      }
    } else if (p.status === 'new') {
      added.push({ type: 'new', position: p.id, message: `${p.id} new in ${latest} (${p.label})` });
    } else {
      const now = p.occurrences.filter((o) => o.readout === latest);
      if (now.some((o) => o.change === 'reinstated')) {
        const before = p.occurrences.filter((o) => o.readout !== latest).at(-1)?.readout ?? p.firstSeen;
        reinstated.push({ type: 'reinstated', position: p.id, message: `${p.id} back in ${latest} after a gap, last stated in ${before} (${p.label})` });
      } else if (now.some((o) => o.change === 'reworded' && o.significance === 'substantive')) {
        const shifts = now.flatMap((o) => o.shifts).length;
        reworded.push({
          type: 'reworded',
          position: p.id,
          message: `${p.id} reworded in ${latest}${shifts > 0 ? ` (${shifts} shift${shifts === 1 ? '' : 's'})` : ''} (${p.label})`,
        });
      }
    }
  }
  missing.sort((a, b) => (b.share ?? 0) - (a.share ?? 0) || byId(a, b));
  return [...missing, ...added, ...reworded, ...reinstated];
}

function byId(a: Alert, b: Alert): number {
  return Number(a.position.slice(1)) - Number(b.position.slice(1));
}
