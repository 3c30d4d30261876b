/** Front matter, header lines, headings, boilerplate and options. */
import { describe, expect, test } from 'vitest';
import { parseReadout } from '../../src/parse/index.js';
import { parseDateLine, isBoilerplateLine, isIssuerLine } from '../../src/parse/header.js';
import { READOUTS, losslessProblems, read } from './helpers.js';
import { join } from 'node:path';

describe('front matter', () => {
  const text = read(join(READOUTS, 'dod-readout-austin-hamada-2023-06-01.txt'));
  const readout = parseReadout(text);

  test('fields go to title/date/issuer/source, other keys to meta as strings', () => {
    expect(readout).toMatchObject({ date: '2023-06-01', issuer: 'U.S. Department of Defense' });
    expect(readout.source).toMatch(/^https:\/\/nims360\.blogspot\.com/);
    expect(readout.meta).toEqual({ meeting: expect.stringContaining('Lloyd J. Austin III') as unknown, partial: 'yes' });
    expect(readout.skipped[0]).toMatchObject({ start: 0, reason: 'front-matter' });
    expect(readout.skipped[0]?.text.endsWith('---')).toBe(true);
  });

  test('non-string values are strings in meta', () => {
    const r = parseReadout('---\ntitle: T\ncount: 3\nflag: true\ntags: [a, b]\nempty:\n---\nThe Ministers agreed.');
    expect(r.title).toBe('T');
    expect(r.meta).toEqual({ count: '3', flag: 'true', tags: '["a","b"]', empty: '' });
  });

  test('front matter wins over header lines, and options over both', () => {
    const withHeader = '---\ndate: 2022-05-04\n---\nMeeting (summary)\n\nMay 5, 2022\n\nMinistry of Defense\n\nThe Ministers agreed.';
    expect(parseReadout(withHeader)).toMatchObject({ title: 'Meeting (summary)', date: '2022-05-04', issuer: 'Ministry of Defense' });
    expect(parseReadout(withHeader, { title: 'T', date: 'June 1, 2023', issuer: 'I', source: 'S' })).toMatchObject({
      title: 'T',
      date: '2023-06-01',
      issuer: 'I',
      source: 'S',
    });
  });
});

describe('header lines', () => {
  test.each([
    ['June 1, 2023', '2023-06-01'],
    ['Oct 4, 2022', '2022-10-04'],
    ['Feb. 3, 2017', '2017-02-03'],
    ['Thursday, June 1st, 2023', '2023-06-01'],
    ['1 June 2023', '2023-06-01'],
    ['2023-06-01', '2023-06-01'],
    ['2023年6月1日', '2023-06-01'],
    ['June 1, 2023 (Thursday)', '2023-06-01'],
    ['2023年6月1日（木）', '2023-06-01'],
    ['February 30, 2023', null],
    ['On June 1, 2023', null],
    ['Secretary Austin\'s Meetings on Thursday, May 2', null],
  ])('date line %s', (line, iso) => {
    expect(parseDateLine(line)).toBe(iso);
  });

  test.each(['Ministry of Defense', 'Ministry of Defense Japan', 'Japan Ministry of Defense', 'U.S. Department of Defense', 'Ministry of Foreign Affairs of Japan'])(
    'issuer line %s',
    (line) => expect(isIssuerLine(line)).toBe(true),
  );

  test.each(['The Ministers confirmed the Ministry of Defense plan.', 'Secretary of Defense Austin'])('not an issuer line: %s', (line) => {
    expect(isIssuerLine(line)).toBe(false);
  });

  test.each(['In Japanese', 'in Japanese', 'In japanse', '(Press Release)', 'Press Releases', 'Japan-U.S. Defense Ministerial Meeting (Summary) (PDF)', 'Joint Statement (PDF: 250KB)', 'Release No: NR-045-17', 'Back to Japan-Australia Relations'])(
    'boilerplate line %s',
    (line) => expect(isBoilerplateLine(line)).toBe(true),
  );

  test('a header with press-release label, repeated title, date and issuer', () => {
    const text = 'Japan-U.S. Defense Ministerial Telephone Conference\n\n(Press Release)\n\nJapan-U.S. Defense Ministerial Telephone Conference\n\nDecember 3, 2021\n\nMinistry of Defense\n\nOn December 3, Defense Minister Kishi held a telephone conference with U.S. Defense Secretary Austin.The two Ministers confirmed it.';
    const r = parseReadout(text);
    expect(r).toMatchObject({ title: 'Japan-U.S. Defense Ministerial Telephone Conference', date: '2021-12-03', issuer: 'Ministry of Defense' });
    expect(r.metadata.map((m) => m.field)).toEqual(['title', 'title', 'date', 'issuer']);
    expect(r.skipped.map((s) => [s.reason, s.text])).toEqual([['boilerplate', '(Press Release)']]);
    expect(r.statements.map((s) => s.kind)).toEqual(['context', 'position']);
  });

  test('date and issuer lines in one block under the title', () => {
    const r = parseReadout('Japan-U.S. Defense Ministerial Meeting (Summary)\n\nJanuary 13, 2023\nMinistry of Defense Japan\n\nin Japanese\n\nThe Ministers agreed.');
    expect(r).toMatchObject({ date: '2023-01-13', issuer: 'Ministry of Defense Japan' });
    expect(r.statements).toHaveLength(1);
  });

  test('a date line and a release number at the end of a release', () => {
    const r = parseReadout('Secretary Mattis met Prime Minister Abe.\n\nRelease No: NR-045-17\nFeb. 3, 2017');
    expect(r.date).toBe('2017-02-03');
    expect(r.skipped.map((s) => s.reason)).toEqual(['boilerplate']);
    expect(r.statements).toHaveLength(1);
  });
});

describe('sections and skipped spans', () => {
  test('numbered headings start sections; text before them is section 0', () => {
    const r = parseReadout('On June 1, they met.\n\n1. Regional affairs\n\nThe Ministers agreed.\n\n2.Bilateral Defense Cooperation\n\nThey confirmed it.');
    expect(r.sections.map((s) => [s.number, s.heading])).toEqual([[null, null], ['1', 'Regional affairs'], ['2', 'Bilateral Defense Cooperation']]);
    expect(r.statements.map((s) => [s.section, s.paragraph])).toEqual([[0, 0], [1, 1], [2, 2]]);
  });

  test('a titled heading between paragraphs', () => {
    const r = parseReadout("Secretary Austin concluded his trip.\n\nSecretary Austin's Meetings on Thursday, May 2\n\nSecretary Austin met Minister Kihara.");
    expect(r.sections.map((s) => s.heading)).toEqual([null, "Secretary Austin's Meetings on Thursday, May 2"]);
    expect(r.statements.map((s) => s.section)).toEqual([0, 1]);
  });

  test('a numbered item is no heading, and its marker is skipped', () => {
    const r = parseReadout('On June 1, they met.\n\n(1) Regarding North Korea, the Ministers condemned the launches.');
    expect(r.sections).toHaveLength(1);
    expect(r.skipped.map((s) => [s.reason, s.text])).toEqual([['item-marker', '(1)']]);
  });

  test('Markdown headings, bold headings and rules', () => {
    const text = '# Japan-U.S. Meeting\n\nJune 1, 2023\n\n## 1. Regional affairs\n\nThe Ministers agreed.\n\n---\n\n**Bilateral cooperation**\n\n- They confirmed it.\n- They welcomed it.';
    const r = parseReadout(text);
    expect(r.title).toBe('Japan-U.S. Meeting');
    expect(r.sections.map((s) => [s.number, s.heading])).toEqual([[null, null], ['1', 'Regional affairs'], [null, 'Bilateral cooperation']]);
    expect(r.statements.map((s) => s.text)).toEqual(['The Ministers agreed.', 'They confirmed it.', 'They welcomed it.']);
    expect(r.skipped.map((s) => [s.reason, s.text])).toEqual([['markup', '---'], ['item-marker', '-'], ['item-marker', '-']]);
    expect(losslessProblems(r)).toEqual([]);
    // As plain text, "#" lines are text.
    expect(parseReadout(text, { format: 'text' }).sections).toHaveLength(1);
  });

  test('speaker labels of a transcript are skipped as attribution', () => {
    const r = parseReadout('STAFF: We will now begin.\n\nDEFENSE MINISTER HAMADA YASUKAZU (THROUGH TRANSLATOR): First, I would like to thank him.');
    expect(r.skipped.map((s) => [s.reason, s.text])).toEqual([
      ['attribution', 'STAFF:'],
      ['attribution', 'DEFENSE MINISTER HAMADA YASUKAZU (THROUGH TRANSLATOR):'],
    ]);
    expect(r.statements.map((s) => s.text)).toEqual(['We will now begin.', 'First, I would like to thank him.']);
  });

  test('a line with no letters is a fragment', () => {
    const r = parseReadout('The Ministers agreed.\n\n—\n\n***');
    expect(r.skipped.map((s) => s.reason)).toEqual(['fragment', 'markup']);
  });
});
