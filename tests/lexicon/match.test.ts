import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compilePhrases, resolveOverlaps } from '../../src/lexicon/match.js';

describe('compilePhrases', () => {
  const find = compilePhrases([
    { phrase: 'continue to', forms: ['continue to', 'continued to'] },
    { phrase: 'U.S.', forms: ['U.S.', 'United States', 'United States of America', 'US'], caseSensitive: true },
    { phrase: 'strong', forms: ['strong'] },
  ]);

  test('returns the listed phrase, the exact slice and its offsets', () => {
    expect(find('They continued to work')).toEqual([{ phrase: 'continue to', text: 'continued to', start: 5, end: 17 }]);
  });

  test('longest form first, at word boundaries, across line breaks and curly quotes', () => {
    expect(find('the United States of America').map((m) => m.text)).toEqual(['United States of America']);
    expect(find('Japan-U.S. and Japan-US ties').map((m) => m.text)).toEqual(['U.S.', 'US']);
    expect(find('a stronger and strong,\ncontinue\n to').map((m) => m.text)).toEqual(['strong', 'continue\n to']);
    expect(find('let us go; U. S. forces')).toEqual([]); // case-sensitive "US"; spacing inside a form matters
  });

  test('finds what matching every form at every token finds (hash collisions, case, Unicode, quotes and dashes)', () => {
    const specs = [
      { phrase: 'SDF', forms: ['Self-Defense Forces', 'Self Defense Forces', 'SDF'] },
      { phrase: 'U.S.', forms: ['U.S.', 'United States', 'United States of America', 'US'], caseSensitive: true },
      { phrase: '2+2', forms: ['2+2', '"2+2"', 'two plus two'] },
      { phrase: 'Türkiye', forms: ['Türkiye', 'TÜRKIYE', 'İzmir'] },
      { phrase: "people's", forms: ["People's Republic", 'people'] },
      // "an" and "c0" have one hash: only the strings tell them apart.
      { phrase: 'an', forms: ['an', 'an x'] },
      { phrase: 'C0', forms: ['C0 x'], caseSensitive: true },
    ];
    const find = compilePhrases(specs);
    const words = ['Self', 'self', 'Defense', 'Forces', 'SDF', 'U', 'S', 'US', 'us', 'United', 'States', 'of', 'America', '2', '+', 'two', 'plus', 'Türkiye', 'TÜRKIYE', 'türkiye', 'İzmir', 'izmir', 'People', 'Republic', 'people', 'an', 'AN', 'C0', 'c0', 'x'];
    const gaps = [' ', '', '\n', '-', '–', '’', '‘s ', "'", "`s ", '"', '“', ',', '. ', '\u00a0', '.'];
    const text = fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...gaps)), { maxLength: 14 }).map((parts) => parts.map(([w, g]) => w + g).join(''));
    // `each` hands a sink the same occurrences, one by one.
    const handed = (t: string) => {
      const sink = { out: [] as { phrase: string; text: string; start: number; end: number }[], found(phrase: string, start: number, end: number) { this.out.push({ phrase, text: t.slice(start, end), start, end }); } };
      find.each(t, sink);
      return sink.out;
    };
    fc.assert(
      fc.property(text, (t) => {
        expect(find(t)).toEqual(naiveFind(specs, t));
        expect(handed(t)).toEqual(find(t));
      }),
    );
    // A backquote reads as an apostrophe, in ASCII text (read as bytes) as in any other.
    for (const t of ['the People`s Republic', 'the People`s Republic’']) {
      expect(find(t)).toEqual(naiveFind(specs, t));
      expect(find(t).map((m) => m.phrase)).toEqual(["people's"]);
    }
    // More tokens than a token slot's usual room (2,048).
    const long = 'The United States of America and the Self-Defense Forces, “2+2” in İzmir. '.repeat(150);
    expect(find(long)).toEqual(naiveFind(specs, long));
    expect(find(long)).toHaveLength(4 * 150);
    // The tokens of recent texts sit in reused slots: more texts than slots, long and short in
    // turn, each found again after the others, still give what the naive finder gives.
    const texts = Array.from({ length: 20 }, (_, i) => (i % 3 === 0 ? long.slice(0, 600 * (i + 1)) : `The U.S. and Japan ${i} in the United States.`));
    for (const t of [...texts, ...texts.reverse()]) expect(find(t)).toEqual(naiveFind(specs, t));
  });

  test('resolveOverlaps keeps the earliest, then the longest', () => {
    const spans = [
      { start: 0, end: 3 },
      { start: 2, end: 3 },
      { start: 4, end: 9 },
      { start: 4, end: 6 },
    ];
    expect(resolveOverlaps(spans)).toEqual([
      { start: 0, end: 3 },
      { start: 4, end: 9 },
    ]);
  });
});

/** What `compilePhrases` must find, the slow way: every form tried at every token, longest first. */
function naiveFind(specs: { phrase: string; forms: string[]; caseSensitive?: boolean }[], text: string) {
  const fold = (x: string) => x.replace(/[’‘`]/g, "'").replace(/[“”]/g, '"').replace(/[‐‑‒–—]/g, '-');
  const tokens = (x: string) => [...fold(x).matchAll(/[0-9A-Za-z\u00C0-\u024F]+|[^\s0-9A-Za-z\u00C0-\u024F]/g)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  const forms = specs
    .flatMap((spec) => spec.forms.map((form) => ({ phrase: spec.phrase, form, tokens: tokens(form), caseSensitive: spec.caseSensitive === true })))
    .sort((a, b) => b.tokens.length - a.tokens.length || b.form.length - a.form.length);
  const t = tokens(text);
  const same = (a: string, b: string, exact: boolean) => (exact ? a === b : a.toLowerCase() === b.toLowerCase());
  const found: { phrase: string; text: string; start: number; end: number }[] = [];
  for (let i = 0; i < t.length; i++) {
    const hit = forms.find(
      (f) =>
        i + f.tokens.length <= t.length &&
        f.tokens.every((ft, j) => same(ft.text, t[i + j]!.text, f.caseSensitive) && (j === 0 || ft.start > f.tokens[j - 1]!.end === t[i + j]!.start > t[i + j - 1]!.end)),
    );
    if (hit) found.push({ phrase: hit.phrase, text: text.slice(t[i]!.start, t[i + hit.tokens.length - 1]!.end), start: t[i]!.start, end: t[i + hit.tokens.length - 1]!.end });
  }
  return resolveOverlaps(found);
}
