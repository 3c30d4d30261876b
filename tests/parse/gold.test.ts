import { describe, expect, test } from 'vitest';
import { parseReadout } from '../../src/parse/index.js';
import type { Readout } from '../../src/types.js';
import { ROOT, goldSentences, read } from './helpers.js';
import { relative } from 'node:path';

const sentences = goldSentences();
const parsed = new Map<string, Readout>();
function parse(file: string): Readout {
  let readout = parsed.get(file);
  if (!readout) {
    readout = parseReadout(read(file));
    parsed.set(file, readout);
  }
  return readout;
}

describe('every gold sentence is exactly one statement of its readout', () => {
  const positions = sentences.filter((s) => s.role !== 'ignore');
  test.each(positions.map((s) => [relative(ROOT, s.file), s.sentence.slice(0, 70), s]))('%s: %s', (_file, _head, gold) => {
    const readout = parse(gold.file);
    const matches = readout.statements.filter((s) => s.text === gold.sentence);
    expect(matches, `${gold.source}`).toHaveLength(1);
    if (gold.role === 'position') expect(matches[0]?.kind).toBe('position');
  });
});

describe('every ignored gold line is a context statement or skipped', () => {
  const ignored = sentences.filter((s) => s.role === 'ignore');
  test.each(ignored.map((s) => [relative(ROOT, s.file), s.sentence.slice(0, 70), s]))('%s: %s', (_file, _head, gold) => {
    const readout = parse(gold.file);
    const statement = readout.statements.find((s) => s.text === gold.sentence);
    const skipped = readout.skipped.find((s) => s.text === gold.sentence);
    expect(statement?.kind === 'context' || skipped !== undefined, gold.source).toBe(true);
  });
});

describe('each gold-annotated readout parses to exactly its gold sentences', () => {
  const files = [...new Set(sentences.map((s) => s.file))];
  test.each(files.map((f) => [relative(ROOT, f), f]))('%s', (_name, file) => {
    const expected = [...new Set(sentences.filter((s) => s.file === file).map((s) => s.sentence))];
    const text = read(file);
    expected.sort((a, b) => text.indexOf(a) - text.indexOf(b));
    const readout = parse(file);
    // ANNOTATION.md: every sentence of an annotated readout appears once in its gold file(s).
    expect(readout.statements.map((s) => s.text)).toEqual(expected);
  });
});
