import { describe, expect, it } from 'vitest';
import { csvCell, formatTimelineCsv } from '../../src/format/timeline-csv.js';
import { formatTimelineHtml } from '../../src/format/timeline-html.js';
import { formatTimelineJson } from '../../src/format/timeline-json.js';
import { formatTimelineText } from '../../src/format/timeline-text.js';
import { trackPositions } from '../../src/track/index.js';
import { seriesTexts } from './series.js';

const series = trackPositions(seriesTexts);

/** A minimal RFC 4180 reader: enough to check that what we write reads back cell for cell. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += ch;
  }
  return rows;
}

describe('formatTimelineText', () => {
  it('matches the hand-reviewed timeline of the MoD series', async () => {
    await expect(formatTimelineText(series)).toMatchFileSnapshot('../fixtures/timeline/mod-dmm-2016-2024.txt');
  });
});

describe('formatTimelineCsv', () => {
  it('quotes as RFC 4180 and defuses spreadsheet formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=SUM(A1:A9)')).toBe("'=SUM(A1:A9)");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell(null)).toBe('');
  });

  it('has one row per position and readout, and reads back cell for cell', () => {
    const rows = readCsv(formatTimelineCsv(series));
    expect(rows[0]).toEqual(['position', 'label', 'status', 'readout', 'date', 'title', 'change', 'statements', 'text', 'similarity', 'significance', 'shifts']);
    expect(rows).toHaveLength(1 + series.positions.length * series.readouts.length);
    const p = series.positions[0]!;
    const o = p.occurrences[0]!;
    const row = rows.find((r) => r[0] === p.id && r[3] === o.readout)!;
    expect(row[8]).toBe(o.text);
    expect(row[6]).toBe('first');
    expect(rows.filter((r) => r[6] === 'absent').every((r) => r[8] === '')).toBe(true);
  });

  it('defuses a formula in the input text', () => {
    const timeline = trackPositions(['=cmd|" /C calc"!A0 The Ministers discussed the Taiwan Strait.', '@SUM(1) The Ministers discussed the Taiwan Strait.']);
    const cells = readCsv(formatTimelineCsv(timeline)).flat();
    expect(cells.filter((c) => /^[=+@]/.test(c))).toEqual([]);
  });
});

describe('formatTimelineHtml', () => {
  const html = formatTimelineHtml(series);

  it('is one self-contained page whose CSP forbids every fetch', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-[A-Za-z0-9+/=]+'; img-src 'none'; base-uri 'none'; form-action 'none'">/);
    expect(html).not.toMatch(/<(link|img|iframe|object|embed)\b/);
    expect(html).not.toMatch(/\bsrc=|url\(/);
  });

  it('escapes every piece of input text', () => {
    const hostile = trackPositions(['---\ntitle: "<b onmouseover=x>T</b>"\n---\nThe Ministers said "<script>alert(1)</script>" & more.']);
    const page = formatTimelineHtml(hostile);
    expect(page).not.toContain('<script>alert(1)');
    expect(page).not.toContain('<b onmouseover');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('has a cell per occurrence that links to its wording', () => {
    const cells = [...html.matchAll(/<a class="cell[^"]*" href="#(occ-[^"]+)"/g)].map((m) => m[1]!);
    expect(cells.length).toBeGreaterThan(series.positions.length);
    for (const id of cells) expect(html).toContain(`id="${id}"`);
  });
});

describe('formatTimelineJson', () => {
  it('is the Timeline itself', () => {
    expect(JSON.parse(formatTimelineJson(series))).toEqual(series);
  });
});
