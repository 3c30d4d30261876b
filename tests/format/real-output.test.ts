import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { compareReadouts, parseReadout } from '../../src/index.js';
import { escapeMarkdown, formatComparisonMarkdown } from '../../src/format/markdown.js';
import { formatComparisonHtml } from '../../src/format/html.js';
import { formatComparisonJson } from '../../src/format/json.js';
import type { Comparison } from '../../src/types.js';

/*
 * The reports on what `compareReadouts` really returns, checked by invariants that hold whatever
 * the engine decides (the hand-made fixtures pin the layout): the JSON matches the schema, and no
 * statement of either readout goes missing from a report.
 */

const root = join(import.meta.dirname, '..', '..');
const read = (path: string): string => readFileSync(join(root, path), 'utf8');
const ajv = new Ajv2020({ strict: true, allErrors: true });
const validate = ajv.compile(JSON.parse(read('schema/comparison.schema.json')));

const PAIRS: Array<[string, string, string]> = [
  ['MOD June → October 2023 (corpus)', 'corpus/japan-us-dmm-2023-06-01.txt', 'corpus/mod-japan-us-dmm-2023-10-04.txt'],
  ['DoD June 2023 → July 2024', 'tests/fixtures/readouts/dod-readout-austin-hamada-2023-06-01.txt', 'tests/fixtures/readouts/dod-readout-austin-kihara-2024-07-29.txt'],
];

const unescapeHtml = (html: string): string =>
  html.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

describe.each(PAIRS)('%s', (_name, beforePath, afterPath) => {
  const comparison: Comparison = compareReadouts(parseReadout(read(beforePath)), parseReadout(read(afterPath)));

  test('the JSON validates against schema/comparison.schema.json', () => {
    const valid = validate(JSON.parse(formatComparisonJson(comparison)));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  test('the HTML has one row per change and every statement of both readouts, escaped', () => {
    const html = formatComparisonHtml(comparison);
    expect(html.match(/<tr class="change /g) ?? []).toHaveLength(comparison.changes.length);
    const cells = [...html.matchAll(/<td class="side side-(before|after)">([\s\S]*?)<\/td>/g)];
    const text = { before: '', after: '' };
    for (const [, side, cell] of cells) text[side as 'before' | 'after'] += `${unescapeHtml(cell!.replace(/<ul class="shifts"[\s\S]*$/, ''))}\n`;
    for (const statement of comparison.before.statements) expect(text.before).toContain(statement.text);
    for (const statement of comparison.after.statements) expect(text.after).toContain(statement.text);
  });

  test('the Markdown lists every new and dropped statement', () => {
    const markdown = formatComparisonMarkdown(comparison);
    const text = (side: 'before' | 'after', id: string): string => comparison[side].statements.find((s) => s.id === id)!.text;
    for (const change of comparison.changes) {
      if (change.type === 'new') expect(markdown).toContain(escapeMarkdown(change.after.map((id) => text('after', id)).join(' ')));
      if (change.type === 'dropped') expect(markdown).toContain(escapeMarkdown(change.before.map((id) => text('before', id)).join(' ')));
    }
  });
});
