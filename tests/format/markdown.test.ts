import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { escapeMarkdown, formatComparisonMarkdown } from '../../src/format/markdown.js';
import type { Comparison, Edit } from '../../src/types.js';
import { HOSTILE_SENTENCE, MARKDOWN_SENTENCE, corpusComparison, editedComparison } from './fixtures.js';

// The reports as a reader gets them, kept as files so a change of layout is a reviewable diff.
describe('golden reports', () => {
  test('June → October 2023 corpus pair', async () => {
    await expect(formatComparisonMarkdown(corpusComparison())).toMatchFileSnapshot('golden/corpus.md');
  });

  test('the reference against an edited, hostile copy', async () => {
    await expect(formatComparisonMarkdown(editedComparison())).toMatchFileSnapshot('golden/edited.md');
  });
});

describe('formatComparisonMarkdown', () => {
  const corpus = formatComparisonMarkdown(corpusComparison());
  const edited = formatComparisonMarkdown(editedComparison());

  test('opens with the two readouts and a table of counts', () => {
    const lines = corpus.split('\n');
    expect(lines[0]).toBe('## Readout comparison: 1 June 2023 → 4 October 2023');
    expect(lines).toContain('| Date | 1 June 2023 | 4 October 2023 |');
    expect(lines).toContain('| Unchanged | Reworded | New | Dropped | Split | Merged | Moved | Substantive |');
    expect(lines).toContain('| 1 | 6 | 2 | 17 | 0 | 0 | 1 | 24 |');
  });

  test('groups changes under their section headings, in order', () => {
    const headings = corpus.split('\n').filter((line) => line.startsWith('### '));
    expect(headings).toEqual([
      '### Before the first heading',
      '### 1. Regional affairs',
      '### 2. Bilateral Defense Cooperation',
      '### 3. Realignment of U.S. Forces / U.S. Forces in Japan',
    ]);
  });

  test('shows word-level changes and spells out shifts', () => {
    expect(edited).toContain('- **~ Reworded** (substantive): The Ministers ~~confirmed~~ **reaffirmed** that ensuring cybersecurity');
    expect(edited).toContain('\n  - verb: confirmed → reaffirmed, stronger\n');
    expect(edited).toContain('extended deterrence ~~including nuclear capabilities~~ to Japan remains unwavering.');
    expect(edited).toContain('\n  - term removed: including nuclear capabilities, weaker\n');
  });

  test('lists new and dropped positions whole', () => {
    expect(corpus).toContain('- **+ New**: In addition, the Ministers noted the importance of the U.S. stating its commitment');
    expect(corpus).toContain('- **- Dropped**: Moreover, the Ministers affirmed the importance of having an open dialogue with China.');
  });

  test('counts unchanged positions but lists only the moved ones', () => {
    expect(edited).not.toContain('The summary is as follows.');
    expect(edited).toContain('- **= Unchanged** (moved): The Ministers confirmed to expand training opportunities');
  });

  test('substantiveOnly leaves out cosmetic rewordings', () => {
    const all = formatComparisonMarkdown(editedComparison());
    const substantive = formatComparisonMarkdown(editedComparison(), { substantiveOnly: true });
    expect(all).toContain('(cosmetic)');
    expect(substantive).not.toContain('(cosmetic)');
    expect(substantive).toContain('~~confirmed~~ **reaffirmed**');
    // The heading of a section left with nothing to show goes too.
    expect(substantive).not.toContain('### 1. Regional affairs');
  });

  test('says so when nothing changed', () => {
    const comparison = editedComparison();
    const quiet: Comparison = { ...comparison, changes: comparison.changes.filter((change) => change.type === 'unchanged' && !change.moved) };
    expect(formatComparisonMarkdown(quiet)).toContain('\nNo changes: every position is unchanged.\n');
  });
});

describe('escaping: input text cannot change the layout', () => {
  const edited = formatComparisonMarkdown(editedComparison());

  test('HTML, emphasis, code, links, pipes, math and headings in a statement stay text', () => {
    expect(edited).toContain(
      '- **+ New**: The Ministers noted \\*stars\\*, \\_under\\_, a \\| pipe, \\`code\\`, \\<b\\>bold\\</b\\>, \\[a\\](javascript:alert(1)), \\~tilde\\~, \\$x\\$ and \\# hash.',
    );
    expect(edited).toContain('The Ministers noted \\<script\\>window.\\_\\_pwned=1\\</script\\> and \\<img src=x onerror="window.\\_\\_pwned=1"\\>');
    expect(edited).not.toContain(HOSTILE_SENTENCE);
    expect(edited).not.toContain(MARKDOWN_SENTENCE);
  });

  test('metadata and headings are escaped; a javascript: source is not a link', () => {
    expect(edited).toContain('| Title | Japan-U.S. Defense Ministerial Meeting (Summary) | Japan-U.S. \\<Defense\\> Ministerial Meeting \\& "Summary" |');
    expect(edited).toContain('### 2. Bilateral Defense \\<em\\>Cooperation\\</em\\> \\<img src=x onerror="window.\\_\\_pwned=1"\\>');
    expect(edited).toMatch(/\| Source \| \[mod\.go\.jp\]\(<https:\/\/www\.mod\.go\.jp\/[^>]+>\) \| javascript:alert\(1\) \|/);
  });

  test('no unescaped special character survives, whatever the text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const escaped = escapeMarkdown(text);
        // Remove every escape pair; what is left must hold no character Markdown would act on.
        expect(escaped.replace(/\\[\\`*_[\]<>|~&#$]/g, '')).not.toMatch(/[\\`*_[\]<>|~&#$\n\r]/);
        expect(escaped.replace(/\\(.)/g, '$1')).toBe(text.replace(/\s+/g, ' '));
      }),
    );
  });

  test('a line break in a statement cannot start a heading or a list', () => {
    const comparison = editedComparison();
    const statement = comparison.after.statements.find((s) => s.text.startsWith('The Ministers noted *stars*'))!;
    statement.text = 'The Ministers noted\n# not a heading\n- not a list\n\n> not a quote';
    const lines = formatComparisonMarkdown(comparison).split('\n');
    expect(lines).toContain('- **+ New**: The Ministers noted \\# not a heading - not a list \\> not a quote');
  });

  // CommonMark only lets `**` open before punctuation when whitespace or punctuation precedes:
  // in `Russia**’s**` the asterisks would print, so such a run uses <ins>/<del> instead.
  test.each<[string, Edit[], string]>([
    ['added suffix after a letter', [same('Russia'), added('’s'), same(' aggression')], 'Russia<ins>’s</ins> aggression'],
    ['removed comma after a word', [same('the Taiwan Strait'), removed(', and more'), same('.')], 'the Taiwan Strait<del>, and more</del>.'],
    ['plain word replacement', [same('The Ministers '), removed('confirmed'), added('reaffirmed'), same(' that')], 'The Ministers ~~confirmed~~ **reaffirmed** that'],
    ['spaces stay outside the marks', [same('in this'), removed(' this'), same(' age')], 'in this ~~this~~ age'],
    ['escaped text inside marks', [same('a '), added('*b*'), same(' c')], 'a **\\*b\\*** c'],
  ])('%s', (_name, edits, expected) => {
    const comparison = editedComparison();
    const change = comparison.changes.find((c) => c.type === 'reworded' && c.significance === 'substantive')!;
    change.edits = edits;
    expect(formatComparisonMarkdown(comparison)).toContain(`: ${expected}\n`);
  });
});

function same(value: string): Edit {
  return { value, added: false, removed: false };
}
function added(value: string): Edit {
  return { value, added: true, removed: false };
}
function removed(value: string): Edit {
  return { value, added: false, removed: true };
}
