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

/**
 * Curly quotes and dashes read as their ASCII forms, one UTF-16 unit for one, so offsets are
 * kept: the code unit a token of one such character stands for.
 */
function foldedUnit(c: number): number {
  if (c === 0x2019 || c === 0x2018 || c === 0x60) return 0x27; // ’ ‘ ` → '
  if (c === 0x201c || c === 0x201d) return 0x22; // “ ” → "
  if (c >= 0x2010 && c <= 0x2014) return 0x2d; // ‐ ‑ ‒ – — → -
  return c;
}

/** A letter or digit of a word: [0-9A-Za-z\u00C0-\u024F]. */
function isWordUnit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x24f);
}

/** What `\s` matches in a JavaScript regular expression. */
function isSpaceUnit(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The hash the finders' index is keyed by: of a token in lower case, in the small-integer range. */
function hashOf(lower: string): number {
  let h = 0;
  for (let k = 0; k < lower.length; k++) h = (Math.imul(h, 31) + lower.charCodeAt(k)) | 0;
  return h & 0x3fffffff;
}

/**
 * The tokens of a text (maximal runs of letters and digits, and single other characters): for
 * token k, its start, its end and a hash of its lower case at 3k, 3k + 1 and 3k + 2 of one array
 * of small integers, made at its exact length (no string per token, no array grown token by
 * token: the finders read every statement of a comparison, and their garbage was a good part of
 * its time).
 */
interface Tokens {
  source: string;
  count: number;
  data: number[];
}

/** Room for the tokens of a text of up to 2,048 units while they are read, copied out at their count. */
const SCRATCH = new Int32Array(3 * 2048);

function tokenize(source: string): Tokens {
  const n = source.length;
  const scratch = 3 * n <= SCRATCH.length ? SCRATCH : new Int32Array(3 * n);
  let count = 0;
  let k = 0;
  for (let i = 0; i < n; ) {
    const c = source.charCodeAt(i);
    if (isSpaceUnit(c)) {
      i++;
      continue;
    }
    let end = i + 1;
    let h: number;
    let ascii: boolean;
    if (isWordUnit(c)) {
      ascii = c < 0x80;
      h = c >= 65 && c <= 90 ? c + 32 : c;
      for (; end < n; end++) {
        const d = source.charCodeAt(end);
        if (!isWordUnit(d)) break;
        if (d >= 0x80) ascii = false;
        h = (Math.imul(h, 31) + (d >= 65 && d <= 90 ? d + 32 : d)) | 0;
      }
    } else {
      h = foldedUnit(c);
      ascii = h < 0x80;
    }
    scratch[k] = i;
    scratch[k + 1] = end;
    // Beyond ASCII, lower case is what `toLowerCase` says ("İ" becomes two units).
    scratch[k + 2] = ascii ? h & 0x3fffffff : hashOf(tokenText(source, i, end).toLowerCase());
    k += 3;
    count++;
    i = end;
  }
  const data = new Array<number>(k);
  for (let j = 0; j < k; j++) data[j] = scratch[j]!;
  return { source, count, data };
}

/** A token's string: the slice of the text, a quote or dash folded. */
function tokenText(source: string, from: number, to: number): string {
  if (to - from !== 1) return source.slice(from, to);
  const c = source.charCodeAt(from);
  const d = foldedUnit(c);
  return d === c ? source.slice(from, to) : String.fromCharCode(d);
}

/**
 * Whether token k is `word` (a form's token; in lower case unless `exact`), compared unit by unit
 * where the token is ASCII, so that checking a candidate makes no string.
 */
function tokenIs(tokens: Tokens, k: number, word: string, exact: boolean): boolean {
  const { source, data } = tokens;
  const from = data[3 * k]!;
  const to = data[3 * k + 1]!;
  if (to - from === word.length) {
    let ascii = true;
    for (let c = from; c < to && ascii; c++) {
      const d = foldedUnit(source.charCodeAt(c));
      if (d >= 0x80) ascii = false;
      else if ((exact || d < 65 || d > 90 ? d : d + 32) !== word.charCodeAt(c - from)) return false;
    }
    if (ascii) return true;
  } else if (exact) return false;
  const text = tokenText(source, from, to);
  return (exact ? text : text.toLowerCase()) === word;
}

/** Whether whitespace separates token k from the one before. */
function spacedAt(tokens: Tokens, k: number): boolean {
  return k > 0 && tokens.data[3 * k]! > tokens.data[3 * k - 2]!;
}

/**
 * The tokens of a text, remembered for the last few texts: every finder of the lexicon
 * (intensifiers, modality, negation, terms, equivalents, boilerplate) reads the same statement,
 * and tokenizing it once instead of once per finder was most of their cost. The finders read one
 * statement (or the two of a pair) in turn, so a few texts are enough. Callers never change the
 * tokens.
 */
function tokensOf(text: string): Tokens {
  let tokens = TOKENS.get(text);
  if (tokens === undefined) {
    tokens = tokenize(text);
    if (TOKENS.size >= TOKENS_LIMIT) TOKENS.clear();
    TOKENS.set(text, tokens);
  }
  return tokens;
}

const TOKENS = new Map<string, Tokens>();
const TOKENS_LIMIT = 8;

/** A listed form: its tokens, and each token as a string (in lower case unless case-sensitive). */
interface Candidate {
  phrase: string;
  tokens: Tokens;
  words: string[];
  caseSensitive: boolean;
  length: number;
}

/** Whether a form's tokens match the text's tokens from index i, spacing included. */
function matchesAt(candidate: Candidate, text: Tokens, i: number): boolean {
  const form = candidate.tokens;
  const n = form.count;
  if (i + n > text.count) return false;
  for (let j = 0; j < n; j += 1) {
    if (form.data[3 * j + 2] !== text.data[3 * (i + j) + 2]) return false;
    if (j > 0 && spacedAt(form, j) !== spacedAt(text, i + j)) return false;
  }
  // Equal hashes, then equal tokens.
  for (let j = 0; j < n; j += 1) if (!tokenIs(text, i + j, candidate.words[j]!, candidate.caseSensitive)) return false;
  return true;
}

/** The forms that start with one token: by their second token, and the forms of one token. */
interface FirstToken {
  bySecond: Map<number, Candidate[]>;
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
 * the hashes of their first two tokens: one pass over the text and no regular expression per form.
 *
 * @example
 * compilePhrases([{ phrase: 'continue to', forms: ['continue to', 'continued to'] }])('They continued to work')
 * //=> [{ phrase: 'continue to', text: 'continued to', start: 5, end: 17 }]
 */
export function compilePhrases(
  specs: readonly PhraseSpec[] | (() => readonly PhraseSpec[]),
): (text: string) => PhraseMatch[] {
  // Built on first use, so that importing the lexicon stays fast.
  let index: Map<number, FirstToken> | null = null;
  const build = () => {
    const map = new Map<number, FirstToken>();
    for (const spec of typeof specs === 'function' ? specs() : specs) {
      for (const form of spec.forms) {
        const tokens = tokenize(form.trim());
        if (tokens.count === 0) continue;
        const caseSensitive = spec.caseSensitive === true;
        const words = Array.from({ length: tokens.count }, (_, k) => {
          const word = tokenText(tokens.source, tokens.data[3 * k]!, tokens.data[3 * k + 1]!);
          return caseSensitive ? word : word.toLowerCase();
        });
        const candidate: Candidate = { phrase: spec.phrase, tokens, words, caseSensitive, length: form.length };
        // Two first tokens with one hash share an entry: `matchesAt` compares the tokens.
        const [first, second] = [tokens.data[2]!, tokens.data[5]];
        let entry = map.get(first);
        if (entry === undefined) map.set(first, (entry = { bySecond: new Map(), single: [] }));
        if (second === undefined) entry.single.push(candidate);
        else entry.bySecond.set(second, [...(entry.bySecond.get(second) ?? []), candidate]);
      }
    }
    // Longest form first at one position: "United States of America" before "United States".
    const longestFirst = (a: Candidate, b: Candidate): number => b.tokens.count - a.tokens.count || b.length - a.length;
    for (const entry of map.values()) {
      entry.single.sort(longestFirst);
      for (const list of entry.bySecond.values()) list.sort(longestFirst);
    }
    return map;
  };
  return (text: string): PhraseMatch[] => {
    index ??= build();
    const tokens = tokensOf(text);
    const { count, data } = tokens;
    const found: PhraseMatch[] = [];
    // Plain loops, no closure per token: the finders run on every statement of a comparison.
    for (let i = 0; i < count; ) {
      const entry = index.get(data[3 * i + 2]!);
      // Forms of two tokens or more first (they are longer), then one-token forms.
      const longer = entry !== undefined && i + 1 < count ? entry.bySecond.get(data[3 * i + 5]!) : undefined;
      const candidate = entry === undefined ? undefined : ((longer && firstMatch(longer, tokens, i)) ?? firstMatch(entry.single, tokens, i));
      if (!candidate) {
        i++;
        continue;
      }
      const last = i + candidate.tokens.count - 1;
      const start = data[3 * i]!;
      const end = data[3 * last + 1]!;
      found.push({ phrase: candidate.phrase, text: text.slice(start, end), start, end });
      // The earliest match wins over any that overlaps it (`resolveOverlaps`): go on after it.
      i = last + 1;
    }
    return found;
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
