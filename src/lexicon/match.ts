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

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Whether whitespace separates this token from the previous one. */
  spaced: boolean;
}

function tokenize(folded: string): Token[] {
  const out: Token[] = [];
  let previousEnd = -1;
  for (const m of folded.matchAll(TOKEN)) {
    const end = m.index + m[0].length;
    out.push({ text: m[0], lower: m[0].toLowerCase(), start: m.index, end, spaced: previousEnd >= 0 && m.index > previousEnd });
    previousEnd = end;
  }
  return out;
}

/**
 * The tokens of a text, remembered for the last few hundred texts: every finder of the lexicon
 * (intensifiers, modality, negation, terms, equivalents, boilerplate) reads the same statement,
 * and tokenizing it once instead of once per finder was most of their cost. Callers never change
 * the tokens.
 */
function tokensOf(text: string): Token[] {
  let tokens = TOKENS.get(text);
  if (tokens === undefined) {
    // Quotes and dashes folded one for one, so offsets into the folded text are offsets into `text`.
    tokens = tokenize(fold(text));
    if (TOKENS.size >= TOKENS_LIMIT) TOKENS.clear();
    TOKENS.set(text, tokens);
  }
  return tokens;
}

const TOKENS = new Map<string, Token[]>();
const TOKENS_LIMIT = 512;

interface Candidate {
  phrase: string;
  tokens: Token[];
  caseSensitive: boolean;
  length: number;
}

/** Whether a form's tokens match the text's tokens from index i, spacing included. */
function matchesAt(candidate: Candidate, text: Token[], i: number): boolean {
  const form = candidate.tokens;
  if (i + form.length > text.length) return false;
  for (let j = 0; j < form.length; j += 1) {
    const a = form[j]!;
    const b = text[i + j]!;
    if (candidate.caseSensitive ? a.text !== b.text : a.lower !== b.lower) return false;
    if (j > 0 && a.spaced !== b.spaced) return false;
  }
  return true;
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
  let index: Map<string, Candidate[]> | null = null;
  const build = () => {
    const map = new Map<string, Candidate[]>();
    for (const spec of typeof specs === 'function' ? specs() : specs) {
      for (const form of spec.forms) {
        const tokens = tokenize(fold(form.trim()));
        const first = tokens[0];
        if (!first) continue;
        const candidate = { phrase: spec.phrase, tokens, caseSensitive: spec.caseSensitive === true, length: form.length };
        map.set(first.lower, [...(map.get(first.lower) ?? []), candidate]);
      }
    }
    // Longest form first at one position: "United States of America" before "United States".
    for (const list of map.values()) list.sort((a, b) => b.tokens.length - a.tokens.length || b.length - a.length);
    return map;
  };
  return (text: string): PhraseMatch[] => {
    index ??= build();
    const tokens = tokensOf(text);
    const found: PhraseMatch[] = [];
    // Plain loops, no closure per token: the finders run on every statement of a comparison.
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      const list = index.get(token.lower);
      if (list === undefined) continue;
      let candidate: Candidate | undefined;
      for (let c = 0; c < list.length; c++) {
        if (matchesAt(list[c]!, tokens, i)) {
          candidate = list[c]!;
          break;
        }
      }
      if (!candidate) continue;
      const end = tokens[i + candidate.tokens.length - 1]!.end;
      found.push({ phrase: candidate.phrase, text: text.slice(token.start, end), start: token.start, end });
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
