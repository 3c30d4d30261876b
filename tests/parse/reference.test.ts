import { describe, expect, test } from 'vitest';
import { parseReadout } from '../../src/parse/index.js';
import { GOLD, REFERENCE, losslessProblems, read } from './helpers.js';
import { join } from 'node:path';

interface Span {
  text: string;
  start: number;
  end: number;
}
interface ReferenceGold {
  title: string;
  date: string;
  issuer: string;
  boilerplate: string[];
  preamble: Span[];
  sections: { number: string; heading: string; headingStart: number; statements: Span[] }[];
}

const gold = JSON.parse(read(join(GOLD, 'reference-segmentation.json'))) as ReferenceGold;
const text = read(REFERENCE);
const readout = parseReadout(text);

describe('the reference readout (corpus/japan-us-dmm-2023-06-01.txt)', () => {
  test('parses to exactly the 24 gold sentences, with the same offsets', () => {
    const expected = [...gold.preamble, ...gold.sections.flatMap((s) => s.statements)];
    expect(expected).toHaveLength(24);
    expect(readout.statements.map(({ text, start, end }) => ({ text, start, end }))).toEqual(expected);
  });

  test('has 2 context sentences before the first heading and 22 positions in 3 sections', () => {
    const context = readout.statements.filter((s) => s.kind === 'context');
    expect(context.map((s) => s.text)).toEqual(gold.preamble.map((s) => s.text));
    expect(context.every((s) => s.section === 0)).toBe(true);
    const positions = readout.statements.filter((s) => s.kind === 'position');
    expect(positions).toHaveLength(22);
    gold.sections.forEach((section, i) => {
      const parsed = readout.sections[i + 1];
      expect(parsed).toMatchObject({ index: i + 1, number: section.number, heading: section.heading, start: section.headingStart });
      expect(positions.filter((s) => s.section === i + 1).map((s) => s.text)).toEqual(section.statements.map((s) => s.text));
    });
    expect(readout.sections[0]).toEqual({ index: 0, number: null, heading: null, start: null, end: null });
  });

  test('reads title, date and issuer from the header lines', () => {
    expect(readout.title).toBe(gold.title);
    expect(readout.date).toBe('2023-06-01');
    expect(readout.issuer).toBe('Ministry of Defense');
    expect(readout.skipped.filter((s) => s.reason === 'boilerplate').map((s) => s.text)).toEqual(gold.boilerplate);
  });

  test('is lossless', () => {
    expect(losslessProblems(readout)).toEqual([]);
  });

  test('finds actors and verbs, resolving "They"', () => {
    const byStart = new Map(readout.statements.map((s) => [s.text.slice(0, 30), s]));
    expect(byStart.get('Moreover, the Ministers affirm')).toMatchObject({ actor: 'The Ministers', verb: 'affirm' });
    expect(byStart.get('Secretary Austin reiterated th')).toMatchObject({ actor: 'Secretary Austin', verb: 'reiterate' });
    expect(byStart.get('Minister Hamada expressed his ')).toMatchObject({ actor: 'Minister Hamada', verb: 'express' });
    expect(byStart.get('They confirmed the necessity o')).toMatchObject({ actor: 'The Ministers', verb: 'confirm' });
    expect(readout.statements[2]).toMatchObject({ kind: 'position', actor: 'The Ministers', verb: 'reconfirm' });
    expect(readout.statements[2]?.normalized).toContain('in this age of intense competition.');
  });
});
