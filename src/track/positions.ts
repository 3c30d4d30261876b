import { alignStatements, unionFeatures } from '../compare/align.js';
import { changeFor } from '../compare/classify.js';
import type { Prepared } from '../compare/prepare.js';
import { ReadoutError } from '../errors.js';
import { parseReadout } from '../parse/index.js';
import { featuresOf, idfTable, similarity, stemSalience } from '../similarity/index.js';
import type { StatementFeatures } from '../similarity/index.js';
import type { Occurrence, Position, Readout, Statement, Timeline, TimelineReadout } from '../types.js';
import { alertsFor } from './alerts.js';
import { positionLabel } from './label.js';
import { resolveTrackOptions } from './options.js';
import type { ResolvedTrackOptions, TrackOptions } from './options.js';
import { phrasesOf } from './phrases.js';

/** One readout's statements of one position: indexes into `Readout.statements`, ascending. */
export interface Slot {
  readout: number;
  statements: number[];
}

/** A position while the series is read: where it occurs and what it has said so far. */
interface Track {
  slots: Slot[];
  /** The latest wording (the union when the latest readout split it): what the next readout is aligned with. */
  latest: StatementFeatures;
  /** Earlier distinct wordings, newest last, for a statement that returns in an older form. */
  history: StatementFeatures[];
  /** The normalized text of `latest` and of each `history` entry, to keep wordings distinct. */
  latestText: string;
  historyTexts: string[];
  /** Stems already in the inverted index for this track. */
  indexed: Set<string>;
}

/** The tracks found for a series, before they become `Position`s: used by the scorer too. */
export interface TrackResult {
  readouts: Readout[];
  /** For each position, in order of first appearance, its slots in date order. */
  positions: Slot[][];
  features: StatementFeatures[][];
  /** How each statement joined its position, for diagnostics: the pass and the score. */
  joins: Join[];
}

/** How a statement joined a position while the series was read (before the last pass): by the alignment, by an earlier wording, or as a new position. */
export interface Join {
  readout: number;
  statement: number;
  position: number;
  via: 'align' | 'history' | 'new';
  score: number;
}

/** Up to this many positions the whole pool is aligned with a readout (as for the second readout, always). */
const WHOLE_POOL = 64;
/** How many candidate positions each statement takes from the stem index: for the pool, earlier wordings and the last pass. */
const NEAREST = 8;
/** A stem listed for more positions than this only proposes the most recent of them. */
const MAX_POSTING = 256;
/** How many earlier wordings of a position a statement is compared with. */
const HISTORY_DEPTH = 8;


function toReadout(input: Readout | string, index: number): Readout {
  if (typeof input === 'string') return parseReadout(input);
  if (input !== null && typeof input === 'object' && Array.isArray((input as Readout).statements)) return input;
  throw new ReadoutError('INVALID_INPUT', `readout ${index + 1} must be a readout text or a parsed Readout`);
}

/**
 * Orders readouts by date, stably; a readout without a date keeps its place after the dated
 * readout that precedes it in the given order (or first, before any dated readout).
 *
 * @example
 * orderByDate([{ date: '2024-01-02' }, { date: null }, { date: '2023-05-01' }]).map((r) => r.date)
 * //=> ['2023-05-01', '2024-01-02', null]
 */
export function orderByDate<T extends { date: string | null }>(readouts: readonly T[]): T[] {
  let carried = '';
  const keyed = readouts.map((readout, index) => {
    if (readout.date !== null) carried = readout.date;
    return { readout, index, key: carried };
  });
  return keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.index - b.index)).map((k) => k.readout);
}

/**
 * Follows positions through readouts already in date order: the core of `trackPositions`,
 * returning slots (statement indexes) rather than the public `Position` objects.
 *
 * Each readout is aligned with the latest wording of every position seen so far by the same
 * `alignStatements` as `compareReadouts` (a link to a position the previous readout did not state
 * must clear `reinstateThreshold` on its own); a statement it leaves alone may then join a position
 * through an earlier wording (`historyThreshold`); what is still alone starts a new position. With
 * three readouts or more, a last pass moves a statement to the position whose statements it
 * matches clearly better (`refineThreshold`, `refineMargin`).
 *
 * @example
 * trackSlots([mod2016, mod2017], resolveTrackOptions()).positions[1] //=> [{ readout: 0, statements: [2] }, { readout: 1, statements: [3] }]
 */
export function trackSlots(readouts: readonly Readout[], options: ResolvedTrackOptions): TrackResult {
  // One IDF table for the whole series, as prepareBoth builds one for both sides of a comparison.
  const saliences = readouts.map((r) => r.statements.map((s) => stemSalience(s.normalized)));
  const idf = idfTable(
    options.corpus,
    saliences.flatMap((list) => list.map((m) => m.keys())),
  );
  const features = readouts.map((r, k) => r.statements.map((_, i) => featuresOf(saliences[k]![i]!, idf)));

  const tracks: Track[] = [];
  const joins: Join[] = [];
  const postings = new Map<string, number[]>();
  const index = (t: number, f: StatementFeatures): void => {
    const track = tracks[t]!;
    for (const stem of f.weights.keys()) {
      if (track.indexed.has(stem)) continue;
      track.indexed.add(stem);
      const list = postings.get(stem);
      if (list) list.push(t);
      else postings.set(stem, [t]);
    }
  };

  readouts.forEach((readout, k) => {
    const own = features[k]!;
    const items = readout.statements.flatMap((s, i) => (s.kind === 'position' ? [i] : []));
    const assigned = new Map<number, number>(); // statement index → track
    const taken = new Map<number, number[]>(); // track → statement indexes in this readout

    const join = (t: number, i: number, via: Join['via'], score: number): void => {
      joins.push({ readout: k, statement: i, position: t, via, score });
      assigned.set(i, t);
      const list = taken.get(t);
      if (list) list.push(i);
      else taken.set(t, [i]);
    };

    if (tracks.length > 0 && items.length > 0) {
      const near = nearestTracks(items, own, tracks.length, postings);
      // The pool: every position while it is small (exactly what compareReadouts would align), else
      // the positions the stem index proposes, in order of first appearance.
      const pool =
        tracks.length <= WHOLE_POOL || k === 1
          ? tracks.map((_, t) => t)
          : [...new Set(items.flatMap((_, n) => near[n]!))].sort((a, b) => a - b);
      const before: Prepared[] = pool.map((t) => ({ statement: latestStatement(readouts, tracks[t]!), features: tracks[t]!.latest }));
      const after: Prepared[] = items.map((i) => ({ statement: readout.statements[i]!, features: own[i]! }));
      for (const group of alignStatements(before, after, options)) {
        const candidates = group.before.map((b) => pool[b]!);
        for (const a of group.after) {
          const i = items[a]!;
          // A merge (one statement restating several positions) goes to the position it restates
          // most: a statement belongs to one position.
          const score = (t: number): number => similarity(tracks[t]!.latest, own[i]!);
          const t = candidates.reduce((best, c) => (score(c) > score(best) ? c : best));
          // A position the previous readout stated is linked exactly as compareReadouts links the two
          // readouts (splits and merges included). A position back after a gap must be close on its
          // own: a pool of every position ever seen offers many loose partners.
          const track = tracks[t]!;
          const consecutive = track.slots[track.slots.length - 1]!.readout === k - 1;
          if (!consecutive && score(t) < options.reinstateThreshold) continue;
          join(t, i, 'align', score(t));
        }
      }

      // Statements the alignment left alone may join a position no statement of this readout took,
      // through one of its earlier wordings (a formula that returns in an older form), best first.
      const proposals: { t: number; i: number; score: number }[] = [];
      items.forEach((i, n) => {
        if (assigned.has(i)) return;
        for (const t of near[n]!) {
          const track = tracks[t]!;
          if (taken.has(t)) continue;
          let score = 0;
          for (let h = track.history.length - 1; h >= Math.max(0, track.history.length - HISTORY_DEPTH); h--) {
            score = Math.max(score, similarity(track.history[h]!, own[i]!));
          }
          if (score >= options.historyThreshold) proposals.push({ t, i, score });
        }
      });
      proposals.sort((x, y) => y.score - x.score || x.i - y.i || x.t - y.t);
      for (const { t, i, score } of proposals) {
        if (assigned.has(i) || taken.has(t)) continue;
        join(t, i, 'history', score);
      }
    }

    for (const i of items) {
      if (assigned.has(i)) continue;
      tracks.push({ slots: [], latest: own[i]!, history: [], latestText: '', historyTexts: [], indexed: new Set() });
      join(tracks.length - 1, i, 'new', 0);
    }

    for (const [t, list] of taken) {
      const track = tracks[t]!;
      list.sort((a, b) => a - b);
      const text = list.map((i) => readout.statements[i]!.normalized.toLowerCase()).join(' ');
      if (track.slots.length > 0 && !track.historyTexts.includes(track.latestText) && track.latestText !== text) {
        track.history.push(track.latest);
        track.historyTexts.push(track.latestText);
      }
      track.latestText = text;
      track.slots.push({ readout: k, statements: list });
      const parts = list.map((i) => own[i]!);
      track.latest = parts.length === 1 ? parts[0]! : unionFeatures(parts);
      for (const f of parts) index(t, f);
    }
    options.onProgress?.(k + 1, readouts.length);
  });

  const positions = readouts.length >= 3 ? refine(tracks.map((t) => t.slots), features, postings, options) : tracks.map((t) => t.slots);
  return { readouts: [...readouts], positions, features, joins };
}

function latestStatement(readouts: readonly Readout[], track: Track): Statement {
  const slot = track.slots[track.slots.length - 1]!;
  return readouts[slot.readout]!.statements[slot.statements[0]!]!;
}

/**
 * For each statement, the positions sharing the most stem weight with it, best first, through the
 * inverted index; a stem listed for very many positions proposes only the most recent of them.
 */
function nearestTracks(items: readonly number[], own: readonly StatementFeatures[], trackCount: number, postings: ReadonlyMap<string, number[]>): number[][] {
  const shared = new Float64Array(trackCount);
  const touched: number[] = [];
  return items.map((i) => {
    for (const [stem, w] of own[i]!.weights) {
      const list = postings.get(stem);
      if (!list) continue;
      for (let p = list.length - 1; p >= Math.max(0, list.length - MAX_POSTING); p--) {
        const t = list[p]!;
        if (shared[t] === 0) touched.push(t);
        shared[t] = (shared[t] ?? 0) + w;
      }
    }
    touched.sort((x, y) => (shared[y] ?? 0) - (shared[x] ?? 0) || x - y);
    const out = touched.slice(0, NEAREST);
    for (const t of touched) shared[t] = 0;
    touched.length = 0;
    return out;
  });
}

/**
 * Follows positions through a series of readouts: the statements that state the same position
 * are chained across readouts (also across a gap, as `reinstated`), each position with a label,
 * its occurrences and their changes, and its status in the latest readout; with recurring phrases
 * and alerts for the latest readout.
 *
 * Readouts are ordered by date (stably; the given order when they have none). The timeline of two
 * readouts links the same statements as `compareReadouts` of the same two (a merge goes to the
 * position it restates most).
 *
 * @param readouts - texts or parsed readouts, in any order
 * @param options - the alignment options of `compareReadouts`, plus the tracking options
 * @example
 * trackPositions([
 *   'The Ministers reiterated the importance of peace and stability of the Taiwan Strait.',
 *   'The Ministers reiterated the importance of peace and stability across the Taiwan Strait.',
 * ]).positions[0].occurrences.map((o) => o.change)
 * //=> ['first', 'reworded']
 */
export function trackPositions(readouts: readonly (Readout | string)[], options: TrackOptions = {}): Timeline {
  if (!Array.isArray(readouts)) throw new ReadoutError('INVALID_INPUT', 'trackPositions takes a list of readouts');
  const resolved = resolveTrackOptions(options);
  const ordered = orderByDate(readouts.map(toReadout));
  const result = trackSlots(ordered, resolved);
  return timelineFrom(result, resolved);
}

/** Builds the public Timeline from tracked slots. */
function timelineFrom(result: TrackResult, options: ResolvedTrackOptions): Timeline {
  const { readouts, features } = result;
  const rid = (k: number): string => `r${k + 1}`;
  const timelineReadouts: TimelineReadout[] = readouts.map((r, k) => ({
    id: rid(k),
    title: r.title,
    date: r.date,
    issuer: r.issuer,
    statements: r.statements.length,
  }));
  const last = readouts.length - 1;
  const positions: Position[] = result.positions.map((slots, p) => {
    const occurrences: Occurrence[] = [];
    slots.forEach((slot, j) => {
      const statements = slot.statements.map((i) => readouts[slot.readout]!.statements[i]!);
      const previous = j === 0 ? null : slots[j - 1]!;
      for (const [n, statement] of statements.entries()) {
        const base = { readout: rid(slot.readout), statement: statement.id, text: statement.text };
        if (previous === null) {
          occurrences.push({ ...base, change: 'first', shifts: [], similarity: 1, significance: 'none' });
          continue;
        }
        const earlier = previous.statements.map((i) => readouts[previous.readout]!.statements[i]!);
        const earlierFeatures = previous.statements.map((i) => features[previous.readout]![i]!);
        const score = similarity(earlierFeatures.length === 1 ? earlierFeatures[0]! : unionFeatures(earlierFeatures), features[slot.readout]![slot.statements[n]!]!);
        const change = changeFor(earlier, [statement], score, false);
        const gap = slot.readout > previous.readout + 1;
        const same = change.type === 'unchanged';
        occurrences.push({
          ...base,
          change: gap ? 'reinstated' : same ? 'unchanged' : 'reworded',
          shifts: change.shifts,
          similarity: same ? 1 : change.similarity,
          significance: change.significance,
        });
      }
    });
    const first = slots[0]!;
    const latest = slots[slots.length - 1]!;
    const status = latest.readout !== last ? 'absent' : first.readout === last ? 'new' : 'present';
    const latestStatementOf = readouts[latest.readout]!.statements[latest.statements[0]!]!;
    const weights = slots.flatMap((slot) => slot.statements.map((i) => features[slot.readout]![i]!));
    return {
      id: `p${p + 1}`,
      label: positionLabel(latestStatementOf.normalized, weights),
      occurrences,
      firstSeen: rid(first.readout),
      lastSeen: rid(latest.readout),
      status,
    };
  });
  const phrases = phrasesOf(readouts, timelineReadouts, options.maxPhrases);
  return { schemaVersion: 1, readouts: timelineReadouts, positions, phrases, alerts: alertsFor(timelineReadouts, positions, options) };
}

/** How many of a position's statements a statement is compared with when positions are refined (the most recent). */
const REFINE_MEMBERS = 8;

/**
 * Second look at the whole series: a statement moves to another position when it matches that
 * position's statements (in other readouts) clearly better than its own position's, and that
 * position is not already stated in its readout. Chaining one readout after another sees only
 * what came before; this sees what came after too ("strengthen the Alliance capabilities to deter
 * and respond" in 2021 belongs with its 2024 restatements, not with the 2018 sentence the 2021
 * readout happened to follow).
 */
function refine(initial: Slot[][], features: StatementFeatures[][], postings: ReadonlyMap<string, number[]>, options: ResolvedTrackOptions): Slot[][] {
  const members: { readout: number; statement: number }[][] = initial.map((slots) => slots.flatMap((slot) => slot.statements.map((statement) => ({ readout: slot.readout, statement }))));
  const positionOf = new Map<string, number>();
  members.forEach((list, p) => list.forEach((m) => positionOf.set(`${m.readout}:${m.statement}`, p)));
  const scoreWith = (f: StatementFeatures, readout: number, statement: number, p: number): number => {
    let best = 0;
    const list = members[p]!;
    for (let n = list.length - 1, seen = 0; n >= 0 && seen < REFINE_MEMBERS; n--) {
      const m = list[n]!;
      if (m.readout === readout) continue;
      seen++;
      best = Math.max(best, similarity(f, features[m.readout]![m.statement]!));
    }
    return best;
  };
  for (let round = 0; round < 2; round++) {
    let moved = 0;
    for (const [key, p] of [...positionOf]) {
      const [readout, statement] = key.split(':').map(Number) as [number, number];
      const f = features[readout]![statement]!;
      const current = scoreWith(f, readout, statement, p);
      const near = nearestTracks([0], [f], members.length, postings)[0] ?? [];
      let best = -1;
      let bestScore = 0;
      for (const q of near) {
        if (q === p || members[q]!.length === 0 || members[q]!.some((m) => m.readout === readout)) continue;
        const score = scoreWith(f, readout, statement, q);
        if (score > bestScore) {
          best = q;
          bestScore = score;
        }
      }
      if (best < 0 || bestScore < options.refineThreshold || bestScore < current + options.refineMargin) continue;
      members[p] = members[p]!.filter((m) => !(m.readout === readout && m.statement === statement));
      members[best]!.push({ readout, statement });
      members[best]!.sort((a, b) => a.readout - b.readout || a.statement - b.statement);
      positionOf.set(key, best);
      moved++;
    }
    if (moved === 0) break;
  }
  // Positions in order of first appearance, each as slots.
  return members
    .filter((list) => list.length > 0)
    .sort((a, b) => a[0]!.readout - b[0]!.readout || a[0]!.statement - b[0]!.statement)
    .map((list) => {
      const slots: Slot[] = [];
      for (const m of list) {
        const last = slots[slots.length - 1];
        if (last && last.readout === m.readout) last.statements.push(m.statement);
        else slots.push({ readout: m.readout, statements: [m.statement] });
      }
      return slots;
    });
}
