/** Shared checks for the parser tests: the lossless invariant and the gold files. */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Readout } from '../../src/types.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const GOLD = join(ROOT, 'tests', 'fixtures', 'gold');
export const READOUTS = join(ROOT, 'tests', 'fixtures', 'readouts');
export const REFERENCE = join(ROOT, 'corpus', 'japan-us-dmm-2023-06-01.txt');

/** A gold path ("../readouts/x.txt" relative to gold/, or "reference") as an absolute path. */
export function goldPath(path: string): string {
  return path === 'reference' ? REFERENCE : normalize(join(GOLD, path));
}

export function read(path: string): string {
  return readFileSync(path, 'utf8');
}

/** Every readout the tests know: the fixtures and the corpus. */
export function allReadoutFiles(): string[] {
  const corpus = readdirSync(join(ROOT, 'corpus'))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => join(ROOT, 'corpus', name));
  const fixtures = readdirSync(READOUTS)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => join(READOUTS, name));
  return [...corpus, ...fixtures];
}

const SPACE = /\s/;

/**
 * The lossless invariant, as a list of problems (empty when it holds): every span slices back to
 * its text; spans are disjoint; statements are ordered; every non-whitespace character is covered
 * by exactly one statement, heading, metadata line or skipped span.
 */
export function losslessProblems(readout: Readout): string[] {
  const { text } = readout;
  const problems: string[] = [];
  const covered = new Uint8Array(text.length);
  const spans: { start: number; end: number; text?: string; what: string }[] = [
    ...readout.statements.map((s) => ({ ...s, what: `statement ${s.id}` })),
    ...readout.metadata.map((m) => ({ ...m, what: `metadata ${m.field}` })),
    ...readout.skipped.map((s) => ({ ...s, what: `skipped ${s.reason}` })),
    ...readout.sections
      .filter((s) => s.start !== null && s.end !== null)
      .map((s) => ({ start: s.start as number, end: s.end as number, what: `heading ${s.index}` })),
  ];
  for (const span of spans) {
    if (!(span.start >= 0 && span.start < span.end && span.end <= text.length)) {
      problems.push(`${span.what}: bad offsets ${span.start}-${span.end}`);
      continue;
    }
    if (span.text !== undefined && text.slice(span.start, span.end) !== span.text) {
      problems.push(`${span.what}: text does not slice back`);
    }
    for (let i = span.start; i < span.end; i += 1) {
      if (covered[i] === 1 && problems.length < 20) problems.push(`${span.what}: overlaps at ${i}`);
      covered[i] = 1;
    }
  }
  let previousEnd = 0;
  readout.statements.forEach((s, index) => {
    if (s.index !== index || s.id !== `s${index + 1}`) problems.push(`statement ${index}: bad id/index`);
    if (s.start < previousEnd) problems.push(`statement ${s.id}: out of order`);
    previousEnd = s.end;
  });
  for (let i = 0; i < text.length && problems.length < 20; i += 1) {
    if (covered[i] === 0 && !SPACE.test(text[i] as string)) {
      problems.push(`uncovered ${JSON.stringify(text.slice(i, i + 20))} at ${i}`);
    }
  }
  return problems;
}

interface PairFile {
  before: string;
  after: string;
  ignore: { before: string[]; after: string[] };
  links: { before: string[]; after: string[] }[];
  optional: { before: string[]; after: string[] }[];
  new: string[];
  dropped: string[];
}

interface SeriesFile {
  readouts: string[];
  ignore: Record<string, string[]>;
  positions: { label: string; occurrences: Record<string, string[]> }[];
}

export interface GoldSentence {
  file: string;
  sentence: string;
  /** 'position' for links/optional/new/dropped and series positions; 'ignore' for ignored lines. */
  role: 'position' | 'ignore' | 'either';
  source: string;
}

/** Every sentence quoted in the gold pair and series files, with its readout and role. */
export function goldSentences(): GoldSentence[] {
  const out: GoldSentence[] = [];
  const pairsDir = join(GOLD, 'pairs');
  for (const name of readdirSync(pairsDir).filter((n) => n.endsWith('.json')).sort()) {
    const gold = JSON.parse(read(join(pairsDir, name))) as PairFile;
    const source = `pairs/${name}`;
    for (const side of ['before', 'after'] as const) {
      const file = goldPath(gold[side]);
      for (const sentence of gold.ignore[side]) out.push({ file, sentence, role: 'ignore', source });
      for (const link of gold.links) {
        for (const sentence of link[side]) out.push({ file, sentence, role: 'position', source });
      }
      // An optional entry with one empty side marks a sentence the annotator found both preamble
      // and position ("spoke with ... today, reiterating ..."): either kind is right.
      for (const entry of gold.optional) {
        const oneSided = entry.before.length === 0 || entry.after.length === 0;
        for (const sentence of entry[side]) out.push({ file, sentence, role: oneSided ? 'either' : 'position', source });
      }
    }
    for (const sentence of gold.new) out.push({ file: goldPath(gold.after), sentence, role: 'position', source });
    for (const sentence of gold.dropped) out.push({ file: goldPath(gold.before), sentence, role: 'position', source });
  }
  const seriesDir = join(GOLD, 'series');
  for (const name of readdirSync(seriesDir).filter((n) => n.endsWith('.json')).sort()) {
    const gold = JSON.parse(read(join(seriesDir, name))) as SeriesFile;
    const source = `series/${name}`;
    const files = gold.readouts.map(goldPath);
    for (const [key, sentences] of Object.entries(gold.ignore)) {
      for (const sentence of sentences) out.push({ file: files[Number(key)] as string, sentence, role: 'ignore', source });
    }
    for (const position of gold.positions) {
      for (const [key, sentences] of Object.entries(position.occurrences)) {
        for (const sentence of sentences) out.push({ file: files[Number(key)] as string, sentence, role: 'position', source });
      }
    }
  }
  return out;
}
