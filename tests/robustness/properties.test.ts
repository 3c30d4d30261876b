/**
 * Properties of parse and compare over generated readouts (fast-check, fixed seeds, bounded runs).
 *
 * Already covered elsewhere, and extended here rather than repeated: lossless parsing over the
 * corpus files, "readout-like pieces" and binary strings (tests/parse/lossless.test.ts);
 * normalisation idempotent over binary strings (tests/parse/normalize.test.ts); partition and
 * symmetry over reference sentences, 40 runs (tests/compare/compare.test.ts); compare(a, a) and
 * determinism on the reference and the gold pairs only (same file). This file runs them over
 * readouts with front matter, headers, sections, three line-ending styles and hostile Unicode,
 * built from the sentences of every corpus and fixture readout, and adds the formatters.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { compareReadouts } from '../../src/compare/index.js';
import { ReadoutError } from '../../src/errors.js';
import { formatComparisonHtml } from '../../src/format/html.js';
import { formatComparisonJson } from '../../src/format/json.js';
import { formatComparisonMarkdown } from '../../src/format/markdown.js';
import { formatReadoutText } from '../../src/format/readout.js';
import { formatComparisonText } from '../../src/format/text.js';
import { formatTimelineCsv } from '../../src/format/timeline-csv.js';
import { formatTimelineHtml } from '../../src/format/timeline-html.js';
import { formatTimelineJson } from '../../src/format/timeline-json.js';
import { formatTimelineText } from '../../src/format/timeline-text.js';
import { readoutFromInput } from '../../src/input/index.js';
import { normalizeText, parseReadout } from '../../src/parse/index.js';
import { trackPositions } from '../../src/track/index.js';
import type { Comparison, Readout } from '../../src/types.js';
import { expectPartition, expectSymmetric } from '../compare/invariants.js';
import { losslessProblems } from '../parse/helpers.js';
import { anyString, layoutArb, noisyReadoutText, noisySentence, readoutPair, render, sentence, unicodePiece } from './generate.js';
import { Findings } from './helpers.js';

const record = new Findings('Properties (fast-check)');
afterAll(() => record.report());

// Fixed so a run is repeatable; FC_SEED=<n> explores other inputs.
const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20_261_126;

/** A property: registered in the record with its run count, marked held when fast-check finds no counterexample. */
function property(name: string, numRuns: number, what: string, run: (params: fc.Parameters<unknown>) => void, timeout = 60_000): void {
  const entry = record.add(name, `${numRuns} runs: ${what}`);
  test(name, () => {
    run({ numRuns, seed: SEED });
    record.held(entry);
  }, timeout);
}

/** A parse that may refuse a broken front-matter block with its typed error, and nothing else. */
function parseOrFrontMatterError(text: string): Readout | null {
  try {
    return parseReadout(text);
  } catch (error) {
    expect(error).toBeInstanceOf(ReadoutError);
    expect((error as ReadoutError).code).toBe('INVALID_FRONT_MATTER');
    expect(text.replace(/^\uFEFF/, '').startsWith('---')).toBe(true);
    return null;
  }
}

function linkKey(c: Comparison): string[] {
  return c.changes.map((ch) => `${ch.type} ${ch.moved} ${ch.before.join(',')} > ${ch.after.join(',')} ${ch.similarity}`).sort();
}

describe('parsing', () => {
  property('lossless on generated readouts', 300, 'front matter, header lines, numbered and Markdown headings, 1-3 sentences a paragraph, \\n, \\r\\n or \\r; corpus sentences with emoji, combining marks, RTL, bidi controls, lone surrogates, NUL inserted anywhere', (params) => {
    fc.assert(
      fc.property(noisyReadoutText, (text) => {
        const readout = parseOrFrontMatterError(text);
        if (readout) expect(losslessProblems(readout)).toEqual([]);
      }),
      params,
    );
  });

  property('a clean generated readout keeps every corpus sentence as one statement', 100, 'each sentence placed in the generated text (1-3 to a paragraph) is a statement with exactly its text', (params) => {
    fc.assert(
      fc.property(layoutArb(), (layout) => {
        const readout = parseReadout(render(layout));
        expect(losslessProblems(readout)).toEqual([]);
        const texts = readout.statements.map((s) => s.text);
        for (const sentence of layout.sections.flatMap((s) => s.paragraphs.flat())) expect(texts).toContain(sentence);
      }),
      params,
    );
  });

  property('normalisation is idempotent on hostile Unicode', 500, 'sequences of emoji, combining marks, RTL, lone surrogates, NFKC expanders (ﬃ, ﷺ, ①, ſ, İ), doubled words, controls', (params) => {
    const word = fc.oneof(unicodePiece, fc.constantFrom('this', 'This', 'THIS', 'thiſ', 'ＴＨＩＳ', 'a', '10', ' ', '  ', '\u3000', ','));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 30 }), fc.constantFrom(' ', '', '\n'), (words, glue) => {
        const once = normalizeText(words.join(glue));
        expect(normalizeText(once)).toBe(once);
      }),
      params,
    );
  });

  property('a statement’s normalized form is a fixed point of normalizeText', 100, 'every statement of a noisy generated readout', (params) => {
    fc.assert(
      fc.property(noisyReadoutText, (text) => {
        const readout = parseOrFrontMatterError(text);
        for (const s of readout?.statements ?? []) expect(normalizeText(s.normalized)).toBe(s.normalized);
      }),
      params,
    );
  });
});

describe('comparing', () => {
  property('every statement of both readouts is in exactly one change', 150, 'pairs: a generated readout and an edited copy (paragraphs dropped, moved, added, noised, sections flattened)', (params) => {
    fc.assert(fc.property(readoutPair, ([before, after]) => expectPartition(compareReadouts(before, after))), params);
  });

  // A word of four letters or more; a statement without one may be a stopword-only known failure.
  const CONTENT_WORD = /\p{L}{4,}/u;
  property('compareReadouts(a, a) is all unchanged, in place, similarity 1', 150, 'generated readouts of corpus sentences, some with Unicode noise inserted; repeated sentences possible', (params) => {
    fc.assert(
      fc.property(layoutArb(fc.oneof(sentence, noisySentence)).map(render), (text) => {
        const readout = parseOrFrontMatterError(text);
        if (!readout) return;
        const c = compareReadouts(readout, readout);
        expectPartition(c);
        const byId = new Map(readout.statements.map((s) => [s.id, s]));
        for (const ch of c.changes) {
          // The known failure below: a statement with no content word is not linked to its copy.
          if (ch.type !== 'unchanged' && [...ch.before, ...ch.after].every((id) => !CONTENT_WORD.test(byId.get(id)!.normalized))) continue;
          expect(ch).toMatchObject({ type: 'unchanged', moved: false, similarity: 1, shifts: [] });
          expect(ch.before).toEqual(ch.after);
        }
      }),
      params,
    );
  });

  const stopwordsOnly = ['The.', 'It is.', 'a.', 'Έ.', '7.', 'X？'];
  record.known('compareReadouts(a, a) on statements with no content word', stopwordsOnly.map((t) => JSON.stringify(t)).join(', '), 'each is reported dropped and new, similarity 0, instead of unchanged (owner: src/compare or src/similarity: a statement of stopwords, one letter or one digit ("7." split off "202？7.") gets no features, so nothing links it, not even to its identical copy)');
  test.fails('known failure: compareReadouts(a, a) on statements with no content word is all unchanged', () => {
    for (const text of stopwordsOnly) expect(compareReadouts(text, text).changes.map((ch) => ch.type)).toEqual(['unchanged']);
  });

  property('swapping the readouts mirrors the changes and keeps the links', 100, 'new ↔ dropped, split ↔ merged, same statement groups, same similarity', (params) => {
    fc.assert(
      fc.property(readoutPair, ([before, after]) => {
        expectSymmetric(before, after);
        const similarity = (c: Comparison, flip: boolean): string[] =>
          c.changes.map((ch) => `${flip ? ch.after : ch.before}>${flip ? ch.before : ch.after} ${ch.similarity.toFixed(9)}`).sort();
        expect(similarity(compareReadouts(after, before), true)).toEqual(similarity(compareReadouts(before, after), false));
      }),
      params,
    );
  });

  property('the same input gives byte-identical JSON', 60, 'compared twice from text, and once from parsed readouts; every comparison report', (params) => {
    fc.assert(
      fc.property(readoutPair, ([before, after]) => {
        const first = compareReadouts(before, after);
        const again = compareReadouts(before, after);
        const parsed = compareReadouts(parseReadout(before), parseReadout(after));
        expect(formatComparisonJson(again)).toBe(formatComparisonJson(first));
        expect(formatComparisonJson(parsed)).toBe(formatComparisonJson(first));
        expect(linkKey(parsed)).toEqual(linkKey(first));
        for (const format of [formatComparisonText, formatComparisonMarkdown, formatComparisonHtml] as const) {
          expect(format(again)).toBe(format(first));
        }
      }),
      params,
    );
  });
});

describe('arbitrary Unicode never throws', () => {
  const input = fc.oneof(noisyReadoutText, anyString, fc.array(fc.oneof(unicodePiece, noisySentence), { maxLength: 12 }).map((xs) => xs.join(' ')));

  property('parse, compare and every report', 100, 'noisy readouts, arbitrary strings (binary and grapheme) and Unicode pieces: parse, compare, text/markdown/html/json reports, parse report, timeline text/csv/html/json', (params) => {
    fc.assert(
      fc.property(input, input, (a, b) => {
        const before = parseOrFrontMatterError(a);
        const after = parseOrFrontMatterError(b);
        if (!before || !after) return;
        const c = compareReadouts(before, after);
        expectPartition(c);
        for (const out of [formatComparisonText(c), formatComparisonText(c, { color: true }), formatComparisonMarkdown(c), formatComparisonHtml(c), formatComparisonJson(c), formatReadoutText(before)]) {
          expect(typeof out).toBe('string');
        }
        expect(JSON.parse(formatComparisonJson(c)).changes).toHaveLength(c.changes.length);
        const timeline = trackPositions([before, after, before]);
        for (const out of [formatTimelineText(timeline), formatTimelineCsv(timeline), formatTimelineHtml(timeline), formatTimelineJson(timeline)]) {
          expect(typeof out).toBe('string');
        }
      }),
      params,
    );
  }, 90_000);

  property('HTML and Markdown input too', 150, 'the same strings read as --input-format html (through parse5) and markdown', (params) => {
    fc.assert(
      fc.property(input, (text) => {
        for (const inputFormat of ['html', 'markdown'] as const) {
          let readout: Readout;
          try {
            readout = readoutFromInput(text, { inputFormat });
          } catch (error) {
            expect((error as ReadoutError).code).toBe('INVALID_FRONT_MATTER');
            continue;
          }
          expect(losslessProblems(readout)).toEqual([]);
          compareReadouts(readout, readout);
        }
      }),
      params,
    );
  });
});
