/**
 * Synthetic series of readouts with known positions, for the tracking benchmark (issue 5).
 *
 * A series is built from real readout sentences (bench/pool.ts) with the drawer and the rewordings
 * of bench/synthetic.ts. The first readout states `size` positions; each later one evolves from
 * the one before as real readouts do: most positions carried over (some reworded with the known
 * edits of synthetic.ts: verb swapped, intensifier added or removed, clause removed), some
 * dropped, some new, and a few that were dropped one or two readouts earlier coming back
 * (reinstated) in the wording they left with. Readouts are a week apart and carry their date
 * line ("January 3, 2000"), so `trackPositions` orders them by date. Every readout keeps `size`
 * statements.
 *
 * Everything is a pure function of the sentence pool and the seed; and as each readout is drawn
 * from the one before, the first n readouts of a longer series are the series of n readouts of
 * the same seed.
 */
import { CLOSE, MONTHS, REWORD_KINDS, SYNTHETIC_TITLE, draw, newDrawer, overlap, render, reword, seededRandom, shuffle, wordSet } from './synthetic.js';
import type { RewordKind, Rewording, SyntheticSide } from './synthetic.js';

/** How a readout's statement relates to the readout before it. */
export type SeriesChange =
  /** A position stated for the first time (every statement of the first readout). */
  | { type: 'new' }
  /** The same position in the same words as in the previous readout. */
  | { type: 'carried' }
  /** The same position as in the previous readout, reworded with a known edit. */
  | { type: 'reworded'; kind: RewordKind; from: string; to: string }
  /** A position absent from the previous readout (`gap` readouts), back in the words it left with. */
  | { type: 'reinstated'; gap: number };

/** One readout of a series: its text, and the position and change of each sentence. */
export interface SeriesReadout extends SyntheticSide {
  /** ISO date (YYYY-MM-DD); the text states it as a date line. */
  date: string;
  /** The position of each sentence (`sentences[i]`): ids from 0, in order of first appearance. */
  positions: number[];
  changes: SeriesChange[];
  /** The positions of the previous readout that this one does not state, ascending. */
  dropped: number[];
}

export interface SyntheticSeries {
  seed: number;
  /** Statements per readout. */
  size: number;
  readouts: SeriesReadout[];
  /** How many positions the series states in all (ids 0 to positionCount - 1). */
  positionCount: number;
}

/** Shares of `size` that each change touches, per readout after the first. */
export interface SeriesRates {
  /** Positions of the previous readout left out (some of them come back later). */
  dropped: number;
  /** Carried positions reworded. */
  reworded: number;
  /** Positions back after a gap of one or two readouts; new positions fill the rest. */
  reinstated: number;
}

/** Per readout of 40: 3 dropped, 4 reworded, 1 reinstated, so 2 new. */
export const DEFAULT_SERIES_RATES: Readonly<SeriesRates> = Object.freeze({ dropped: 0.075, reworded: 0.1, reinstated: 0.025 });

export interface SeriesOptions {
  /** How many readouts. */
  readouts: number;
  /** Statements per readout; default 40. */
  size?: number;
  seed: number;
  rates?: Partial<SeriesRates>;
}

const FIRST_DAY = Date.UTC(2000, 0, 3);
const WEEK_MS = 7 * 24 * 3600 * 1000;

/** The date of readout k: a week after readout k - 1, from Monday, January 3, 2000. */
function dateOf(k: number): { iso: string; line: string } {
  const d = new Date(FIRST_DAY + k * WEEK_MS);
  const iso = d.toISOString().slice(0, 10);
  return { iso, line: `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}` };
}

/** A position while the series is drawn. */
interface Tracked {
  base: string;
  /** Its wording now (the last stated). */
  text: string;
}

/**
 * Builds a series of `readouts` readouts of `size` statements each, with known positions.
 *
 * @param pool - distinct real sentences (e.g. `realSentences()`)
 * @example
 * const series = syntheticSeries(realSentences(), { readouts: 250, seed: 1 });
 * series.readouts[10].changes.filter((c) => c.type === 'new').length //=> 2 (with the default rates)
 */
export function syntheticSeries(pool: readonly string[], options: SeriesOptions): SyntheticSeries {
  const { readouts: count, seed } = options;
  const size = options.size ?? 40;
  const rates = { ...DEFAULT_SERIES_RATES, ...options.rates };
  if (pool.length === 0) throw new Error('series: empty sentence pool');
  const dropCount = Math.round(rates.dropped * size);
  const rewordCount = Math.round(rates.reworded * size);
  const returnCount = Math.min(dropCount, Math.round(rates.reinstated * size));
  if (dropCount > size) throw new Error('series: more drops than statements');

  // Not derived from the count: the first n readouts of a longer series are the series of n.
  const random = seededRandom(seed ^ Math.imul(size, 0x9e3779b1) ^ 0x5e7e5);
  const drawer = newDrawer(pool, random);
  const distinct = drawer.pool;
  // Pool sentences that state about the same thing: a new position is never one of these of a
  // position still alive (that would be a rewording the known changes call new).
  const words = new Map(distinct.map((s) => [s, wordSet(s)]));
  const closeTo = new Map(distinct.map((s) => [s, distinct.filter((t) => overlap(words.get(s)!, words.get(t)!) >= CLOSE)]));

  const tracked: Tracked[] = [];
  /** Which position each wording ever drawn belongs to: a rewording never takes another's words. */
  const ownerOf = new Map<string, number>();
  const open = (text: string): number => {
    tracked.push({ base: drawer.baseOf.get(text)!, text });
    ownerOf.set(text, tracked.length - 1);
    return tracked.length - 1;
  };
  /** Readout index → positions that come back in it, with the slot they left from. */
  const returning = new Map<number, { position: number; slot: number; gap: number }[]>();

  const out: SeriesReadout[] = [];
  let previous: number[] = [];
  for (let k = 0; k < count; k++) {
    let order: number[];
    const changes = new Map<number, SeriesChange>();
    let dropped: number[] = [];
    if (k === 0) {
      order = draw(drawer, size).map(open);
      for (const p of order) changes.set(p, { type: 'new' });
    } else {
      // Drops, of which the first `returnCount` come back after one or two readouts.
      const droppedSlots = shuffle(random, previous.map((_, slot) => slot)).slice(0, dropCount);
      dropped = droppedSlots.map((slot) => previous[slot]!);
      droppedSlots.slice(0, returnCount).forEach((slot) => {
        const gap = 1 + Math.floor(random() * 2);
        const list = returning.get(k + gap) ?? [];
        list.push({ position: previous[slot]!, slot, gap });
        returning.set(k + gap, list);
      });
      const droppedSet = new Set(dropped);
      order = previous.filter((p) => !droppedSet.has(p));
      for (const p of order) changes.set(p, { type: 'carried' });

      // Rewordings of carried positions, cycling through the four kinds as synthetic.ts does.
      const candidates = shuffle(random, [...order]);
      for (let r = 0; r < rewordCount; r++) {
        for (let t = 0; t < REWORD_KINDS.length; t++) {
          const kind = REWORD_KINDS[(r + t) % REWORD_KINDS.length]!;
          // findIndex stops at the first position that fits, so `last` ends as its rewording.
          let last = null as Rewording | null;
          const at = candidates.findIndex((p) => {
            last = reword(kind, tracked[p]!.text, seededRandom(seed + p));
            return last !== null && (ownerOf.get(last.text) ?? p) === p;
          });
          if (at < 0) continue;
          const p = candidates.splice(at, 1)[0]!;
          const got = last!;
          tracked[p]!.text = got.text;
          ownerOf.set(got.text, p);
          drawer.seen.add(got.text);
          changes.set(p, { type: 'reworded', kind, from: got.from, to: got.to });
          break;
        }
      }

      // Positions back after a gap, near the place they left, in the words they left with.
      const back = (returning.get(k) ?? []).slice(0, size - order.length);
      returning.delete(k);
      for (const { position, slot, gap } of back) {
        order.splice(Math.min(slot, order.length), 0, position);
        changes.set(position, { type: 'reinstated', gap });
      }

      // New positions at random places: none made from a pool sentence close to one alive (in
      // this readout or due back).
      const alive = [...order, ...[...returning.values()].flat().map((r) => r.position)];
      const avoid = new Set(alive.flatMap((p) => closeTo.get(tracked[p]!.base)!));
      for (const text of draw(drawer, size - order.length, avoid)) {
        const p = open(text);
        changes.set(p, { type: 'new' });
        order.splice(Math.floor(random() * (order.length + 1)), 0, p);
      }
    }
    const date = dateOf(k);
    const side = render(
      order.map((p) => tracked[p]!.text),
      random,
      SYNTHETIC_TITLE,
      date.line,
    );
    out.push({ ...side, date: date.iso, positions: order, changes: order.map((p) => changes.get(p)!), dropped: [...dropped].sort((a, b) => a - b) });
    previous = order;
  }
  return { seed, size, readouts: out, positionCount: tracked.length };
}

/** Counts of each change over a series (the first readout's positions count as new). */
export function countChanges(series: SyntheticSeries): Record<SeriesChange['type'] | 'dropped', number> {
  const counts = { new: 0, carried: 0, reworded: 0, reinstated: 0, dropped: 0 };
  for (const r of series.readouts) {
    for (const c of r.changes) counts[c.type]++;
    counts.dropped += r.dropped.length;
  }
  return counts;
}
