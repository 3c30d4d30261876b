/**
 * Known edits to readouts built from the corpus's own sentences: does the comparison find them?
 * Each scenario takes 10-20 distinct corpus sentences in 2-3 sections, then drops some, adds
 * sentences from other readouts, rewords some (one speech-act verb swapped, or one clause
 * removed) and moves some to another section. An edit is found when the comparison reports it as
 * that kind of change between exactly those statements. Recall per kind is asserted against a
 * floor: the figure measured when the test was written, minus a margin (see FLOORS).
 */
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { compareReadouts } from '../../src/compare/index.js';
import type { Comparison } from '../../src/types.js';
import { corpusSentences } from './corpus.js';
import { Findings } from './helpers.js';

const record = new Findings('Known edits found (recall)');
afterAll(() => record.report());

const SCENARIOS = 150;
const SEED = 7;

// Speech-act verbs as the corpus writes them; a rewording swaps one for the next in the list.
const VERBS = ['reaffirmed', 'confirmed', 'welcomed', 'expressed', 'agreed', 'discussed', 'emphasized', 'noted', 'reiterated', 'condemned', 'affirmed', 'committed', 'shared', 'highlighted', 'recognized', 'concurred', 'decided', 'pledged'];
const VERB = new RegExp(`\\b(${VERBS.join('|')})\\b`);

type Kind = 'drop' | 'add' | 'verb' | 'clause' | 'move';

/** Swaps the first speech-act verb for another: "reaffirmed" → "confirmed". */
function swapVerb(sentence: string): string | null {
  const match = VERB.exec(sentence);
  if (!match) return null;
  const next = VERBS[(VERBS.indexOf(match[1]!) + 1) % VERBS.length]!;
  return sentence.slice(0, match.index) + next + sentence.slice(match.index + match[1]!.length);
}

/** Removes one clause: between the first two commas, else from the only comma to the stop. */
function removeClause(sentence: string): string | null {
  const first = sentence.indexOf(', ');
  if (first < 0) return null;
  const second = sentence.indexOf(',', first + 2);
  const stop = /[.”"]+$/.exec(sentence)?.index ?? sentence.length;
  const cut = second > 0 && second < stop ? sentence.slice(0, first) + sentence.slice(second) : sentence.slice(0, first) + sentence.slice(stop);
  const words = (s: string): number => s.split(/\s+/).length;
  // Still mostly the same sentence: at least two thirds of its words, and at least six.
  return words(cut) >= Math.max(6, (2 * words(sentence)) / 3) && cut !== sentence ? cut : null;
}

interface Scenario {
  before: string;
  after: string;
  /** Expected: before sentence text → after sentence text (null for a drop; before null for an add). */
  edits: { kind: Kind; before: string | null; after: string | null }[];
  untouched: string[];
}

const scenario = fc
  .record({
    picks: fc.uniqueArray(fc.nat({ max: corpusSentences().length - 1 }), { minLength: 12, maxLength: 22 }),
    sections: fc.integer({ min: 2, max: 3 }),
    kinds: fc.array(fc.constantFrom<Kind>('drop', 'add', 'verb', 'clause', 'move'), { minLength: 3, maxLength: 6 }),
    positions: fc.array(fc.nat(), { minLength: 12, maxLength: 12 }),
  })
  .map(({ picks, sections, kinds, positions }): Scenario => {
    const pool = corpusSentences();
    const additions = picks.slice(-4).map((i) => pool[i]!); // never in the before readout
    const used = picks.slice(0, -4).map((i) => pool[i]!);
    // Sections of paragraphs of one or two sentences.
    const layout: string[][][] = Array.from({ length: sections }, () => []);
    used.forEach((s, i) => {
      const section = layout[Math.floor((i * sections) / used.length)]!;
      const last = section[section.length - 1];
      if (last && last.length < 2 && i % 3 === 1) last.push(s);
      else section.push([s]);
    });
    const before = write(layout);
    const after = layout.map((section) => section.map((p) => [...p]));
    const edits: Scenario['edits'] = [];
    const touched = new Set<string>();
    let position = 0;
    const nextPosition = (): number => positions[position++ % positions.length]!;
    const locate = (text: string): [number, number, number] => {
      for (const [si, section] of after.entries()) for (const [pi, p] of section.entries()) if (p.includes(text)) return [si, pi, p.indexOf(text)];
      throw new Error(`lost ${text}`);
    };
    for (const kind of kinds) {
      if (kind === 'add') {
        const text = additions[edits.filter((e) => e.kind === 'add').length % additions.length]!;
        if (touched.has(text)) continue;
        const section = after[nextPosition() % after.length]!;
        section.splice(nextPosition() % (section.length + 1), 0, [text]);
        touched.add(text);
        edits.push({ kind, before: null, after: text });
        continue;
      }
      const candidates = used.filter((s) => !touched.has(s));
      if (candidates.length === 0) break;
      const text = candidates[nextPosition() % candidates.length]!;
      const [si, pi, k] = locate(text);
      if (kind === 'drop' || kind === 'move') {
        after[si]![pi]!.splice(k, 1);
        if (after[si]![pi]!.length === 0) after[si]!.splice(pi, 1);
        if (kind === 'move') {
          const target = after[(si + 1 + (nextPosition() % (after.length - 1))) % after.length]!;
          target.splice(nextPosition() % (target.length + 1), 0, [text]);
        }
        touched.add(text);
        edits.push({ kind, before: text, after: kind === 'move' ? text : null });
        continue;
      }
      const reworded = kind === 'verb' ? swapVerb(text) : removeClause(text);
      if (reworded === null) continue;
      after[si]![pi]![k] = reworded;
      touched.add(text);
      edits.push({ kind, before: text, after: reworded });
    }
    return { before, after: write(after), edits, untouched: used.filter((s) => !touched.has(s)) };
  });

function write(layout: string[][][]): string {
  return layout.map((section, i) => [`${i + 1}. Section ${i + 1}`, ...section.map((p) => p.join(' '))].join('\n\n')).join('\n\n') + '\n';
}

/** Whether the comparison reports the edit as that kind of change between exactly those statements. */
function found(c: Comparison, edit: Scenario['edits'][number]): boolean {
  const id = (side: 'before' | 'after', text: string | null): string | undefined => (text === null ? undefined : c[side].statements.find((s) => s.text === text)?.id);
  const b = id('before', edit.before);
  const a = id('after', edit.after);
  const change = c.changes.find((ch) => (b !== undefined && ch.before.includes(b)) || (a !== undefined && ch.after.includes(a)));
  if (!change) return false;
  switch (edit.kind) {
    case 'drop':
      return change.type === 'dropped';
    case 'add':
      return change.type === 'new';
    case 'verb':
    case 'clause':
      return change.type === 'reworded' && change.before.length === 1 && change.before[0] === b && change.after.length === 1 && change.after[0] === a;
    case 'move':
      return change.moved && change.before.length === 1 && change.before[0] === b && change.after.length === 1 && change.after[0] === a;
  }
}

// Measured at seed 7 over 150 scenarios when written (the console shows the current figures):
// drop 124/129 = 0.96, add 111/116 = 0.96, verb 101/101 = 1, clause 28/28 = 1, move 122/133 = 0.92,
// all edits 486/507 = 0.96, untouched 1454/1454 = 1. Each floor is that minus a margin of about
// 0.08 (0.15 for clauses, the smallest sample). Most misses are not the engine's fault: the
// corpus repeats itself across readouts, so an "added" sentence may rightly be linked to a
// near-copy already there.
const FLOORS: Record<Kind | 'all' | 'untouched', number> = { drop: 0.88, add: 0.88, verb: 0.92, clause: 0.85, move: 0.84, all: 0.88, untouched: 0.95 };

describe('edits made to corpus sentences', () => {
  const scenarios = fc.sample(scenario, { numRuns: SCENARIOS, seed: SEED });
  const tally = new Map<Kind | 'all' | 'untouched', { found: number; total: number }>();
  const misses: string[] = [];
  for (const s of scenarios) {
    const c = compareReadouts(s.before, s.after);
    for (const edit of s.edits) {
      const hit = found(c, edit);
      for (const key of [edit.kind, 'all'] as const) {
        const t = tally.get(key) ?? { found: 0, total: 0 };
        t.total += 1;
        if (hit) t.found += 1;
        tally.set(key, t);
      }
      if (!hit && misses.length < 12) misses.push(`${edit.kind}: ${edit.before ?? ''} → ${edit.after ?? ''}`);
    }
    const t = tally.get('untouched') ?? { found: 0, total: 0 };
    for (const text of s.untouched) {
      const b = c.before.statements.find((x) => x.text === text)?.id;
      const a = c.after.statements.find((x) => x.text === text)?.id;
      t.total += 1;
      if (c.changes.some((ch) => ch.type === 'unchanged' && ch.before[0] === b && ch.after[0] === a)) t.found += 1;
    }
    tally.set('untouched', t);
  }
  console.log('edit recall', Object.fromEntries([...tally].map(([k, v]) => [k, `${v.found}/${v.total} = ${(v.found / v.total).toFixed(3)}`])), misses);

  for (const kind of ['drop', 'add', 'verb', 'clause', 'move', 'all', 'untouched'] as const) {
    const t = tally.get(kind) ?? { found: 0, total: 0 };
    const what = kind === 'untouched' ? 'untouched sentences reported unchanged' : kind === 'all' ? 'all edits found' : `${kind} edits found`;
    const entry = record.add(`recall: ${what}`, `${t.total} ${kind === 'untouched' ? 'sentences' : 'edits'} in ${SCENARIOS} generated readout pairs (seed ${SEED}); floor ${FLOORS[kind]}`);
    test(`recall: ${what} ≥ ${FLOORS[kind]}`, () => {
      expect(t.total).toBeGreaterThan(10);
      expect(t.found / t.total).toBeGreaterThanOrEqual(FLOORS[kind]);
      record.held(entry, `${t.found}/${t.total} = ${(t.found / t.total).toFixed(2)}`);
    });
  }
});
