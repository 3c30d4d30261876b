/**
 * Synthetic readout pairs with known edits, for the benchmark (issue 6).
 *
 * A pair is built from real readout sentences: the before readout is a seeded sample of them
 * (varied where a sentence is reused, so every sentence is distinct at 4,000 statements), and
 * the after readout applies known edits to it: drops, additions, rewordings (verb swapped,
 * intensifier added or removed, clause removed) and moves. The edits are returned as data, so the
 * alignment of any system can be scored against them.
 *
 * Everything is a pure function of the sentence pool and the seed: the same inputs give the same
 * texts, byte for byte.
 */

/** A seeded pseudo-random generator: mulberry32, returning floats in [0, 1). */
export type Random = () => number;

/**
 * A small, fast, seeded generator (mulberry32): deterministic across runs and platforms.
 *
 * @example
 * const r = seededRandom(1); [r(), r()] //=> the same two numbers on every run
 */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

/** Fisher-Yates, in place. */
export function shuffle<T>(random: Random, list: T[]): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}

// ---------------------------------------------------------------------------------------------
// Variation: making a reused sentence distinct (named entities and numbers drawn from lists)
// ---------------------------------------------------------------------------------------------

/** The months, in order: swapped in variants, and named in the date lines of bench/series.ts. */
export const MONTHS: readonly string[] = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Named entities a reused sentence may have swapped, by kind, so the swap stays grammatical. */
const ENTITIES: Record<string, readonly string[]> = {
  country: ['Japan', 'China', 'North Korea', 'Russia', 'Ukraine', 'Australia', 'India', 'Vietnam', 'Indonesia', 'Britain', 'France', 'Germany', 'Canada', 'New Zealand', 'Singapore', 'Thailand', 'Malaysia'],
  person: ['Hamada', 'Austin', 'Kishi', 'Kihara', 'Mattis', 'Onodera', 'Hayashi', 'Kamikawa', 'Blinken', 'Inada', 'Iwaya', 'Kono', 'Nakatani', 'Esper', 'Carter'],
  month: MONTHS,
};

/** Qualifiers of a reused sentence: a place and a time frame. */
const REGIONS: readonly string[] = [
  'the East China Sea', 'the South China Sea', 'the Korean Peninsula', 'the Pacific Islands', 'Southeast Asia', 'the Indian Ocean', 'the Arctic', 'the Middle East',
  'Europe', 'Okinawa', 'Guam', 'Hokkaido', 'Kyushu', 'the Nansei Islands', 'the Sea of Japan', 'the Taiwan Strait', 'the Yellow Sea', 'the Philippine Sea',
  'the Mekong region', 'the Bay of Bengal', 'the Strait of Malacca', 'Micronesia', 'the Solomon Islands', 'Papua New Guinea', 'Iwakuni', 'Yokosuka', 'Misawa',
];
const FRAMES: readonly string[] = [
  'this year', 'next year', 'in the coming months', 'over the next five years', 'by the end of the year', 'in the long term', 'in fiscal year 2025',
  'in fiscal year 2026', 'in fiscal year 2027', 'before the next ministerial meeting', 'through 2030', 'through 2035',
];

// "(?! Sea)": "the South China Sea" is a place, not China.
const wordPattern = (words: readonly string[]): RegExp => new RegExp(`\\b(${words.map((w) => w.replace(/[.]/g, '\\.')).join('|')})\\b(?! Sea)`, 'g');
const ENTITY_PATTERNS = Object.entries(ENTITIES).map(([kind, words]) => ({ kind, words, pattern: wordPattern(words) }));

/** How a variant opens: "With regard to Guam, the Ministers confirmed …". */
const TOPIC_OPENERS: readonly string[] = ['With regard to', 'Concerning', 'Regarding', 'As for'];

/** First words that stay lower case after an opener ("…, the Ministers"); names keep capitals. */
const LOWER_AFTER_OPENER = new Set(['The', 'They', 'Both', 'Moreover', 'Furthermore', 'In', 'On', 'At', 'Also', 'It', 'This', 'These', 'He', 'She', 'We', 'Further', 'Additionally', 'Finally', 'First', 'Second', 'Third', 'As', 'With']);

/**
 * A variant of a real sentence: each named entity, month and number swapped for another of its
 * kind, a place put in front ("With regard to Guam, …") and a time frame added before the final
 * punctuation, so that variants of one sentence differ in content words (what an aligner must
 * tell apart), not only in punctuation, and still differ once a rewording cuts their last clause.
 *
 * @param place - the place to put in front; default one drawn from the list
 * @example
 * varySentence('The Ministers welcomed the outcome.', seededRandom(3))
 * //=> 'Concerning Guam, the Ministers welcomed the outcome through 2030.' (words depend on the seed)
 */
export function varySentence(sentence: string, random: Random, place?: string): string {
  let out = sentence;
  for (const { words, pattern } of ENTITY_PATTERNS) out = out.replace(pattern, () => pick(random, words));
  // "2023" → another year, "75 minutes" → another count.
  out = out.replace(/\b(19|20)\d\d\b/g, () => String(2010 + Math.floor(random() * 20)));
  out = out.replace(/\b(?<![\d.,])\d{1,3}(?![\d.,]\d)\b/g, (n) => String(1 + Math.floor(random() * (n.length === 1 ? 9 : 99))));
  const first = /^[A-Za-z]+/.exec(out)?.[0] ?? '';
  if (LOWER_AFTER_OPENER.has(first)) out = out[0]!.toLowerCase() + out.slice(1);
  out = `${pick(random, TOPIC_OPENERS)} ${place ?? pick(random, REGIONS)}, ${out}`;
  const end = /[.!?]["'”’)]*$/.exec(out);
  const at = end ? end.index : out.length;
  return `${out.slice(0, at)} ${pick(random, FRAMES)}${out.slice(at)}`;
}

// ---------------------------------------------------------------------------------------------
// Rewordings: each a small named function that returns the new sentence and what it changed,
// or null when the sentence gives it nothing to work on
// ---------------------------------------------------------------------------------------------

/** How a sentence was reworded. */
export type RewordKind = 'verb-swap' | 'intensifier-added' | 'intensifier-removed' | 'clause-removed';

/** A rewording: the new sentence, and the words removed (`from`) and inserted (`to`). */
export interface Rewording {
  text: string;
  from: string;
  to: string;
}

/** Speech-act verbs in the past tense and a replacement of similar meaning but other force. */
const VERB_SWAPS: Record<string, string> = {
  confirmed: 'reaffirmed',
  reconfirmed: 'confirmed',
  reaffirmed: 'confirmed',
  affirmed: 'reaffirmed',
  reiterated: 'stressed',
  welcomed: 'appreciated',
  appreciated: 'welcomed',
  concurred: 'agreed',
  agreed: 'concurred',
  emphasized: 'noted',
  stressed: 'emphasized',
  underscored: 'highlighted',
  highlighted: 'underscored',
  expressed: 'conveyed',
  conveyed: 'expressed',
  recognized: 'acknowledged',
  acknowledged: 'recognized',
  condemned: 'criticized',
  criticized: 'condemned',
  noted: 'recognized',
  committed: 'pledged',
  pledged: 'committed',
  shared: 'expressed',
  supported: 'endorsed',
  opposed: 'rejected',
  commended: 'welcomed',
};
const VERB_PATTERN = new RegExp(`\\b(${Object.keys(VERB_SWAPS).join('|')})\\b`);

/** Adverbs a rewording may put before the speech-act verb ("strongly condemned"). */
const ADDED_INTENSIFIERS: readonly string[] = ['strongly', 'firmly', 'fully'];

/** Intensifiers a rewording may remove; all lower case, never the sentence's first word. */
const REMOVABLE_INTENSIFIERS = /(?<=\S) (strongly|firmly|closely|further|fully|steadily|significantly|deeply|greatly|unwavering|ironclad|steadfast|resolutely|actively|seamlessly) (?=\S)/;

/** "The Ministers confirmed …" → "The Ministers reaffirmed …". */
export function swapVerb(sentence: string): Rewording | null {
  const m = VERB_PATTERN.exec(sentence);
  if (!m) return null;
  const to = VERB_SWAPS[m[1]!]!;
  return { text: sentence.slice(0, m.index) + to + sentence.slice(m.index + m[1]!.length), from: m[1]!, to };
}

/** "The Ministers condemned …" → "The Ministers strongly condemned …". */
export function addIntensifier(sentence: string, random: Random): Rewording | null {
  const m = VERB_PATTERN.exec(sentence);
  // "… strongly condemned" already has one: adding another would read as a typo.
  if (!m || /(ly|further) $/.test(sentence.slice(0, m.index))) return null;
  const word = pick(random, ADDED_INTENSIFIERS);
  return { text: `${sentence.slice(0, m.index)}${word} ${sentence.slice(m.index)}`, from: '', to: word };
}

/** "… work closely together …" → "… work together …". */
export function removeIntensifier(sentence: string): Rewording | null {
  const m = REMOVABLE_INTENSIFIERS.exec(sentence);
  if (!m) return null;
  return { text: `${sentence.slice(0, m.index)} ${sentence.slice(m.index + m[0].length)}`, from: m[1]!, to: '' };
}

/**
 * The last clause cut off: from the last ", and", ";", ", including", ", as well as" or
 * " and <verb>ed" to the final punctuation, when at least 8 words stay and 4 go.
 * "… deepened at an unprecedented level, and confirmed to expand training." → "… deepened at an unprecedented level."
 */
export function removeClause(sentence: string): Rewording | null {
  const end = /[.!?]["'”’)]*$/.exec(sentence);
  if (!end) return null;
  const body = sentence.slice(0, end.index);
  const cuts = [...body.matchAll(/(, and |; |, including |, as well as |, while | and (?=(?:also |further )?[a-z]+ed\b))/g)];
  for (const cut of cuts.reverse()) {
    const kept = body.slice(0, cut.index);
    const removed = body.slice(cut.index);
    const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;
    if (words(kept) >= 8 && words(removed) >= 4) return { text: kept + sentence.slice(end.index), from: removed, to: '' };
  }
  return null;
}

/** Applies the rewording of one kind, or null when the sentence gives it nothing to work on. */
export function reword(kind: RewordKind, sentence: string, random: Random): Rewording | null {
  switch (kind) {
    case 'verb-swap':
      return swapVerb(sentence);
    case 'intensifier-added':
      return addIntensifier(sentence, random);
    case 'intensifier-removed':
      return removeIntensifier(sentence);
    case 'clause-removed':
      return removeClause(sentence);
  }
}

export const REWORD_KINDS: readonly RewordKind[] = ['verb-swap', 'intensifier-added', 'intensifier-removed', 'clause-removed'];

// ---------------------------------------------------------------------------------------------
// The pair
// ---------------------------------------------------------------------------------------------

/** A known edit. Indexes point into `SyntheticPair.before.sentences` and `after.sentences`. */
export type SyntheticEdit =
  | { type: 'dropped'; before: number }
  | { type: 'added'; after: number }
  | { type: 'reworded'; kind: RewordKind; before: number; after: number; from: string; to: string }
  | { type: 'moved'; before: number; after: number };

/** A before or after sentence that stays: the gold link every aligner should find. */
export interface SyntheticLink {
  before: number;
  after: number;
  type: 'unchanged' | 'reworded';
  moved: boolean;
}

/** One side of a pair: the readout text and where each generated sentence sits in it. */
export interface SyntheticSide {
  text: string;
  sentences: string[];
  /** Offsets of `sentences[i]` in `text`: `text.slice(start, end) === sentences[i]`. */
  spans: { start: number; end: number }[];
}

export interface SyntheticPair {
  seed: number;
  size: number;
  before: SyntheticSide;
  after: SyntheticSide;
  /** Every before sentence that has an after partner, unchanged or not, in before order. */
  links: SyntheticLink[];
  edits: SyntheticEdit[];
}

/** Shares of the before sentences that each edit touches. */
export interface EditRates {
  dropped: number;
  /** Additions; equal to `dropped` by default so both sides have `size` statements. */
  added: number;
  reworded: number;
  moved: number;
}

export const DEFAULT_EDIT_RATES: Readonly<EditRates> = Object.freeze({ dropped: 0.05, added: 0.05, reworded: 0.1, moved: 0.03 });

export interface SyntheticOptions {
  /** Statements in the before readout. */
  size: number;
  seed: number;
  rates?: Partial<EditRates>;
}

/** Draws distinct sentences: each pool sentence once (in a seeded order), then variants. */
export interface Drawer {
  pool: readonly string[];
  random: Random;
  seen: Set<string>;
  queue: string[];
  round: number;
  /** The pool sentence each drawn sentence was made from. */
  baseOf: Map<string, string>;
  /** The places already put in front of variants of each pool sentence. */
  places: Map<string, Set<string>>;
}

/** A drawer that has drawn nothing yet, over the distinct sentences of `pool` (first occurrences, in order). */
export function newDrawer(pool: readonly string[], random: Random): Drawer {
  return { pool: [...new Set(pool)], random, seen: new Set(), queue: [], round: 0, baseOf: new Map(), places: new Map() };
}

/**
 * The next `count` sentences new to `drawer.seen`: the first round through the pool gives the
 * real sentences as they are, later rounds `varySentence` variants of them, each variant of one
 * sentence with its own place, so two variants always differ in a content word. Sentences made
 * from a pool sentence in `avoid` are skipped.
 */
export function draw(drawer: Drawer, count: number, avoid: ReadonlySet<string> = new Set()): string[] {
  const out: string[] = [];
  let misses = 0;
  const miss = (): void => {
    if (++misses > 20 * count + 1000) throw new Error('synthetic: the sentence pool is too small to draw distinct sentences');
  };
  while (out.length < count) {
    if (drawer.queue.length === 0) {
      drawer.queue = shuffle(drawer.random, [...drawer.pool]);
      drawer.round++;
    }
    const base = drawer.queue.pop()!;
    if (avoid.has(base)) {
      miss();
      continue;
    }
    let text = base;
    if (drawer.round > 1) {
      const used = drawer.places.get(base) ?? new Set<string>();
      const free = REGIONS.filter((r) => !used.has(r));
      if (free.length === 0) {
        miss();
        continue;
      }
      const place = pick(drawer.random, free);
      text = varySentence(base, drawer.random, place);
      // Another variant with this place can still repeat one drawn before: try other words.
      for (let k = 0; k < 5 && drawer.seen.has(text); k++) text = varySentence(base, drawer.random, place);
      if (!drawer.seen.has(text)) drawer.places.set(base, used.add(place));
    }
    if (drawer.seen.has(text)) {
      miss();
      continue;
    }
    drawer.seen.add(text);
    drawer.baseOf.set(text, base);
    out.push(text);
  }
  return out;
}

/** Share of shared words (Jaccard) from which two pool sentences state about the same thing. */
export const CLOSE = 0.4;

/** The words of a sentence of four letters or more, lower-cased. */
export function wordSet(sentence: string): Set<string> {
  return new Set(sentence.toLowerCase().match(/[a-z]{4,}/g) ?? []);
}

export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.max(1, a.size + b.size - shared);
}

/** The title line of every synthetic readout, of the pairs and of the series. */
export const SYNTHETIC_TITLE = 'Synthetic Defense Ministerial Meeting (Summary)';

/** Sections of about 8 paragraphs of 1 to 3 sentences each, under numbered headings, after a title and a date line. */
export function render(sentences: readonly string[], random: Random, title: string, date = 'June 1, 2023'): SyntheticSide {
  let text = `${title}\n\n${date}\n\nMinistry of Defense\n\n`;
  const spans: { start: number; end: number }[] = [];
  let section = 0;
  let paragraphs = 0;
  for (let i = 0; i < sentences.length; ) {
    if (paragraphs % 8 === 0) text += `${++section}. ${pick(random, SECTION_HEADINGS)}\n\n`;
    const n = 1 + Math.floor(random() * 3);
    const parts: string[] = [];
    for (let k = 0; k < n && i < sentences.length; k++, i++) {
      const start = text.length + parts.reduce((sum, p) => sum + p.length + 1, 0);
      spans.push({ start, end: start + sentences[i]!.length });
      parts.push(sentences[i]!);
    }
    text += `${parts.join(' ')}\n\n`;
    paragraphs++;
  }
  return { text, sentences: [...sentences], spans };
}

const SECTION_HEADINGS: readonly string[] = ['Regional affairs', 'Bilateral defense cooperation', 'Realignment of U.S. Forces', 'Multilateral cooperation', 'Defense equipment and technology', 'Space and cyber domains', 'Alliance coordination'];

/** Picks `count` indexes of `0..size-1` not in `taken`, marking them taken. */
function pickIndexes(random: Random, size: number, count: number, taken: Set<number>, fits: (i: number) => boolean = () => true): number[] {
  const out: number[] = [];
  for (const i of shuffle(random, Array.from({ length: size }, (_, k) => k))) {
    if (out.length >= count) break;
    if (taken.has(i) || !fits(i)) continue;
    taken.add(i);
    out.push(i);
  }
  return out.sort((x, y) => x - y);
}

/**
 * Builds a before readout of `size` real sentences and an after readout with known edits.
 *
 * @param pool - distinct real sentences (e.g. the statements of the corpus, parsed)
 * @example
 * const pair = syntheticPair(sentences, { size: 250, seed: 1 });
 * pair.edits.filter((e) => e.type === 'dropped').length //=> 13 (5% of 250, rounded)
 */
export function syntheticPair(pool: readonly string[], options: SyntheticOptions): SyntheticPair {
  const { size, seed } = options;
  const rates = { ...DEFAULT_EDIT_RATES, ...options.rates };
  if (pool.length === 0) throw new Error('synthetic: empty sentence pool');
  const random = seededRandom(seed ^ Math.imul(size, 0x9e3779b1));
  const drawer = newDrawer(pool, random);
  const seen = drawer.seen;
  const before = draw(drawer, size);

  const taken = new Set<number>();
  const dropped = pickIndexes(random, size, Math.round(rates.dropped * size), taken);
  // Rewordings cycle through the four kinds; each takes a sentence the kind applies to.
  const reworded = new Map<number, { kind: RewordKind } & Rewording>();
  const rewordCount = Math.round(rates.reworded * size);
  for (let k = 0; k < rewordCount; k++) {
    // When no sentence is left that this kind applies to, the next kind takes the slot.
    for (let t = 0; t < REWORD_KINDS.length; t++) {
      const kind = REWORD_KINDS[(k + t) % REWORD_KINDS.length]!;
      // pickIndexes stops at the first index that fits, so `last` ends as that index's rewording.
      let last = null as Rewording | null;
      const [i] = pickIndexes(random, size, 1, taken, (i) => {
        last = reword(kind, before[i]!, seededRandom(seed + i));
        return last !== null && !seen.has(last.text);
      });
      if (i === undefined) continue;
      const r = last!;
      seen.add(r.text);
      reworded.set(i, { kind, ...r });
      break;
    }
  }
  const moved = pickIndexes(random, size, Math.round(rates.moved * size), taken);
  // An addition is never a variant of a dropped sentence, nor of a pool sentence close to one
  // (readouts repeat their formulas): the two would be a rewording, and the known edits would
  // call it a drop and an addition.
  const droppedBases = dropped.map((i) => wordSet(drawer.baseOf.get(before[i]!)!));
  const avoid = new Set(drawer.pool.filter((base) => droppedBases.some((d) => overlap(wordSet(base), d) >= CLOSE)));
  const added = draw(drawer, Math.round(rates.added * size), avoid);

  // The after order: before minus drops, then each moved sentence re-inserted at least a tenth
  // of the document away, then additions at random places.
  type Slot = { before: number } | { added: number };
  const droppedSet = new Set(dropped);
  const movedSet = new Set(moved);
  const slots: Slot[] = [];
  for (let i = 0; i < size; i++) if (!droppedSet.has(i) && !movedSet.has(i)) slots.push({ before: i });
  const minDistance = Math.max(2, Math.floor(size / 10));
  for (const i of moved) {
    const home = slots.findIndex((s) => 'before' in s && s.before > i);
    const from = home < 0 ? slots.length : home;
    const choices = Array.from({ length: slots.length + 1 }, (_, k) => k).filter((k) => Math.abs(k - from) >= minDistance);
    const at = choices.length > 0 ? pick(random, choices) : from === 0 ? slots.length : 0;
    slots.splice(at, 0, { before: i });
  }
  added.forEach((_, k) => slots.splice(Math.floor(random() * (slots.length + 1)), 0, { added: k }));

  const afterSentences: string[] = [];
  const links: SyntheticLink[] = [];
  const edits: SyntheticEdit[] = dropped.map((i): SyntheticEdit => ({ type: 'dropped', before: i }));
  slots.forEach((slot, j) => {
    if ('added' in slot) {
      afterSentences.push(added[slot.added]!);
      edits.push({ type: 'added', after: j });
      return;
    }
    const i = slot.before;
    const r = reworded.get(i);
    afterSentences.push(r ? r.text : before[i]!);
    links.push({ before: i, after: j, type: r ? 'reworded' : 'unchanged', moved: movedSet.has(i) });
    if (r) edits.push({ type: 'reworded', kind: r.kind, before: i, after: j, from: r.from, to: r.to });
    if (movedSet.has(i)) edits.push({ type: 'moved', before: i, after: j });
  });
  links.sort((x, y) => x.before - y.before);

  const layout = seededRandom(seed + 7);
  return {
    seed,
    size,
    before: render(before, layout, SYNTHETIC_TITLE),
    after: render(afterSentences, layout, SYNTHETIC_TITLE),
    links,
    edits,
  };
}
