/**
 * Stage 5 of the parser: what one sentence says about the meeting — its kind (a position, or
 * context that describes the meeting), its actor (who holds the position) and its speech-act verb.
 *
 * The analysis is word-based and shallow on purpose: readouts are formulaic ("The Ministers
 * reaffirmed ...", "Moreover, the Ministers affirmed ...", "Given China's ..., the Ministers
 * concurred ..."), and a wrong guess costs little, as `compare` treats actor and verb as hints.
 */
import type { StatementKind } from '../types.js';
import { speechActLemma, verbEntries } from '../lexicon/verbs.js';
import { isLowerCode, isMarkCode, isSpaceCode, isUpperCode, isWordCode } from './chars.js';

/** What stage 5 finds in one sentence. */
export interface SentenceAnalysis {
  kind: StatementKind;
  /** The actor as written (whitespace collapsed), before pronouns are resolved. */
  actor: string | null;
  verb: string | null;
}

/** Only the start of a very long sentence is analysed: actors and verbs come early. */
const MAX_ANALYSED = 2000;

interface Token {
  /** The word as written, without a sentence-final "." or a trailing quote. */
  word: string;
  lower: string;
  start: number;
  end: number;
  /** True for punctuation tokens (",", "(", ";"). */
  punct: boolean;
  /** True when the word starts with an upper-case letter ("The", "U.S."). */
  upper: boolean;
  /** True when the word starts with a lower-case letter ("reaffirmed"). */
  lowerFirst: boolean;
  /** Depth of brackets around the token: "(referred to collectively as ...)" is not the clause. */
  depth: number;
}

// A word whose dots are its own: "U.S.", "J.", "a.m.", "Japan-U.S." (a letter, a dot, a letter).
const INITIALISM = /^(?:\p{L}\.)+$|\p{L}\.\p{L}/u;

// Verbs of meeting: a sentence whose main verb is one of these describes the meeting
// ("On June 1, ... held discussions", "Secretary ... met with ...", "... spoke by phone with ...").
const MEETING_VERBS = new Set([
  'met', 'meet', 'meets', 'held', 'hold', 'holds', 'spoke', 'speak', 'speaks', 'convened', 'convene',
  'convenes', 'visited', 'visit', 'visits', 'talked', 'telephoned', 'had', 'has', 'have',
]);
// "had a defense ministerial meeting": "had" counts only before one of these nouns.
const MEETING_NOUNS =
  /^(?:meetings?|talks?|calls?|conference|telecon|discussions?|dialogue|consultations?|summit|session)$/;
// Irregular past tenses that can be the main verb of a readout sentence.
const IRREGULAR_PAST = new Set([
  'met', 'held', 'had', 'spoke', 'said', 'made', 'took', 'gave', 'sent', 'led', 'laid', 'told', 'saw',
  'paid', 'sought', 'won', 'began',
]);
// "-ed" words that are not verbs.
const NOT_VERBS = new Set([
  'need', 'indeed', 'proceed', 'exceed', 'succeed', 'speed', 'hundred', 'kindred', 'sacred', 'naked',
  'wicked', 'red', 'bed', 'feed', 'seed', 'united', 'limited', 'advanced', 'unprecedented', 'detailed',
  'related', 'concerned', 'based', 'so-called', 'tailored', 'armed', 'guided', 'integrated',
  'dedicated', 'sophisticated',
]);
// Words before a verb form that make it a noun, an adjective, a passive or an infinitive:
// "a shared commitment", "as confirmed at", "which were confirmed", "to express condolences".
const BLOCKERS = new Set([
  'a', 'an', 'the', 'to', 'as', 'be', 'been', 'being', 'was', 'were', 'is', 'are', 'his', 'her',
  'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'newly', 'well',
  'of', 'for', 'by', 'with', 'on', 'in', 'at', 'from', 'into', 'which', 'recently',
]);
// Adverbs and auxiliaries between an actor and its verb: "The Ministers once again concurred".
const BETWEEN = new Set([
  'also', 'further', 'once', 'again', 'both', 'then', 'later', 'each', 'all', 'together', 'today',
  'have', 'has', 'had', 'will', 'would', 'shall', 'should', 'could', 'can', 'may', 'must', 'did',
  'do', 'does', 'not', 'jointly', 'separately', 'first', 'subsequently', 'additionally', 'likewise',
  'too', 'themselves', 'himself', 'herself', 'yesterday', 'earlier', 'thereafter', 'respectively',
]);
// Lower-case words that can sit inside an actor: "The two Ministers", "Both sides", "the Secretary of Defense".
const ACTOR_WORDS = new Set([
  'the', 'of', 'for', 'and', 'both', 'two', 'three', 'four', 'five', 'all', 'ministers', 'minister',
  'leaders', 'leader', 'officials', 'official', 'sides', 'side', 'secretary', 'secretaries',
  'countries', 'country', 'nations', 'nation', 'governments', 'government', 'parties', 'party',
  'delegations', 'delegation', 'counterparts', 'counterpart', 'heads', 'head', 'chiefs', 'defense',
  'defence', 'foreign', 'affairs', 'state', 'prime', 'president', 'vice', 'deputy', 'his', 'her',
  'their', 'japanese', 'american', 'u.s.', 'participants', 'principals', 'allies', 'partners',
]);
// Pronoun subjects: kept as the actor (and resolved by the caller).
const PRONOUNS = new Set(['they', 'he', 'she', 'we', 'i', 'it']);
// Openers that are not actors: "Moreover, the Ministers ...", "Today Secretary Mattis met ...".
const ADVERBIAL_OPENERS = new Set([
  'moreover', 'furthermore', 'additionally', 'also', 'however', 'in', 'on', 'at', 'as', 'for', 'from',
  'during', 'after', 'before', 'while', 'when', 'given', 'based', 'regarding', 'following', 'today',
  'yesterday', 'under', 'since', 'with', 'amid', 'noting', 'recognizing', 'recognising', 'finally',
  'meanwhile', 'then', 'further', 'first', 'second', 'third', 'next', 'separately', 'lastly',
  'thereafter', 'subsequently', 'likewise', 'similarly', 'notably', 'specifically', 'accordingly',
  'consequently', 'earlier', 'later', 'again',
]);

/**
 * The kind, actor and verb of one sentence.
 *
 * @param sentence The sentence text.
 * @returns The analysis (actor before pronoun resolution).
 * @example
 * analyzeSentence('Moreover, the Ministers affirmed the importance of dialogue.')
 * //=> { kind: 'position', actor: 'The Ministers', verb: 'affirm' }
 */
export function analyzeSentence(sentence: string): SentenceAnalysis {
  const text = sentence.length > MAX_ANALYSED ? sentence.slice(0, MAX_ANALYSED) : sentence;
  const tokens = tokenize(text);
  const clause = findClause(tokens);
  let actor: string | null = null;
  let verb: string | null = null;
  if (clause) {
    const first = tokens[clause.actorStart] as Token;
    const last = tokens[clause.actorEnd - 1] as Token;
    // "Moreover, the Ministers affirmed": the same actor as "The Ministers affirmed", so it is
    // named the same way, capitalised as at the start of a sentence.
    actor = capitalize(text.slice(first.start, last.end).replace(/\s+/g, ' '));
    verb = firstSpeechActVerb(tokens, clause.actorEnd);
  }
  return { kind: classify(text, tokens, clause?.verbIndex ?? null), actor, verb };
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let depth = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (isSpaceCode(code)) {
      i += 1;
      continue;
    }
    const start = i;
    if (!isWordCode(code)) {
      // One punctuation character is one token; brackets set the depth of what they enclose.
      const word = text[i] as string;
      if (word === ')' || word === '）') depth = Math.max(0, depth - 1);
      tokens.push({ word, lower: word, start, end: i + 1, punct: true, upper: false, lowerFirst: false, depth });
      if (word === '(' || word === '（') depth += 1;
      i += 1;
      continue;
    }
    // A word: letters, digits and marks, with inner dots, hyphens and apostrophes ("U.S.",
    // "Japan-U.S.", "Japan’s", "tête-à-tête").
    i += 1;
    for (;;) {
      const c = text.charCodeAt(i);
      if (i < n && (isWordCode(c) || c === 46 || c === 39 || c === 0x2019 || c === 45 || isMarkCode(c))) i += 1;
      else break;
    }
    let end = i;
    // "Japan." at the end of a sentence is "Japan"; "U.S." and "J." keep their dots.
    if (text.charCodeAt(end - 1) === 46) {
      const raw = text.slice(start, end);
      if (!INITIALISM.test(raw)) while (end > start + 1 && text.charCodeAt(end - 1) === 46) end -= 1;
    }
    // "Mattis’" and "Ja-" lose the trailing apostrophe or hyphen.
    for (let c = text.charCodeAt(end - 1); end > start + 1 && (c === 39 || c === 0x2019 || c === 45); c = text.charCodeAt(end - 1)) end -= 1;
    const word = text.slice(start, end);
    tokens.push({
      word,
      lower: word.toLowerCase(),
      start,
      end,
      punct: false,
      upper: isUpperCode(code),
      lowerFirst: isLowerCode(code),
      depth,
    });
  }
  return tokens;
}

interface Clause {
  actorStart: number;
  actorEnd: number;
  verbIndex: number;
}

/**
 * The main clause: the first finite verb that has an actor before it. A verb with no actor
 * ("... the outcomes agreed at the 2+2, the Ministers reaffirmed") is passed over for the next.
 */
function findClause(tokens: Token[]): Clause | null {
  let fallbackVerb: number | null = null;
  for (let i = 0; i < tokens.length; i += 1) {
    if (!isFiniteVerb(tokens, i)) continue;
    fallbackVerb ??= i;
    const actorStart = walkBackToActor(tokens, i);
    if (actorStart !== null) return { actorStart: actorStart.start, actorEnd: actorStart.end, verbIndex: i };
  }
  // "The Ministers, taking into account the recent situations ..., closely compared ...": an actor
  // set off from its verb by a participial clause is the noun phrase that opens the sentence.
  if (fallbackVerb !== null) {
    const opening = openingNounPhrase(tokens);
    if (opening) return { actorStart: opening.start, actorEnd: opening.end, verbIndex: fallbackVerb };
  }
  return null;
}

/** True for a token that can be the finite verb of a clause. */
function isFiniteVerb(tokens: Token[], i: number): boolean {
  const token = tokens[i] as Token;
  if (token.punct || token.depth > 0) return false;
  const lower = token.lower;
  // A capitalised verb form is a name ("the United States"), except the first word.
  if (i > 0 && !token.lowerFirst) return false;
  const before = previousWord(tokens, i);
  if (before !== null && BLOCKERS.has(before.lower)) return false;
  // "Japan's resolve": after a possessive the form is a noun.
  if (before !== null && /['’]s$/.test(before.lower)) return false;
  if (IRREGULAR_PAST.has(lower)) return true;
  if (lower.length >= 5 && lower.endsWith('ed') && !NOT_VERBS.has(lower)) return true;
  if (speechActLemma(lower) === null || lower.endsWith('ing')) return false;
  // Present tense: "Japan reaffirms ..." after a name; "The Ministers confirm ..." after a plural.
  if (lower.endsWith('s')) return before !== null && (before.upper || PRONOUNS.has(before.lower));
  return before !== null && (/^(?:they|we|ministers|leaders|officials|sides|countries|nations|i)$/.test(before.lower));
}

function previousWord(tokens: Token[], i: number): Token | null {
  const token = tokens[i - 1];
  return token && !token.punct ? token : null;
}

/** Walk back from a verb over adverbs, then over the noun phrase before it. */
function walkBackToActor(tokens: Token[], verbIndex: number): { start: number; end: number } | null {
  let i = verbIndex - 1;
  while (i >= 0 && !(tokens[i] as Token).punct && (BETWEEN.has((tokens[i] as Token).lower) || isAdverb(tokens[i] as Token))) i -= 1;
  // "... Minister of Defense Hamada (referred to collectively as “the Ministers”) convened":
  // a bracketed aside between the actor and its verb is passed over.
  if (i >= 0 && (tokens[i] as Token).word === ')') {
    let depth = 0;
    for (; i >= 0; i -= 1) {
      const word = (tokens[i] as Token).word;
      if (word === ')') depth += 1;
      if (word === '(' && --depth === 0) break;
    }
    i -= 1;
  }
  // "Secretary of State Antony Blinken SecBlinken, and Secretary of Defense Lloyd Austin SecDef, held":
  // a serial comma after a list of names.
  if (i > 0 && (tokens[i] as Token).word === ',' && isNameWord(tokens[i - 1] as Token)) {
    const list = walkBackToActor(tokens, i);
    if (list === null) return null;
    if (tokens.slice(list.start, list.end).some((t) => t.lower === 'and')) return list;
    // "Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a meeting": the phrase
    // between commas is an appositive, and the actor is the name before it.
    const comma = list.start - 1;
    if (comma > 0 && (tokens[comma] as Token).word === ',' && isNameWord(tokens[comma - 1] as Token)) {
      return walkBackToActor(tokens, comma) ?? list;
    }
    return list;
  }
  const end = i + 1;
  if (i < 0) return null;
  const last = tokens[i] as Token;
  if (last.punct) return null;
  if (PRONOUNS.has(last.lower)) return { start: i, end };
  let start = end;
  let listOpen = false;
  while (i >= 0) {
    const token = tokens[i] as Token;
    if (token.punct) {
      // "Secretary Austin, Deputy Prime Minister Marles, and Minister Kishida": a comma inside a
      // list of names, once its "and" has been passed.
      if (token.word === ',' && listOpen && i > 0 && isNameWord(tokens[i - 1] as Token)) {
        i -= 1;
        continue;
      }
      break;
    }
    if (!isActorWord(token)) break;
    if (token.lower === 'and') listOpen = true;
    start = i;
    i -= 1;
  }
  // Trim connecting words at the edges and openers that are not part of the actor.
  while (start < end && /^(?:and|of|for|,)$/.test((tokens[start] as Token).lower)) start += 1;
  while (start < end && ADVERBIAL_OPENERS.has((tokens[start] as Token).lower)) start += 1;
  while (start < end && /^(?:and|of|for|,)$/.test((tokens[start] as Token).lower)) start += 1;
  if (start >= end) return null;
  // An actor has a head: a name, or a noun such as "Ministers"; "the" alone is not one.
  return tokens.slice(start, end).some(isHead) ? { start, end } : null;
}

// Words of an actor that are no head of it: "the" alone, or "Both", is no actor.
const NOT_HEADS = new Set(['the', 'of', 'for', 'and', 'both', 'two', 'three', 'four', 'five', 'all', 'his', 'her', 'their']);

/** A word that can head an actor: a name ("Austin", "Japan") or a noun such as "Ministers". */
function isHead(token: Token): boolean {
  return !NOT_HEADS.has(token.lower) && (token.upper || ACTOR_WORDS.has(token.lower));
}

/** "strongly", "firmly", "closely": a lower-case word ending in "ly". */
function isAdverb(token: Token): boolean {
  return token.lowerFirst && token.lower.length > 3 && token.lower.endsWith('ly');
}

function isActorWord(token: Token): boolean {
  return token.upper || /^\d/.test(token.word) || ACTOR_WORDS.has(token.lower);
}

function isNameWord(token: Token): boolean {
  return !token.punct && token.upper;
}

/** The noun phrase that opens a sentence and is followed by a comma ("The Ministers, taking ..."). */
function openingNounPhrase(tokens: Token[]): { start: number; end: number } | null {
  let i = 0;
  while (i < tokens.length && !(tokens[i] as Token).punct && isActorWord(tokens[i] as Token)) i += 1;
  if (i === 0 || (tokens[i] as Token | undefined)?.word !== ',') return null;
  if (ADVERBIAL_OPENERS.has((tokens[0] as Token).lower)) return null;
  return { start: 0, end: i };
}

/** The lemma of the first speech-act verb after the actor, as a finite verb or a list of them. */
function firstSpeechActVerb(tokens: Token[], from: number): string | null {
  for (let i = from; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    if (token.depth > 0 || !token.lowerFirst) continue;
    const lemma = speechActLemma(token.lower);
    if (lemma !== null && isFiniteVerb(tokens, i)) return lemma;
  }
  // "The Secretary paid a courtesy call to ..., underscoring the U.S. commitment": with no finite
  // speech-act verb, a participle after a comma carries the stance.
  for (let i = from + 1; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    if (token.depth > 0 || !token.lower.endsWith('ing') || (tokens[i - 1] as Token).word !== ',') continue;
    const lemma = speechActLemma(token.lower);
    if (lemma !== null) return lemma;
  }
  return null;
}

/**
 * Context or position. Context: a line that introduces the readout ("... provided the following
 * readout:"), the "summary is as follows" line, and sentences whose main verb is a meeting verb
 * ("held discussions", "met with", "spoke by phone", "had a meeting") unless a second finite verb
 * takes a stance ("met with ... and reaffirmed that ..."); a trailing participle ("spoke with ...
 * today, reiterating American commitment ...") does not, as it describes what the call covered.
 */
function classify(text: string, tokens: Token[], verbIndex: number | null): StatementKind {
  if (tokens[tokens.length - 1]?.word === ':') return 'context';
  if (text.includes('as follows') || text.includes('As follows')) return 'context';
  const main = verbIndex ?? tokens.findIndex((_, i) => isFiniteVerb(tokens, i));
  if (main < 0) return 'position';
  const verb = (tokens[main] as Token).lower;
  if (!MEETING_VERBS.has(verb)) return 'position';
  // "The Ministers held the view that ...": holding a view is a stance, not a meeting.
  const object = tokens.slice(main + 1, main + 3).map((t) => t.lower);
  if (/^hold|^held/.test(verb) && (object[0] === 'that' || /^(?:view|views|position|belief|opinion)$/.test(object[1] ?? ''))) {
    return 'position';
  }
  if (/^ha[sdv]e?$/.test(verb)) {
    // "had a defense ministerial meeting": only with a meeting noun close after it.
    const window = tokens.slice(main + 1, main + 6);
    if (!window.some((t) => MEETING_NOUNS.test(t.lower))) return 'position';
  }
  return takesStance(tokens, main) ? 'position' : 'context';
}

/** A finite stance verb after the main verb: "... and reaffirmed ...". */
function takesStance(tokens: Token[], main: number): boolean {
  for (let i = main + 1; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    if (token.punct || token.depth > 0 || !token.lowerFirst) continue;
    const lemma = speechActLemma(token.lower);
    if (lemma === null || MEETING_VERBS.has(token.lower)) continue;
    if (verbEntries(lemma).every((entry) => entry.group === 'report')) continue;
    const before = tokens[i - 1] as Token;
    // "spoke with ... today, reiterating American commitment ...": a participle only says what the
    // call was about; the sentence still reports the meeting (its preamble), so it is context.
    if (token.lower.endsWith('ing')) continue;
    if (BLOCKERS.has(before.lower) || /['’]s$/.test(before.lower)) continue;
    if (token.lower.endsWith('ed') || before.upper || PRONOUNS.has(before.lower) || before.lower === 'and') return true;
  }
  return false;
}

function capitalize(actor: string): string {
  return actor.charAt(0).toUpperCase() + actor.slice(1);
}
