import { alignStatements, unionFeatures } from '../compare/align.js';
import { changeFor } from '../compare/classify.js';
import { weighStatements } from '../compare/prepare.js';
import type { Prepared } from '../compare/prepare.js';
import { ReadoutError } from '../errors.js';
import { toReadout } from '../parse/index.js';
import { similarity } from '../similarity/index.js';
import type { StatementFeatures } from '../similarity/index.js';
import type { Occurrence, Position, Readout, Timeline, TimelineReadout } from '../types.js';
import { alertsFor } from './alerts.js';
import { positionLabel } from './label.js';
import { resolveTrackOptions } from './options.js';
import type { ResolvedTrackOptions, TrackOptions } from './options.js';
import { phrasesOf } from './phrases.js';
import { canSplitWith } from './split.js';

/** One readout's statements of one position: indexes into `Readout.statements`, ascending. */
export interface Slot {
  readout: number;
  statements: number[];
}

/** A position while the series is read: where it occurs and the wordings it has had. */
interface Track {
  slots: Slot[];
  /** Its distinct wordings (one per readout that stated it, a split read as one), oldest first. */
  wordings: StatementFeatures[];
  wordingTexts: string[];
  /** Stems already in the inverted index for this track. */
  indexed: Set<string>;
}

/** The tracks found for a series, before they become `Position`s: used by the scorer too. */
export interface TrackResult {
  readouts: Readout[];
  /** For each position, in order of first appearance, its slots in date order. */
  positions: Slot[][];
  features: StatementFeatures[][];
}

/** How many candidate positions each statement takes from the stem index: for earlier wordings and the last pass. */
const NEAREST = 8;
/** A stem listed for more positions than this only proposes the most recent of them. */
const MAX_POSTING = 256;
/** How many wordings of a position (the most recent) a statement is compared with. */
const HISTORY_DEPTH = 8;

/** The readout at `index` (from 0) of a series, as `toReadout` takes it: named "readout 1", … in the error. */
export function seriesReadout(input: Readout | string, index: number): Readout {
  return toReadout(input, `readout ${index + 1}`);
}

/**
 * The `Timeline.readouts` entries of readouts in date order: ids `r1`, `r2`, … in that order.
 *
 * @example
 * timelineReadoutsOf([parseReadout('The Ministers met.')])[0].id //=> 'r1'
 */
export function timelineReadoutsOf(readouts: readonly Readout[]): TimelineReadout[] {
  return readouts.map((r, k) => ({ id: `r${k + 1}`, title: r.title, date: r.date, issuer: r.issuer, statements: r.statements.length }));
}

/** The features of a wording: a statement's own, or the union of a split's. */
function wordingOf(parts: readonly StatementFeatures[]): StatementFeatures {
  return parts.length === 1 ? parts[0]! : unionFeatures(parts);
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
 * The statements are weighed as `compareReadouts` weighs them (`weighStatements`, over the whole
 * series). Each readout is then compared with the previous one exactly as `compareReadouts`
 * compares them (same alignment, same options): a statement linked to a statement of the previous
 * readout joins that statement's position. A statement the comparison leaves alone may join,
 * best first, a position no statement of its readout took: through that position's latest wording
 * when the previous readout did not state it (a position back after a gap), or through an earlier
 * wording (a formula that returns in an older form), at `reinstateThreshold` or more. What is still
 * alone starts a new position. With three readouts or more, a last pass moves a statement to the
 * position whose statements it fits clearly better (`refineThreshold`, `refineMargin`), also
 * beside its neighbour in the same paragraph when the two state one position (a split).
 *
 * @example
 * trackSlots([mod2016, mod2017], resolveTrackOptions()).positions[1] //=> [{ readout: 0, statements: [2] }, { readout: 1, statements: [3] }]
 */
export function trackSlots(readouts: readonly Readout[], options: ResolvedTrackOptions): TrackResult {
  // One weighting for the whole series, as compareReadouts weighs the two sides of a comparison.
  const features = weighStatements(
    readouts.map((r) => r.statements),
    options.corpus,
  );

  const tracks: Track[] = [];
  const postings = new Map<string, number[]>();
  // Statement index → track, per readout (-1 for context statements).
  const trackOf: number[][] = [];
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
  const positionsOf = (k: number): number[] => readouts[k]!.statements.flatMap((s, i) => (s.kind === 'position' ? [i] : []));
  const prepared = (r: number, list: readonly number[]): Prepared[] => list.map((i) => ({ statement: readouts[r]!.statements[i]!, features: features[r]![i]! }));
  // The position statements of the previous readout, and the same prepared for the comparison.
  let previous: number[] = [];
  let previousPrepared: Prepared[] = [];

  readouts.forEach((readout, k) => {
    const own = features[k]!;
    const items = positionsOf(k);
    const itemsPrepared = prepared(k, items);
    const assigned = new Map<number, number>(); // statement index → track
    const taken = new Map<number, number[]>(); // track → statement indexes in this readout

    const join = (t: number, i: number): void => {
      assigned.set(i, t);
      const list = taken.get(t);
      if (list) list.push(i);
      else taken.set(t, [i]);
    };

    if (k > 0 && items.length > 0) {
      // 1. The comparison of the previous readout with this one, as compareReadouts makes it.
      for (const group of alignStatements(previousPrepared, itemsPrepared, options, { mutualBest: true })) {
        for (const a of group.after) {
          const i = items[a]!;
          // A merge (one statement restating several positions) goes to the position it restates
          // most: a statement belongs to one position.
          let best = group.before[0]!;
          let bestScore = -1;
          for (const b of group.before) {
            const score = similarity(features[k - 1]![previous[b]!]!, own[i]!);
            if (score > bestScore) [best, bestScore] = [b, score];
          }
          join(trackOf[k - 1]![previous[best]!]!, i);
        }
      }

      // 2. Statements the comparison left alone may join a position no statement of this readout
      // took: one the previous readout did not state (back after a gap), through any of its recent
      // wordings, or one it did state, through an earlier wording (the comparison already weighed
      // the latest one). Best first, one statement per position.
      const free = items.filter((i) => !assigned.has(i));
      const near = nearestTracks(free.map((i) => own[i]!), tracks.length, postings);
      const proposals: { t: number; i: number; score: number }[] = [];
      free.forEach((i, n) => {
        for (const t of near[n]!) {
          if (taken.has(t)) continue;
          const track = tracks[t]!;
          const stated = track.slots[track.slots.length - 1]!.readout === k - 1;
          const last = track.wordings.length - (stated ? 2 : 1);
          let score = 0;
          for (let h = last; h >= Math.max(0, track.wordings.length - HISTORY_DEPTH); h--) score = Math.max(score, similarity(track.wordings[h]!, own[i]!));
          if (score >= options.reinstateThreshold) proposals.push({ t, i, score });
        }
      });
      proposals.sort((x, y) => y.score - x.score || x.i - y.i || x.t - y.t);
      for (const { t, i } of proposals) {
        if (assigned.has(i) || taken.has(t)) continue;
        join(t, i);
      }
    }

    for (const i of items) {
      if (assigned.has(i)) continue;
      tracks.push({ slots: [], wordings: [], wordingTexts: [], indexed: new Set() });
      join(tracks.length - 1, i);
    }

    const of = readout.statements.map(() => -1);
    for (const [t, list] of taken) {
      const track = tracks[t]!;
      list.sort((a, b) => a - b);
      for (const i of list) of[i] = t;
      track.slots.push({ readout: k, statements: list });
      const parts = list.map((i) => own[i]!);
      const text = list.map((i) => readout.statements[i]!.normalized.toLowerCase()).join(' ');
      // The latest wording last; an earlier identical wording is not kept twice.
      const again = track.wordingTexts.indexOf(text);
      if (again >= 0) {
        track.wordings.splice(again, 1);
        track.wordingTexts.splice(again, 1);
      }
      track.wordings.push(wordingOf(parts));
      track.wordingTexts.push(text);
      for (const f of parts) index(t, f);
    }
    trackOf.push(of);
    previous = items;
    previousPrepared = itemsPrepared;
    options.onProgress?.(k + 1, readouts.length);
  });

  const positions = readouts.length >= 3 ? refine(tracks.map((t) => t.slots), readouts, features, postings, options) : tracks.map((t) => t.slots);
  return { readouts: [...readouts], positions, features };
}

/**
 * For each statement, the positions sharing the most stem weight with it, best first (ties to the
 * lower index), through the inverted index; a stem listed for very many positions proposes only the
 * most recent of them.
 */
function nearestTracks(statements: readonly StatementFeatures[], trackCount: number, postings: ReadonlyMap<string, number[]>): number[][] {
  // The weight shared with each track: only the tracks touched by a statement are non-zero, and
  // they are zeroed again before the next statement.
  const shared = new Float64Array(trackCount);
  const touched: number[] = [];
  // `forEach`, not `for...of`: no [stem, weight] array per entry, for every statement of the series.
  const add = (w: number, stem: string): void => {
    const list = postings.get(stem);
    if (!list) return;
    for (let p = list.length - 1; p >= Math.max(0, list.length - MAX_POSTING); p--) {
      const t = list[p]!;
      if (shared[t] === 0) touched.push(t);
      shared[t] = shared[t]! + w;
    }
  };
  return statements.map((f) => {
    f.weights.forEach(add);
    const out = topTracks(touched, shared);
    for (const t of touched) shared[t] = 0;
    touched.length = 0;
    return out;
  });
}

/**
 * The first `NEAREST` tracks of `touched` in the order of their shared weight, descending, then of
 * their index, ascending: what sorting `touched` and keeping its head gives, by insertion into the
 * head alone.
 */
function topTracks(touched: readonly number[], shared: Float64Array): number[] {
  const before = (x: number, y: number): boolean => (shared[y]! - shared[x]! || x - y) < 0;
  const top: number[] = [];
  for (const t of touched) {
    let at = top.length;
    while (at > 0 && before(t, top[at - 1]!)) at--;
    if (at >= NEAREST) continue;
    top.splice(at, 0, t);
    if (top.length > NEAREST) top.pop();
  }
  return top;
}

/**
 * Follows positions through a series of readouts: the statements that state the same position
 * are chained across readouts (also across a gap, as `reinstated`), each position with a label,
 * its occurrences and their changes, and its status in the latest readout; with recurring phrases
 * and alerts for the latest readout.
 *
 * Readouts are ordered by date (stably; the given order when they have none). The timeline of two
 * readouts links the same statements as `compareReadouts` of the same two with the same options,
 * defaults included (a merge goes to the position it restates most); the tracking options act
 * from the third readout on.
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
  const ordered = orderByDate(readouts.map(seriesReadout));
  const result = trackSlots(ordered, resolved);
  return timelineFrom(result, resolved);
}

/** Builds the public Timeline from tracked slots. */
function timelineFrom(result: TrackResult, options: ResolvedTrackOptions): Timeline {
  const { readouts, features } = result;
  const rid = (k: number): string => `r${k + 1}`;
  const timelineReadouts = timelineReadoutsOf(readouts);
  const last = readouts.length - 1;
  const positions: Position[] = result.positions.map((slots, p) => {
    const occurrences: Occurrence[] = [];
    slots.forEach((slot, j) => {
      const statements = slot.statements.map((i) => readouts[slot.readout]!.statements[i]!);
      if (j === 0) {
        for (const statement of statements) {
          occurrences.push({ readout: rid(slot.readout), statement: statement.id, text: statement.text, change: 'first', shifts: [], similarity: 1, significance: 'none' });
        }
        return;
      }
      const previous = slots[j - 1]!;
      const earlier = previous.statements.map((i) => readouts[previous.readout]!.statements[i]!);
      const earlierWording = wordingOf(previous.statements.map((i) => features[previous.readout]![i]!));
      const gap = slot.readout > previous.readout + 1;
      for (const [n, statement] of statements.entries()) {
        const base = { readout: rid(slot.readout), statement: statement.id, text: statement.text };
        const score = similarity(earlierWording, features[slot.readout]![slot.statements[n]!]!);
        const change = changeFor(earlier, [statement], score, false);
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

/** How many of a position's statements (the most recent) a statement is compared with when positions are refined. */
const REFINE_MEMBERS = 8;

/** A statement of a position in the last pass: its readout and its index in that readout. */
interface Member {
  readout: number;
  statement: number;
}

/**
 * A position's statements per readout, from its members in order (readout, then statement).
 *
 * @example
 * statementsByReadout([{ readout: 0, statement: 2 }, { readout: 3, statement: 1 }, { readout: 3, statement: 2 }]) //=> Map { 0 => [2], 3 => [1, 2] }
 */
function statementsByReadout(members: readonly Member[]): Map<number, number[]> {
  const byReadout = new Map<number, number[]>();
  for (const { readout, statement } of members) {
    const list = byReadout.get(readout);
    if (list) list.push(statement);
    else byReadout.set(readout, [statement]);
  }
  return byReadout;
}

/**
 * How well a statement fits a position, from its similarities with the position's statements
 * (in other readouts): the mean of the best one and the average. The average alone lets a
 * position's older, drifted wordings outvote the one the statement restates; the best alone lets
 * one loosely similar member pull a statement into a position whose other statements say
 * something else.
 *
 * @example
 * fitOf([0.6, 0.2, 0.1]) //=> 0.45
 * fitOf([]) //=> 0
 */
export function fitOf(similarities: readonly number[]): number {
  if (similarities.length === 0) return 0;
  let best = 0;
  let sum = 0;
  for (const v of similarities) {
    best = Math.max(best, v);
    sum += v;
  }
  return (best + sum / similarities.length) / 2;
}

/**
 * Where a new key goes in a sorted list of distinct keys: the first index whose key is greater,
 * `compare(n)` being the key at `n` minus the new key (negative when it is smaller).
 *
 * @example
 * insertionPoint(3, (n) => [1, 4, 9][n]! - 5) //=> 2
 */
function insertionPoint(length: number, compare: (n: number) => number): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compare(mid) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Second look at the whole series: a statement moves to another position when it fits that
 * position's statements (in other readouts, the most recent; `fitOf`) clearly better than its own
 * position's, and that position does not already hold a statement of its readout, unless that
 * statement is its neighbour in the same paragraph (a position stated in two sentences:
 * `canSplitWith`). Chaining one readout after another sees only what came before; this sees what
 * came after too ("strengthen the Alliance capabilities to deter and respond" in 2021 belongs with
 * its 2024 restatements, not with the 2018 sentence the 2021 readout happened to follow).
 */
function refine(initial: Slot[][], readouts: readonly Readout[], features: StatementFeatures[][], postings: ReadonlyMap<string, number[]>, options: ResolvedTrackOptions): Slot[][] {
  const members: Member[][] = initial.map((slots) => slots.flatMap((slot) => slot.statements.map((statement) => ({ readout: slot.readout, statement }))));
  // Each position's statements per readout, ascending: what `open` looks at, without going
  // through the position's members (a long-lived position has some in every readout).
  const held = members.map(statementsByReadout);
  const scoreWith = (f: StatementFeatures, readout: number, p: number): number => {
    const similarities: number[] = [];
    const list = members[p]!;
    for (let n = list.length - 1; n >= 0 && similarities.length < REFINE_MEMBERS; n--) {
      const m = list[n]!;
      if (m.readout !== readout) similarities.push(similarity(f, features[m.readout]![m.statement]!));
    }
    return fitOf(similarities);
  };
  // Whether position q may take the statement: no statement of its readout, or only its split partners.
  const open = (q: number, readout: number, statement: number): boolean => {
    const statements = readouts[readout]!.statements;
    return canSplitWith(statements[statement]!, (held[q]!.get(readout) ?? []).map((i) => statements[i]!));
  };
  // Moves a statement from one position to another, keeping both orders (members by readout
  // then statement, held statements ascending; a statement is in one position only).
  const move = (member: Member, from: number, to: number): void => {
    const { readout, statement } = member;
    const source = members[from]!;
    source.splice(source.findIndex((m) => m.readout === readout && m.statement === statement), 1);
    const target = members[to]!;
    target.splice(insertionPoint(target.length, (n) => target[n]!.readout - readout || target[n]!.statement - statement), 0, member);
    const left = held[from]!.get(readout)!;
    left.splice(left.indexOf(statement), 1);
    const joined = held[to]!.get(readout);
    if (joined) joined.splice(insertionPoint(joined.length, (n) => joined[n]! - statement), 0, statement);
    else held[to]!.set(readout, [statement]);
  };
  // One pass, each statement judged once, in order, against the positions as they stand. A
  // second pass would move again the statements that the first left alone in their position
  // (their partners moved out): alone, a statement has no fit of its own to defend, and any
  // position above the threshold takes it, which on the series gold added wrong groupings at
  // every threshold tried (tests/fixtures/timeline/README.md).
  const order = members.flatMap((list, p) => list.map((m) => ({ m, p })));
  // The candidate positions of every statement at once: the stem index does not change here.
  const near = nearestTracks(order.map(({ m }) => features[m.readout]![m.statement]!), members.length, postings);
  order.forEach(({ m, p }, n) => {
    const f = features[m.readout]![m.statement]!;
    const current = scoreWith(f, m.readout, p);
    let best = -1;
    let bestScore = 0;
    for (const q of near[n]!) {
      if (q === p || members[q]!.length === 0 || !open(q, m.readout, m.statement)) continue;
      const score = scoreWith(f, m.readout, q);
      if (score > bestScore) {
        best = q;
        bestScore = score;
      }
    }
    if (best < 0 || bestScore < options.refineThreshold || bestScore < current + options.refineMargin) return;
    move(m, p, best);
  });
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
