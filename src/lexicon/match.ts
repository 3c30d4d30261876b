/**
 * Word-boundary phrase matching shared by the lexicon's finders: one compiled regular expression
 * per word list, longest alternative first, so "continue to" wins over "to" and "United States of
 * America" over "United States".
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

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Curly quotes and dashes to ASCII, one UTF-16 unit for one, so offsets are kept. */
function fold(text: string): string {
  return text.replace(/[’‘`]/g, "'").replace(/[“”]/g, '"').replace(/[‐‑‒–—]/g, '-');
}

/** The key under which a form or a matched slice is looked up: spaces, quotes and dashes folded. */
function key(text: string, caseSensitive: boolean): string {
  const folded = text.replace(/\s+/g, ' ').replace(/[’‘`]/g, "'").replace(/[“”]/g, '"').replace(/[‐‑‒–—]/g, '-');
  return caseSensitive ? folded : folded.toLowerCase();
}

/** Letters and digits for boundaries: a plain class, because `\p{L}` under the `iu` flags makes
 * V8 compile a large alternation very slowly. */
const W = '0-9A-Za-z\\u00C0-\\u024F';

function body(form: string): string {
  return form
    .split('')
    .map((ch) => {
      if (/\s/.test(ch)) return '\\s+';
      return ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    })
    .join('')
    .replace(/(\\s\+)+/g, '\\s+');
}

function compile(forms: string[], flags: string): RegExp | null {
  if (forms.length === 0) return null;
  const sorted = [...new Set(forms)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  // "n't" attaches to its verb and "U.S." ends in a dot: a boundary only where a word character
  // is. Forms are grouped by which boundaries they need, one lookaround per group.
  const groups = new Map<string, string[]>();
  for (const form of sorted) {
    const before = WORD_CHAR.test(form.charAt(0));
    const after = WORD_CHAR.test(form.charAt(form.length - 1));
    const k = `${before ? 1 : 0}${after ? 1 : 0}`;
    groups.set(k, [...(groups.get(k) ?? []), form]);
  }
  const parts: string[] = [];
  for (const k of ['11', '10', '01', '00']) {
    const list = groups.get(k);
    if (!list) continue;
    const lb = k[0] === '1' ? `(?<![${W}])` : '';
    const la = k[1] === '1' ? `(?![${W}])` : '';
    parts.push(`${lb}(?:${list.map(body).join('|')})${la}`);
  }
  return new RegExp(parts.join('|'), flags);
}

/**
 * Compile phrase specs into a finder that returns every non-overlapping occurrence in text order
 * (at one position the longest form wins).
 *
 * @example
 * compilePhrases([{ phrase: 'continue to', forms: ['continue to', 'continued to'] }])('They continued to work')
 * //=> [{ phrase: 'continue to', text: 'continued to', start: 5, end: 17 }]
 */
export function compilePhrases(specs: readonly PhraseSpec[]): (text: string) => PhraseMatch[] {
  // Built on first use, so that importing the lexicon stays fast.
  let compiled: { exact: Map<string, string>; loose: Map<string, string>; regexes: RegExp[] } | null = null;
  const build = () => {
    const exact = new Map<string, string>();
    const loose = new Map<string, string>();
    const exactForms: string[] = [];
    const looseForms: string[] = [];
    for (const spec of specs) {
      for (const form of spec.forms) {
        const map = spec.caseSensitive ? exact : loose;
        const k = key(form, spec.caseSensitive === true);
        if (!map.has(k)) map.set(k, spec.phrase);
        (spec.caseSensitive ? exactForms : looseForms).push(fold(form));
      }
    }
    const regexes = [compile(exactForms, 'g'), compile(looseForms, 'gi')].filter((re): re is RegExp => re !== null);
    return { exact, loose, regexes };
  };
  return (text: string): PhraseMatch[] => {
    compiled ??= build();
    const { exact, loose, regexes } = compiled;
    // Quotes and dashes folded one for one, so offsets into `folded` are offsets into `text`.
    const folded = fold(text);
    const found: PhraseMatch[] = [];
    for (const re of regexes) {
      re.lastIndex = 0;
      for (const m of folded.matchAll(re)) {
        const slice = text.slice(m.index, m.index + m[0].length);
        const phrase = exact.get(key(slice, true)) ?? loose.get(key(slice, false));
        if (phrase === undefined) continue;
        found.push({ phrase, text: slice, start: m.index, end: m.index + slice.length });
      }
    }
    return resolveOverlaps(found);
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
