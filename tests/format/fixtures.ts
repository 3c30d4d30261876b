import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffWords } from 'diff';
import type { Change, Comparison, Edit, Readout, Section, Shift, Skipped, Statement, MetadataLine } from '../../src/types.js';

/*
 * Comparison objects built by hand from the corpus texts, so that the reports can be written and
 * tested before the comparison engine exists. The readouts are segmented by a deliberately naive
 * splitter (good enough for these two texts); the alignments are written out below as a person
 * would make them; the word-level edits come from jsdiff's `diffWords`, as the engine's do.
 * When `compareReadouts` lands, these tests switch to its real output.
 */

const root = join(import.meta.dirname, '..', '..');
export const juneText = readFileSync(join(root, 'corpus', 'japan-us-dmm-2023-06-01.txt'), 'utf8');
export const octoberText = readFileSync(join(root, 'corpus', 'mod-japan-us-dmm-2023-10-04.txt'), 'utf8');

interface ReadoutFields {
  title: string | null;
  date: string | null;
  issuer: string | null;
  source: string | null;
  meta?: Record<string, string>;
}

const VERBS: Record<string, string> = {
  reconfirmed: 'reconfirm',
  confirmed: 'confirm',
  reaffirmed: 'reaffirm',
  affirmed: 'affirm',
  concurred: 'concur',
  reiterated: 'reiterate',
  welcomed: 'welcome',
  discussed: 'discuss',
  recognized: 'recognize',
  noted: 'note',
  expressed: 'express',
  held: 'hold',
};

/** A readout of one of the corpus texts: statements start at the paragraph beginning "On ". */
export function readoutOf(text: string, fields: ReadoutFields): Readout {
  const sections: Section[] = [{ index: 0, number: null, heading: null, start: null, end: null }];
  const statements: Statement[] = [];
  const metadata: MetadataLine[] = [];
  const skipped: Skipped[] = [];
  let inBody = false;
  let paragraph = -1;
  const blocks = [...text.matchAll(/[^\n]+(?:\n(?!\s*\n)[^\n]+)*/g)];
  for (const block of blocks) {
    const value = block[0];
    const start = block.index;
    const end = start + value.length;
    if (value.startsWith('---')) {
      skipped.push({ start, end, text: value, reason: 'front-matter' });
      continue;
    }
    if (!inBody && !value.startsWith('On ')) {
      if (value === 'In Japanese' || value === '(Press Release)') skipped.push({ start, end, text: value, reason: 'boilerplate' });
      else if (value === fields.title) metadata.push({ field: 'title', start, end, text: value });
      else if (/\d{4}$/.test(value)) metadata.push({ field: 'date', start, end, text: value });
      else metadata.push({ field: 'issuer', start, end, text: value });
      continue;
    }
    inBody = true;
    const heading = /^(\d+)\.\s+(.+)$/.exec(value);
    if (heading) {
      sections.push({ index: sections.length, number: heading[1]!, heading: heading[2]!, start, end });
      continue;
    }
    if (value.endsWith('(PDF)')) {
      skipped.push({ start, end, text: value, reason: 'boilerplate' });
      continue;
    }
    paragraph++;
    for (const sentence of splitSentences(value)) {
      const sentenceStart = start + sentence.offset;
      const verb = /\b(reconfirmed|confirmed|reaffirmed|affirmed|concurred|reiterated|welcomed|discussed|recognized|noted|expressed|held)\b/.exec(sentence.text);
      const actor = /\b(The Ministers|the Ministers|Secretary Austin|Minister Hamada|They)\b/.exec(sentence.text);
      const context = sentence.text.startsWith('On ') || sentence.text.startsWith('The summary is');
      statements.push({
        id: `s${statements.length + 1}`,
        index: statements.length,
        text: sentence.text,
        start: sentenceStart,
        end: sentenceStart + sentence.text.length,
        section: sections.length - 1,
        paragraph,
        kind: context ? 'context' : 'position',
        normalized: normalize(sentence.text),
        actor: context ? null : (actor?.[1] ?? null),
        verb: verb ? VERBS[verb[1]!]! : null,
      });
    }
  }
  return { ...fields, meta: fields.meta ?? {}, text, sections, statements, metadata, skipped };
}

// Splits after ". " before a capital, except after an initialism ("the U.S. Air Force").
function splitSentences(paragraph: string): Array<{ text: string; offset: number }> {
  const out: Array<{ text: string; offset: number }> = [];
  let from = 0;
  for (const match of paragraph.matchAll(/\.\s+(?=[A-Z(])/g)) {
    const cut = match.index + 1;
    if (/(?:[A-Z]\.){2,}$/.test(paragraph.slice(0, cut))) continue;
    out.push({ text: paragraph.slice(from, cut), offset: from });
    from = match.index + match[0].length;
  }
  out.push({ text: paragraph.slice(from).trimEnd(), offset: from });
  return out;
}

function normalize(text: string): string {
  return text.normalize('NFKC').replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ');
}

/** One alignment as a person writes it: statements named by the start of their text. */
export interface Pairing {
  type: Change['type'];
  before?: string[];
  after?: string[];
  shifts?: Shift[];
  significance?: Change['significance'];
  moved?: boolean;
}

/**
 * A Comparison from two readouts and the alignments that are not plain: every before statement
 * not named is unchanged when the after readout has the same text, dropped otherwise; every
 * after statement not named is new. Changes follow the after readout, with dropped statements
 * placed where they used to be.
 */
export function comparisonOf(before: Readout, after: Readout, pairings: Pairing[]): Comparison {
  const find = (readout: Readout, prefix: string): Statement => {
    const found = readout.statements.filter((statement) => statement.text.startsWith(prefix));
    if (found.length !== 1) throw new Error(`fixture: ${found.length} statements start with ${JSON.stringify(prefix)}`);
    return found[0]!;
  };
  const changes: Change[] = [];
  const usedBefore = new Set<string>();
  const usedAfter = new Set<string>();
  for (const pairing of pairings) {
    const b = (pairing.before ?? []).map((prefix) => find(before, prefix));
    const a = (pairing.after ?? []).map((prefix) => find(after, prefix));
    b.forEach((statement) => usedBefore.add(statement.id));
    a.forEach((statement) => usedAfter.add(statement.id));
    const beforeText = b.map((statement) => statement.text).join(' ');
    const afterText = a.map((statement) => statement.text).join(' ');
    changes.push({
      type: pairing.type,
      moved: pairing.moved ?? false,
      before: b.map((statement) => statement.id),
      after: a.map((statement) => statement.id),
      similarity: pairing.type === 'new' || pairing.type === 'dropped' ? 0 : similarity(beforeText, afterText),
      edits: editsOf(pairing.type, beforeText, afterText),
      shifts: pairing.shifts ?? [],
      significance: pairing.significance ?? (pairing.type === 'unchanged' ? 'none' : 'substantive'),
    });
  }
  for (const statement of before.statements) {
    if (usedBefore.has(statement.id)) continue;
    const same = after.statements.find((other) => !usedAfter.has(other.id) && other.normalized === statement.normalized);
    usedBefore.add(statement.id);
    if (same) usedAfter.add(same.id);
    changes.push({
      type: same ? 'unchanged' : 'dropped',
      moved: false,
      before: [statement.id],
      after: same ? [same.id] : [],
      similarity: same ? 1 : 0,
      edits: editsOf(same ? 'unchanged' : 'dropped', statement.text, same?.text ?? ''),
      shifts: [],
      significance: same ? 'none' : 'substantive',
    });
  }
  for (const statement of after.statements) {
    if (usedAfter.has(statement.id)) continue;
    changes.push({ type: 'new', moved: false, before: [], after: [statement.id], similarity: 0, edits: editsOf('new', '', statement.text), shifts: [], significance: 'substantive' });
  }
  const order = (change: Change): number[] => {
    const firstAfter = change.after[0];
    if (firstAfter !== undefined) return [after.statements.findIndex((s) => s.id === firstAfter), 1];
    // A dropped statement goes right after the change holding the before statement preceding it.
    const index = before.statements.findIndex((s) => s.id === change.before[0]);
    for (let i = index - 1; i >= 0; i--) {
      const holder = changes.find((other) => other.before.includes(before.statements[i]!.id) && other.after.length > 0);
      if (holder) return [after.statements.findIndex((s) => s.id === holder.after[0]), 2, index];
    }
    return [-1, 2, index];
  };
  const keyed = changes.map((change) => ({ change, key: order(change) }));
  keyed.sort((x, y) => {
    for (let i = 0; i < 3; i++) {
      const d = (x.key[i] ?? 0) - (y.key[i] ?? 0);
      if (d !== 0) return d;
    }
    return 0;
  });
  const sorted = keyed.map(({ change }) => change);
  return { schemaVersion: 1, before, after, changes: sorted, summary: summaryOf(sorted) };
}

function editsOf(type: Change['type'], beforeText: string, afterText: string): Edit[] {
  if (type === 'new') return [{ value: afterText, added: true, removed: false, count: 1 }];
  if (type === 'dropped') return [{ value: beforeText, added: false, removed: true, count: 1 }];
  if (type === 'unchanged') return [{ value: afterText, added: false, removed: false, count: 1 }];
  return diffWords(beforeText, afterText).map((edit) => ({ value: edit.value, added: edit.added, removed: edit.removed, count: edit.count }));
}

function similarity(a: string, b: string): number {
  const words = (text: string): Set<string> => new Set(normalize(text).toLowerCase().match(/[a-z0-9]+/g) ?? []);
  const x = words(a);
  const y = words(b);
  const common = [...x].filter((word) => y.has(word)).length;
  return Math.round((common / (x.size + y.size - common || 1)) * 100) / 100;
}

function summaryOf(changes: Change[]): Comparison['summary'] {
  const count = (type: Change['type']): number => changes.filter((change) => change.type === type).length;
  return {
    unchanged: count('unchanged'),
    reworded: count('reworded'),
    new: count('new'),
    dropped: count('dropped'),
    split: count('split'),
    merged: count('merged'),
    moved: changes.filter((change) => change.moved).length,
    substantive: changes.filter((change) => change.significance === 'substantive').length,
  };
}

export const june = (): Readout =>
  readoutOf(juneText, {
    title: 'Japan-U.S. Defense Ministerial Meeting (Summary)',
    date: '2023-06-01',
    issuer: 'Ministry of Defense',
    source: 'https://www.mod.go.jp/en/article/2023/06/64e28ea86671d5d4feddce01dd14d833d3857213.html',
  });

export const october = (): Readout =>
  readoutOf(octoberText, {
    title: 'Japan-U.S. Defense Ministerial Meeting (Summary)',
    date: '2023-10-04',
    issuer: 'Japan Ministry of Defense',
    source: 'https://www.mod.go.jp/en/article/2023/10/41f53aa84afe7d9b1e12f41fe7e3e8de59df8aa7.html',
    meta: { meeting: 'Japan-U.S. Defense Ministerial Meeting, Defense Minister Kihara Minoru and Defense Secretary Lloyd J. Austin III, U.S. Department of Defense (Pentagon), Washington', partial: 'yes' },
  });

/** The real pair: the June 2023 reference readout and the (partial) October 2023 one. */
export function corpusComparison(): Comparison {
  return comparisonOf(june(), october(), [
    { type: 'reworded', before: ['On June 1'], after: ['On October 4'], significance: 'cosmetic', shifts: [{ kind: 'number', from: '75 minutes', to: '55 minutes', direction: 'neutral' }] },
    {
      type: 'reworded',
      before: ['The Ministers confirmed that they would not accept'],
      after: ['The Ministers confirmed that they would not accept'],
      shifts: [{ kind: 'term', from: null, to: 'in any parts of the world', direction: 'stronger' }],
    },
    {
      type: 'reworded',
      before: ['The Ministers confirmed that Russia'],
      after: ['The Ministers confirmed that Russia'],
      shifts: [
        { kind: 'term', from: 'illegal, unjustifiable and unprovoked', to: null, direction: 'weaker' },
        { kind: 'intensity', from: 'maximum', to: null, direction: 'weaker' },
        { kind: 'modality', from: 'will', to: 'would', direction: 'neutral' },
      ],
    },
    {
      type: 'reworded',
      before: ['The Ministers concurred that they will continue'],
      after: ['Given China'],
      moved: true,
      shifts: [{ kind: 'term', from: 'issues concerning China', to: 'China’s intensifying military activities', direction: 'stronger' }],
    },
    {
      type: 'reworded',
      before: ['Furthermore, the Ministers reiterated'],
      after: ['Furthermore, the Ministers reiterated'],
      shifts: [{ kind: 'term', from: 'encouraged the peaceful resolution of cross-Strait issues', to: null, direction: 'weaker' }],
    },
    {
      type: 'reworded',
      before: ['The Ministers welcomed the outcome of the Defense Trilateral Talks'],
      after: ['Regarding North Korea'],
      shifts: [
        { kind: 'verb', from: 'welcomed', to: 'confirmed', direction: 'stronger' },
        { kind: 'term', from: 'issues', to: 'threat', direction: 'stronger' },
      ],
    },
  ]);
}

/**
 * The reference readout against an edited copy of itself: a stronger verb, a dropped term, a
 * cosmetic fix, a split, a moved position, and hostile text (HTML and Markdown that must stay
 * text) in a title, a source, a heading, a new statement and a rewording's added words.
 */
export const HOSTILE_SCRIPT = '<script>window.__pwned=1</script>';
export const HOSTILE_IMG = '<img src=x onerror="window.__pwned=1">';
export const HOSTILE_SENTENCE = `The Ministers noted ${HOSTILE_SCRIPT} and ${HOSTILE_IMG} and javascript:alert(1) & "quotes" 'too'.`;
export const MARKDOWN_SENTENCE = 'The Ministers noted *stars*, _under_, a | pipe, `code`, <b>bold</b>, [a](javascript:alert(1)), ~tilde~, $x$ and # hash.';

export function editedText(): string {
  return juneText
    .replace('in this this age', 'in this age')
    .replace('The Ministers confirmed that ensuring cybersecurity', 'The Ministers reaffirmed that ensuring cybersecurity')
    .replace('providing extended deterrence including nuclear capabilities to Japan', 'providing extended deterrence to Japan')
    .replace('international order and confirmed that Japan and the U.S. will work', 'international order. The Ministers confirmed that Japan and the U.S. will work')
    .replace('reinforce cybersecurity.', `reinforce ${HOSTILE_SCRIPT} cybersecurity.`)
    .replace('2. Bilateral Defense Cooperation', `2. Bilateral Defense <em>Cooperation</em> ${HOSTILE_IMG}`)
    .replace(' The Ministers confirmed to expand training opportunities and enhance interoperability of the three countries through Japan-Australia Reciprocal Access Agreement.', '')
    .replace(
      'They confirmed the necessity',
      `${HOSTILE_SENTENCE} ${MARKDOWN_SENTENCE} The Ministers confirmed to expand training opportunities and enhance interoperability of the three countries through Japan-Australia Reciprocal Access Agreement. They confirmed the necessity`,
    );
}

export function editedComparison(): Comparison {
  const after = readoutOf(editedText(), {
    title: 'Japan-U.S. <Defense> Ministerial Meeting & "Summary"',
    date: '2023-06-02',
    issuer: "Ministry of Defense's <i>press</i> office",
    source: 'javascript:alert(1)',
  });
  return comparisonOf(june(), after, [
    { type: 'reworded', before: ['The Ministers reconfirmed'], after: ['The Ministers reconfirmed'], significance: 'cosmetic' },
    {
      type: 'split',
      before: ['The Ministers confirmed that Russia'],
      after: ['The Ministers confirmed that Russia', 'The Ministers confirmed that Japan and the U.S. will work'],
      significance: 'cosmetic',
    },
    {
      type: 'reworded',
      before: ['Secretary Austin reiterated'],
      after: ['Secretary Austin reiterated'],
      shifts: [{ kind: 'term', from: 'including nuclear capabilities', to: null, direction: 'weaker' }],
    },
    {
      type: 'reworded',
      before: ['The Ministers confirmed that ensuring cybersecurity'],
      after: ['The Ministers reaffirmed that ensuring cybersecurity'],
      shifts: [{ kind: 'verb', from: 'confirmed', to: 'reaffirmed', direction: 'stronger' }],
    },
    {
      type: 'reworded',
      before: ['Minister Hamada expressed'],
      after: ['Minister Hamada expressed'],
      shifts: [{ kind: 'term', from: null, to: HOSTILE_SCRIPT, direction: 'neutral' }],
    },
    { type: 'unchanged', before: ['The Ministers confirmed to expand training'], after: ['The Ministers confirmed to expand training'], moved: true },
  ]);
}
