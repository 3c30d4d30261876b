/**
 * fast-check generators for the robustness properties: readouts built from the corpus's own
 * sentences, with headers, sections, front matter and hostile Unicode mixed in.
 */
import fc from 'fast-check';
import { corpusSentences } from './corpus.js';

/** Text that trips Unicode handling: each a separate case the parser and reports must survive. */
export const UNICODE_PIECES = [
  '😀', '👩‍👩‍👧‍👦', '🇯🇵🇺🇸', '🏳️‍🌈', // emoji: astral, ZWJ sequences, flags
  'e\u0301', 'a\u0308\u0323', 'Z\u0351\u0352\u0357\u035B\u0346\u0315', '\u0301', // combining marks, also with nothing to combine with
  'الوزراء أكدوا التزامهم.', 'השרים הסכימו.', '\u202Etxet desrever\u202C', '\u200F', '\u2066x\u2069', // right-to-left and bidi controls
  '\uD800', '\uDFFF', '\uDBFF\uDBFF', 'a\uDC00b', // lone surrogates
  '\uFEFF', '\u200B', '\u200D', '\u00AD', '\u2060', // invisible
  '\u2028', '\u2029', '\u0085', '\u000B', '\u000C', '\r', '\r\n', '\0', '\u001B[31m', // line breaks and controls
  'ＴＨＥ ＭＩＮＩＳＴＥＲＳ', 'ﬃ', '\uFDFA', '①', '\u1100\u1161\u11A8', 'ſ', 'İ', 'ß', // NFKC and case mapping that change length
  '両大臣は確認した。', '！', '？', '「」', 'नमस्ते', 'สวัสดี', // other scripts and their stops
  '“', '”', '’', '—', '…', '. . .', 'U.S.', '(1) ', '## ', '**', '---', '<b>', '&amp;', // readout punctuation and markup
];

export const unicodePiece = fc.constantFrom(...UNICODE_PIECES);

/** Any string: fast-check's full code-unit range (lone surrogates included) or whole graphemes. */
export const anyString = fc.oneof(fc.string({ maxLength: 200, unit: 'binary' }), fc.string({ maxLength: 80, unit: 'grapheme' }));

/** One of the corpus's sentences, by index (shrinks towards the first). */
export const sentence = fc.nat({ max: corpusSentences().length - 1 }).map((i) => corpusSentences()[i]!);

/** A sentence with hostile Unicode inserted at a few random points (word boundaries or not). */
export const noisySentence = fc
  .tuple(sentence, fc.array(fc.tuple(fc.nat(), fc.oneof(unicodePiece, anyString)), { maxLength: 3 }))
  .map(([text, inserts]) => {
    let out = text;
    for (const [at, piece] of inserts) {
      const i = at % (out.length + 1);
      out = out.slice(0, i) + piece + out.slice(i);
    }
    return out;
  });

const EOL = fc.constantFrom('\n', '\r\n', '\r');

/** The structure of a generated readout: sections of paragraphs of sentences. */
export interface Layout {
  frontMatter: { title: string; date: string; source: string } | null;
  header: string[];
  sections: { heading: string | null; paragraphs: string[][] }[];
  eol: string;
}

export function layoutArb(piece: fc.Arbitrary<string> = sentence): fc.Arbitrary<Layout> {
  return fc.record({
    frontMatter: fc.option(
      fc.record({
        title: fc.oneof(sentence, anyString),
        date: fc.constantFrom('2023-06-01', '2024-07-28', '2021-01-24'),
        source: fc.constantFrom('https://www.mod.go.jp/', 'javascript:alert(1)', 'file.pdf'),
      }),
      { freq: 4 },
    ),
    header: fc.subarray(['Japan-U.S. Defense Ministerial Meeting (Summary)', 'June 1, 2023', 'Ministry of Defense', 'In Japanese']),
    sections: fc.array(
      fc.record({
        heading: fc.option(fc.constantFrom('1. Regional affairs', '2. Bilateral Defense Cooperation', '## Realignment', 'III. Other issues'), { freq: 2 }),
        paragraphs: fc.array(fc.array(piece, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    eol: EOL,
  });
}

/** Writes a layout out as readout text: front matter (JSON strings are valid YAML), header, sections. */
export function render(layout: Layout): string {
  const { eol } = layout;
  const blank = eol + eol;
  const parts: string[] = [];
  if (layout.frontMatter) {
    const fm = layout.frontMatter;
    parts.push(`---${eol}title: ${yamlString(fm.title)}${eol}date: ${fm.date}${eol}source: ${yamlString(fm.source)}${eol}---`);
  }
  parts.push(...layout.header);
  for (const section of layout.sections) {
    if (section.heading) parts.push(section.heading);
    for (const paragraph of section.paragraphs) parts.push(paragraph.join(' '));
  }
  return parts.join(blank) + eol;
}

/** A YAML double-quoted scalar: JSON's escapes, which YAML shares, with lone surrogates as \u escapes. */
function yamlString(value: string): string {
  return JSON.stringify(value);
}

/** Readout text built from corpus sentences. */
export const readoutText = layoutArb().map(render);

/** Readout text built from corpus sentences with hostile Unicode mixed in. */
export const noisyReadoutText = layoutArb(fc.oneof({ weight: 3, arbitrary: sentence }, { weight: 2, arbitrary: noisySentence }, { weight: 1, arbitrary: anyString })).map(render);

/** A second readout made from the first: some paragraphs dropped, reordered, added or noised. */
export const readoutPair = fc
  .tuple(layoutArb(fc.oneof({ weight: 4, arbitrary: sentence }, { weight: 1, arbitrary: noisySentence })), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('drop', 'move', 'add', 'noise')), { maxLength: 6 }), sentence, noisySentence)
  .map(([layout, edits, added, noisy]) => {
    const before = render(layout);
    const paragraphs = layout.sections.flatMap((s) => s.paragraphs.map((p) => [...p]));
    for (const [i, j, kind] of edits) {
      if (paragraphs.length === 0) break;
      const at = i % paragraphs.length;
      if (kind === 'drop') paragraphs.splice(at, 1);
      else if (kind === 'move') paragraphs.splice(j % paragraphs.length, 0, ...paragraphs.splice(at, 1));
      else if (kind === 'add') paragraphs.splice(at, 0, [added]);
      else paragraphs[at] = [...paragraphs[at]!, noisy];
    }
    const after = render({ ...layout, sections: [{ heading: layout.sections[0]?.heading ?? null, paragraphs }] });
    return [before, after] as const;
  });
