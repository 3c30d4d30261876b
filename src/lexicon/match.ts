/**
 * Word-boundary phrase matching shared by the lexicon's finders: texts and forms compared as
 * tokens, forms indexed by their first token and tried longest first, so "continue to" wins over
 * "to" and "United States of America" over "United States".
 */

/** One occurrence of a listed phrase in a text. */
export interface PhraseMatch {
  /** The listed phrase the occurrence stands for (the data entry, not the text). */
  phrase: string;
  /** The exact slice of the text. */
  text: string;
  start: number;
  end: number;
}

/** A phrase and the surface forms that stand for it. */
export interface PhraseSpec {
  phrase: string;
  forms: readonly string[];
  /** Match the forms case-sensitively ("US" must not match "us"). */
  caseSensitive?: boolean;
}

/** Curly quotes and dashes to ASCII, one UTF-16 unit for one, so offsets are kept. */
function fold(text: string): string {
  return text.replace(/[’‘`]/g, "'").replace(/[“”]/g, '"').replace(/[‐‑‒–—]/g, '-');
}

/** Words (maximal runs of letters and digits) and single punctuation characters. */
const TOKEN = /[0-9A-Za-z\u00C0-\u024F]+|[^\s0-9A-Za-z\u00C0-\u024F]/g;

/** The tokens of a text, as parallel arrays (one array per field, no object per token). */
interface Tokens {
  text: string[];
  lower: string[];
  start: number[];
  end: number[];
  /** Whether whitespace separates each token from the previous one. */
  spaced: boolean[];
}

function tokenize(folded: string): Tokens {
  // `match` gives the tokens as strings: no match object per token (`matchAll` made one, most of
  // a long comparison's garbage). Each token is found again from the end of the one before: only
  // whitespace lies between them, and a token never starts with whitespace.
  const text = folded.match(TOKEN) ?? [];
  const tokens: Tokens = { text, lower: new Array<string>(text.length), start: new Array<number>(text.length), end: new Array<number>(text.length), spaced: new Array<boolean>(text.length) };
  let previousEnd = -1;
  for (let i = 0; i < text.length; i++) {
    const word = text[i]!;
    const start = folded.indexOf(word, previousEnd < 0 ? 0 : previousEnd);
    tokens.lower[i] = word.toLowerCase();
    tokens.start[i] = start;
    tokens.end[i] = start + word.length;
    tokens.spaced[i] = previousEnd >= 0 && start > previousEnd;
    previousEnd = start + word.length;
  }
  return tokens;
}

/**
 * The tokens of a text, remembered for the last few texts: every finder of the lexicon
 * (intensifiers, modality, negation, terms, equivalents, boilerplate) reads the same statement,
 * and tokenizing it once instead of once per finder was most of their cost. The finders read one
 * statement (or the two of a pair) in turn, so a few texts are enough; more would only keep the
 * tokens of thousands of statements alive long enough to cost collections. Callers never change
 * the tokens.
 */
function tokensOf(text: string): Tokens {
  let tokens = TOKENS.get(text);
  if (tokens === undefined) {
    // Quotes and dashes folded one for one, so offsets into the folded text are offsets into `text`.
    tokens = tokenize(fold(text));
    if (TOKENS.size >= TOKENS_LIMIT) TOKENS.clear();
    TOKENS.set(text, tokens);
  }
  return tokens;
}

const TOKENS = new Map<string, Tokens>();
const TOKENS_LIMIT = 8;

interface Candidate {
  phrase: string;
  tokens: Tokens;
  caseSensitive: boolean;
  length: number;
}

/** Whether a form's tokens match the text's tokens from index i, spacing included. */
function matchesAt(candidate: Candidate, text: Tokens, i: number): boolean {
  const form = candidate.tokens;
  const n = form.text.length;
  if (i + n > text.text.length) return false;
  const words = candidate.caseSensitive ? form.text : form.lower;
  const against = candidate.caseSensitive ? text.text : text.lower;
  for (let j = 0; j < n; j += 1) {
    if (words[j] !== against[i + j]) return false;
    if (j > 0 && form.spaced[j] !== text.spaced[i + j]) return false;
  }
  return true;
}

/** The forms that start with one token: by their second token, and the forms of one token. */
interface FirstToken {
  bySecond: Map<string, Candidate[]>;
  single: Candidate[];
}

/** The first of `list` (longest first) that matches the text's tokens from index i. */
function firstMatch(list: readonly Candidate[], tokens: Tokens, i: number): Candidate | undefined {
  for (let c = 0; c < list.length; c++) if (matchesAt(list[c]!, tokens, i)) return list[c];
  return undefined;
}

/**
 * Compile phrase specs (or a function giving them, called on first use) into a finder that returns every non-overlapping occurrence in text order
 * (at one position the longest form wins). Texts and forms are compared as tokens (words are whole
 * runs of letters and digits, so "strong" never matches inside "stronger"), with forms indexed by
 * their first token: one pass over the text and no regular expression per form.
 *
 * @example
 * compilePhrases([{ phrase: 'continue to', forms: ['continue to', 'continued to'] }])('They continued to work')
 * //=> [{ phrase: 'continue to', text: 'continued to', start: 5, end: 17 }]
 */
export function compilePhrases(
  specs: readonly PhraseSpec[] | (() => readonly PhraseSpec[]),
): (text: string) => PhraseMatch[] {
  // Built on first use, so that importing the lexicon stays fast.
  let index: Map<string, FirstToken> | null = null;
  const build = () => {
    const map = new Map<string, FirstToken>();
    for (const spec of typeof specs === 'function' ? specs() : specs) {
      for (const form of spec.forms) {
        const tokens = tokenize(fold(form.trim()));
        const first = tokens.lower[0];
        if (first === undefined) continue;
        const candidate = { phrase: spec.phrase, tokens, caseSensitive: spec.caseSensitive === true, length: form.length };
        let entry = map.get(first);
        if (entry === undefined) map.set(first, (entry = { bySecond: new Map(), single: [] }));
        const second = tokens.lower[1];
        if (second === undefined) entry.single.push(candidate);
        else entry.bySecond.set(second, [...(entry.bySecond.get(second) ?? []), candidate]);
      }
    }
    // Longest form first at one position: "United States of America" before "United States".
    const longestFirst = (a: Candidate, b: Candidate): number => b.tokens.text.length - a.tokens.text.length || b.length - a.length;
    for (const entry of map.values()) {
      entry.single.sort(longestFirst);
      for (const list of entry.bySecond.values()) list.sort(longestFirst);
    }
    return map;
  };
  return (text: string): PhraseMatch[] => {
    index ??= build();
    const tokens = tokensOf(text);
    const found: PhraseMatch[] = [];
    // Plain loops, no closure per token: the finders run on every statement of a comparison.
    for (let i = 0; i < tokens.text.length; i++) {
      const entry = index.get(tokens.lower[i]!);
      if (entry === undefined) continue;
      // Forms of two tokens or more first (they are longer), then one-token forms.
      const longer = i + 1 < tokens.text.length ? entry.bySecond.get(tokens.lower[i + 1]!) : undefined;
      const candidate = (longer && firstMatch(longer, tokens, i)) ?? firstMatch(entry.single, tokens, i);
      if (!candidate) continue;
      const start = tokens.start[i]!;
      const end = tokens.end[i + candidate.tokens.text.length - 1]!;
      found.push({ phrase: candidate.phrase, text: text.slice(start, end), start, end });
    }
    return found.length < 2 ? found : resolveOverlaps(found);
  };
}

/**
 * Keep non-overlapping matches, preferring the earliest and then the longest, in text order.
 *
 * @example
 * resolveOverlaps([{ phrase: 'a b', text: 'a b', start: 0, end: 3 }, { phrase: 'b', text: 'b', start: 2, end: 3 }]).length //=> 1
 */
export function resolveOverlaps<T extends { start: number; end: number }>(matches: readonly T[]): T[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  let end = -1;
  for (const m of sorted) {
    if (m.start < end) continue;
    kept.push(m);
    end = m.end;
  }
  return kept;
}
