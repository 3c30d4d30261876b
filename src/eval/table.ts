import type { EvalRow } from './index.js';

const cell = (x: number | null): string => (x === null ? '—' : x.toFixed(2));

/**
 * Lays out evaluation rows as a plain-text table for the terminal, one row per system and pair.
 *
 * @example
 * formatEvalTable(evaluateGold(files).rows).split('\n')[0]
 * //=> 'system        pair                       link P  link R  link F1  new F1  drop F1  type acc'
 */
export function formatEvalTable(rows: readonly EvalRow[]): string {
  const header = ['system', 'pair', 'link P', 'link R', 'link F1', 'new F1', 'drop F1', 'type acc'];
  const body = rows.map((r) => [
    r.system,
    r.pair,
    cell(r.links.precision),
    cell(r.links.recall),
    cell(r.links.f1),
    cell(r.new.f1),
    cell(r.dropped.f1),
    cell(r.typeAccuracy),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => (i < 2 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), ...body.map(line)].join('\n');
}
