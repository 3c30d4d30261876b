import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { formatComparisonHtml } from '../../src/format/html.js';
import type { Comparison } from '../../src/types.js';
import { HOSTILE_IMG, HOSTILE_SCRIPT, corpusComparison, editedComparison } from './fixtures.js';

// What the page says, tags stripped and entities decoded: the text a reader sees.
function visibleText(html: string): string {
  return html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

describe('formatComparisonHtml: one self-contained page', () => {
  const html = formatComparisonHtml(corpusComparison());

  test('is a complete document with a strict Content-Security-Policy', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html.endsWith('</html>\n')).toBe(true);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    expect(csp).toMatch(/^default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-[A-Za-z0-9+/]+={0,2}'; img-src 'none'; base-uri 'none'; form-action 'none'$/);
  });

  test('allows exactly its one inline script, by hash', () => {
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)];
    expect(scripts).toHaveLength(1);
    expect(html.match(/<script/g)).toHaveLength(1);
    const hash = createHash('sha256').update(scripts[0]![1]!, 'utf8').digest('base64');
    expect(html).toContain(`script-src 'sha256-${hash}'`);
  });

  test('refers to nothing outside itself', () => {
    expect(html).not.toMatch(/<(link|img|iframe|object|embed|base|source|video|audio)\b/i);
    expect(html).not.toMatch(/\ssrc=/i);
    expect(html).not.toMatch(/url\(|@import|@font-face/i);
    // The only links are the readouts' web sources, which the reader may follow but the page never loads.
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]);
    expect(hrefs).toEqual([corpusComparison().before.source, corpusComparison().after.source]);
  });

  test('has one row per change, marked with its type, under section headings', () => {
    const comparison = corpusComparison();
    expect(html.match(/<tr class="change /g)).toHaveLength(comparison.changes.length);
    expect(html.match(/data-type="dropped"/g)).toHaveLength(comparison.summary.dropped);
    expect(html.match(/<tr class="section-row">/g)).toHaveLength(4);
    expect(html).toContain('<th scope="rowgroup" colspan="3">1. Regional affairs</th>');
  });

  test('shows word-level edits as <del> before and <ins> after, and shifts as badges', () => {
    const edited = formatComparisonHtml(editedComparison());
    const row = edited.split('<tr class="change ').find((part) => part.includes('<ins>reaffirmed</ins>'))!;
    expect(row).toContain('<td class="side side-before"><span class="sid">s20</span><p>The Ministers <del>confirmed</del> that ensuring');
    expect(row).toContain('<td class="side side-after"><span class="sid">s23</span><p>The Ministers <ins>reaffirmed</ins> that ensuring');
    expect(row).toContain('verb: confirmed → reaffirmed, stronger</li>');
    expect(edited).toContain('term removed: including nuclear capabilities, weaker</li>');
  });

  test('marks type with a character and a word, not colour alone', () => {
    expect(html).toContain('<span class="badge badge-reworded"><span class="mark" aria-hidden="true">~</span>Reworded</span>');
    expect(html).toContain('<span class="badge badge-new"><span class="mark" aria-hidden="true">+</span>New</span>');
    expect(html).toContain('<span class="badge badge-dropped"><span class="mark" aria-hidden="true">-</span>Dropped</span>');
    expect(html).toContain('<span class="badge badge-moved"><span class="mark" aria-hidden="true">↕</span>Moved</span>');
  });

  test('says where a moved position used to be', () => {
    const edited = formatComparisonHtml(editedComparison());
    const row = edited.split('<tr class="change ').find((part) => part.includes('data-moved="true"'))!;
    expect(row).toContain('<span>was in: 1. Regional affairs</span>');
  });

  test('labels both filters', () => {
    expect(html).toContain('<label><input type="checkbox" id="hide-unchanged" name="hide-unchanged"> Hide unchanged</label>');
    expect(html).toContain('<label><input type="checkbox" id="only-substantive" name="only-substantive"> Only substantive changes</label>');
  });

  test('prints every row, without the filters, a row never split across pages', () => {
    const print = /@media print \{([\s\S]*?)\n\}/.exec(html)?.[1] ?? '';
    expect(print).toContain('.filters, .js .filters { display: none; }');
    expect(print).toContain('tr[hidden] { display: table-row !important; }');
    expect(print).toContain('tr { break-inside: avoid;');
  });

  test('can open with the filters ticked, keeping every row in the file', () => {
    const ticked = formatComparisonHtml(corpusComparison(), { substantiveOnly: true, hideUnchanged: true });
    expect(ticked).toContain('id="hide-unchanged" name="hide-unchanged" checked>');
    expect(ticked).toContain('id="only-substantive" name="only-substantive" checked>');
    expect(ticked.match(/<tr class="change /g)).toHaveLength(corpusComparison().changes.length);
    expect(html).not.toContain(' checked>');
  });

  test('takes its title from the options, else the after readout', () => {
    expect(html).toContain('<h1>Japan-U.S. Defense Ministerial Meeting (Summary)</h1>');
    expect(formatComparisonHtml(corpusComparison(), { title: 'DMM <2023>' })).toContain('<h1>DMM &lt;2023&gt;</h1>');
  });

  test('says so when there is nothing to compare', () => {
    const comparison = corpusComparison();
    const empty: Comparison = {
      ...comparison,
      before: { ...comparison.before, statements: [] },
      after: { ...comparison.after, statements: [] },
      changes: [],
    };
    expect(formatComparisonHtml(empty)).toContain('<p class="empty">Neither readout has any statements to compare.</p>');
  });
});

describe('formatComparisonHtml: input text is escaped everywhere', () => {
  const html = formatComparisonHtml(editedComparison());

  test('no tag, handler or javascript: link from the input reaches the markup', () => {
    expect(html).not.toContain(HOSTILE_SCRIPT);
    expect(html).not.toContain(HOSTILE_IMG);
    expect(html).not.toMatch(/<img|<em>|<i>|<[^>]*\sonerror=|href="javascript:/i);
    expect(html.match(/<script/g)).toHaveLength(1);
  });

  test('and the reader sees it as text', () => {
    const text = visibleText(html);
    expect(text).toContain(`The Ministers noted ${HOSTILE_SCRIPT} and ${HOSTILE_IMG} and javascript:alert(1) & "quotes" 'too'.`);
    expect(text).toContain('Japan-U.S. <Defense> Ministerial Meeting & "Summary"');
    expect(text).toContain(`2. Bilateral Defense <em>Cooperation</em> ${HOSTILE_IMG}`);
    expect(text).toContain("Ministry of Defense's <i>press</i> office");
    expect(text).toContain('javascript:alert(1)');
    expect(html).toContain('<ins>&lt;script&gt;window.__pwned=1&lt;/script&gt;</ins>');
  });

  test('all five special characters are escaped, in text and attributes', () => {
    const comparison = editedComparison();
    comparison.after.date = `2023-06-02"><b onmouseover='x'>&`;
    const out = formatComparisonHtml(comparison);
    expect(out).toContain('<time datetime="2023-06-02&quot;&gt;&lt;b onmouseover=&#39;x&#39;&gt;&amp;">');
    expect(out).not.toContain('<b onmouseover');
  });
});
