import type { Shift, Statement } from '../types.js';
import { isTypoFix } from './explain.js';
import {
  arePolarOpposites,
  compareVerbs,
  findIntensifiers,
  findModality,
  findNegations,
  equivalentKey,
  findTerms,
  isJointActor,
  modalityEntry,
  sameActor,
  speechActLemma,
} from '../lexicon/index.js';
import { hasWordInAnyCase, polarWordsIn } from '../lexicon/negation.js';

type Direction = Shift['direction'];

/** Words added (in `after` only) and removed (in `before` only), each list in first-seen order. */
function difference(before: readonly string[], after: readonly string[]): { removed: readonly string[]; added: readonly string[] } {
  // Most statements have no intensifier, modal or number on either side.
  if (before.length === 0 && after.length === 0) return NO_DIFFERENCE;
  const b = lowerCased(before);
  const a = lowerCased(after);
  return { removed: missingFrom(b, a), added: missingFrom(a, b) };
}

const NO_DIFFERENCE = Object.freeze({ removed: Object.freeze([]), added: Object.freeze([]) });

// Loops, not arrow functions passed to `map` or `filter`: every rewording of a comparison passes
// here, and a function made per call loses its optimized code at each full collection (src/shapes.ts).

function lowerCased(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const w of words) out.add(w.toLowerCase());
  return out;
}

/** The words of `from` not in `other`, in order. */
function missingFrom(from: ReadonlySet<string>, other: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const w of from) if (!other.has(w)) out.push(w);
  return out;
}

/** Shifts of one kind and direction: each word removed (`to` null) or added (`from` null). */
function wordShifts(kind: Shift['kind'], words: readonly string[], removed: boolean, direction: Direction, into: Shift[]): Shift[] {
  for (const w of words) into.push(removed ? { kind, from: w, to: null, direction } : { kind, from: null, to: w, direction });
  return into;
}

/** Words as runs of letters. Global: read it with `exec` from `lastIndex = 0`. */
const LETTERS = /\p{L}+/gu;

/** The first statement with a speech-act verb, or undefined. */
function firstWithVerb(statements: readonly Statement[]): Statement | undefined {
  for (const s of statements) if (s.verb) return s;
  return undefined;
}

/** A statement's speech-act verb as written: the first word that is a form of it (the verb is near the start). */
function verbAsWritten(s: Statement): string {
  const lemma = s.verb!;
  LETTERS.lastIndex = 0;
  for (let m = LETTERS.exec(s.normalized); m !== null; m = LETTERS.exec(s.normalized)) {
    if (speechActLemma(m[0]) === lemma) return m[0];
  }
  return lemma;
}

function verbShifts(before: readonly Statement[], after: readonly Statement[]): Shift[] {
  const a = firstWithVerb(before);
  const b = firstWithVerb(after);
  // Compared by lemma first: the verbs are looked for in the text only when they differ.
  if (!a || !b || a.verb === b.verb) return [];
  return [{ kind: 'verb', from: verbAsWritten(a), to: verbAsWritten(b), direction: compareVerbs(a.verb!, b.verb!) }];
}

function intensityShifts(before: string, after: string): Shift[] {
  const { removed, added } = difference(findIntensifiers(before), findIntensifiers(after));
  return wordShifts('intensity', added, false, 'stronger', wordShifts('intensity', removed, true, 'weaker', []));
}

/**
 * Which way a modality change goes, by the lexicon's entries (data/modality.json): a hedge ("as
 * appropriate", "consider") weakens a commitment when added and strengthens it when dropped; one
 * modal for another compares how binding each is ("would" → "will" is stronger); "continue to"
 * only says the position is not new, so it is neutral.
 */
function modalDirection(from: string | null, to: string | null): Direction {
  const f = from === null ? undefined : modalityEntry(from);
  const t = to === null ? undefined : modalityEntry(to);
  if (f?.kind === 'hedge') return to === null ? 'stronger' : 'neutral';
  if (t?.kind === 'hedge') return from === null ? 'weaker' : 'neutral';
  const fs = from === null ? 0 : f?.kind === 'modal' ? f.strength : 0;
  const ts = to === null ? 0 : t?.kind === 'modal' ? t.strength : 0;
  if ((from !== null && fs === 0) || (to !== null && ts === 0)) return 'neutral';
  return ts > fs ? 'stronger' : ts < fs ? 'weaker' : 'neutral';
}

function modalityShifts(before: string, after: string): Shift[] {
  const { removed, added } = difference(findModality(before), findModality(after));
  const shifts: Shift[] = [];
  // "would" → "will": one replacement, not a removal and an addition.
  const removedModal = modals(removed, true);
  const addedModal = modals(added, true);
  const pairs = Math.min(removedModal.length, addedModal.length);
  for (let i = 0; i < pairs; i++) {
    const from = removedModal[i] ?? null;
    const to = addedModal[i] ?? null;
    shifts.push({ kind: 'modality', from, to, direction: modalDirection(from, to) });
  }
  for (const w of [...removedModal.slice(pairs), ...modals(removed, false)]) {
    shifts.push({ kind: 'modality', from: w, to: null, direction: modalDirection(w, null) });
  }
  for (const w of [...addedModal.slice(pairs), ...modals(added, false)]) {
    shifts.push({ kind: 'modality', from: null, to: w, direction: modalDirection(null, w) });
  }
  return shifts;
}

/** The words that are modals (`modal` true) or that are not (false), in order. */
function modals(words: readonly string[], modal: boolean): string[] {
  const out: string[] = [];
  for (const w of words) if ((modalityEntry(w)?.kind === 'modal') === modal) out.push(w);
  return out;
}

function negationShifts(before: string, after: string): Shift[] {
  const shifts: Shift[] = [];
  const nb = findNegations(before);
  const na = findNegations(after);
  // A flip is an odd change in the number of negations: "does not support" ↔ "supports".
  if (nb.length % 2 !== na.length % 2) {
    shifts.push({ kind: 'negation', from: nb.join(' ') || null, to: na.join(' ') || null, direction: 'neutral' });
  }
  // "oppose" ↔ "support": a word dropped and its opposite added. Only words with a listed
  // opposite can be either side of such a pair: the words of the two texts are read in place,
  // and only those are made into strings.
  const polar = polarWordsIn(before);
  if (polar.length === 0) return shifts;
  const removed: string[] = [];
  for (const w of polar) if (!hasWordInAnyCase(after, w)) removed.push(w);
  if (removed.length === 0) return shifts;
  // Its opposite must have one too: the after side's words with an opposite that the before side lacks.
  const added: string[] = [];
  for (const w of polarWordsIn(after)) if (!hasWordInAnyCase(before, w)) added.push(w);
  for (const from of removed) {
    for (const to of added) {
      if (!arePolarOpposites(from, to)) continue;
      shifts.push({ kind: 'negation', from, to, direction: 'neutral' });
      break;
    }
  }
  return shifts;
}

function actorShifts(before: readonly Statement[], after: readonly Statement[]): Shift[] {
  const a = firstActor(before);
  const b = firstActor(after);
  // "Secretary Austin" and "Secretary of Defense Lloyd J. Austin III", or "The Ministers" and
  // "Both sides", hold the same position: only a change of holder is a shift.
  if (a === null || b === null || sameActor(a, b)) return [];
  const jointBefore = isJointActor(a);
  const jointAfter = isJointActor(b);
  // "The Ministers" → "Minister Hamada": a joint position now held by one side only.
  const direction: Direction = jointBefore && !jointAfter ? 'weaker' : !jointBefore && jointAfter ? 'stronger' : 'neutral';
  return [{ kind: 'actor', from: a, to: b, direction }];
}

/** The actor of the first statement that names one. */
function firstActor(statements: readonly Statement[]): string | null {
  for (const s of statements) if (s.actor) return s.actor;
  return null;
}

function termShifts(before: string, after: string): Shift[] {
  // Terms are quoted as the statements write them ("Japan Ministry of Defense"), and compared
  // folded, so that "DPRK" → "North Korea" is no term change. A term still present on the
  // other side inside a longer phrase ("peace and stability across the Taiwan Strait" →
  // "the Taiwan Strait") was not removed. Each side's terms are found once.
  const b = termSide(before);
  const a = termSide(after);
  const removed = termsMissingFrom(b, a);
  const added = termsMissingFrom(a, b);
  // A misspelt name put right ("Japannd" → "Japan") is a typo fixed, not a term swapped.
  for (let i = removed.length - 1; i >= 0; i--) {
    const j = typoFixOf(removed[i]!, added);
    if (j >= 0) {
      removed.splice(i, 1);
      added.splice(j, 1);
    }
  }
  return wordShifts('term', added, false, 'neutral', wordShifts('term', removed, true, 'neutral', []));
}

/** One side of a term comparison: its terms as written, their keys, and its whole text as a key between spaces. */
interface TermSide {
  terms: string[];
  keys: string[];
  text: string;
}

function termSide(text: string): TermSide {
  const terms = findTerms(text);
  const keys = new Array<string>(terms.length);
  for (let k = 0; k < terms.length; k++) keys[k] = equivalentKey(terms[k]!);
  return { terms, keys, text: ` ${equivalentKey(text)} ` };
}

/** The terms of `from` that `to` neither has nor holds inside a longer phrase. */
function termsMissingFrom(from: TermSide, to: TermSide): string[] {
  const otherTerms = new Set(to.keys);
  const out: string[] = [];
  for (let i = 0; i < from.terms.length; i++) {
    const key = from.keys[i]!;
    if (!otherTerms.has(key) && !to.text.includes(` ${key} `)) out.push(from.terms[i]!);
  }
  return out;
}

/** The index of the first added term that fixes a typo in `removed`, or -1. */
function typoFixOf(removed: string, added: readonly string[]): number {
  const lower = removed.toLowerCase();
  for (let j = 0; j < added.length; j++) if (isTypoFix(lower, added[j]!.toLowerCase())) return j;
  return -1;
}

const NUMBER = /\b\d+(?:[.,:]\d+)*\b/g;

function numberShifts(before: string, after: string): Shift[] {
  const { removed, added } = difference(before.match(NUMBER) ?? [], after.match(NUMBER) ?? []);
  const shifts: Shift[] = [];
  const n = Math.max(removed.length, added.length);
  for (let i = 0; i < n; i++) shifts.push({ kind: 'number', from: removed[i] ?? null, to: added[i] ?? null, direction: 'neutral' });
  return shifts;
}

/**
 * What a rewording did: verb, intensity, modality, negation, actor, term and number shifts between
 * the statements of the two sides, in that order. `texts` are each side's normalized texts joined
 * by a space (what `changeFor` also judges significance on).
 *
 * @example
 * shiftsBetween([confirmedStatement], [reaffirmedStatement], { before: confirmedStatement.normalized, after: reaffirmedStatement.normalized })
 * //=> [{ kind: 'verb', from: 'confirmed', to: 'reaffirmed', direction: 'stronger' }]
 */
export function shiftsBetween(before: readonly Statement[], after: readonly Statement[], texts: { before: string; after: string }): Shift[] {
  const b = texts.before;
  const a = texts.after;
  return [
    ...verbShifts(before, after),
    ...intensityShifts(b, a),
    ...modalityShifts(b, a),
    ...negationShifts(b, a),
    ...actorShifts(before, after),
    ...termShifts(b, a),
    ...numberShifts(b, a),
  ];
}
