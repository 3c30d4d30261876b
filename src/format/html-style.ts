/**
 * The HTML report's style sheet, inlined into every report: system fonts only (no web fonts, so
 * no network), restrained colours with a mark or a line beside each (red-ish removed and
 * dropped, green-ish added and new, amber reworded), and a print layout that drops the filters,
 * shows every row and keeps each row on one page.
 *
 * @example
 * `<style>${REPORT_CSS}</style>` // inlined in the report's head
 */
export const REPORT_CSS = `
:root {
  --ink: #1f2328; --muted: #59636e; --faint: #8c959f; --line: #d8dee4; --panel: #f6f8fa;
  --removed: #b42318; --removed-bg: #fdeceb; --removed-mark: #f9cdc9;
  --added: #1a7f37; --added-bg: #e9f6ec; --added-mark: #c3e6cd;
  --reworded: #9a5b00; --reworded-bg: #fff4e0;
  --moved: #3454b4; --moved-bg: #eaf0fd;
  --text: "Iowan Old Style", "Palatino Linotype", Palatino, Georgia, "DejaVu Serif", serif;
  --ui: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Liberation Sans", Arial, sans-serif;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; color: var(--ink); background: #fff; font: 15px/1.5 var(--ui); }
main { max-width: 1240px; margin: 0 auto; padding: 32px 28px 56px; }
[hidden] { display: none !important; }
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.eyebrow { margin: 0 0 4px; font-size: 12px; font-weight: 600; letter-spacing: .08em; text-transform: uppercase; color: var(--muted); }
h1 { margin: 0 0 20px; font: 600 26px/1.25 var(--ui); letter-spacing: -.01em; }
.readouts { display: grid; grid-template-columns: 1fr auto 1fr; gap: 12px; align-items: stretch; }
.readout { border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; background: var(--panel); min-width: 0; }
.readout h2 { margin: 0 0 2px; font-size: 12px; font-weight: 600; letter-spacing: .08em; text-transform: uppercase; color: var(--muted); }
.readout-title { margin: 0 0 6px; font-weight: 600; overflow-wrap: anywhere; }
.readout dl { display: grid; grid-template-columns: auto 1fr; gap: 0 12px; margin: 0; font-size: 13px; }
.readout dt { color: var(--muted); }
.readout dd { margin: 0; overflow-wrap: anywhere; }
.readout a { color: var(--moved); }
.readouts .arrow { align-self: center; color: var(--faint); font-size: 20px; }
.summary { margin: 24px 0 0; }
.counts { display: flex; flex-wrap: wrap; gap: 8px; margin: 0; padding: 0; list-style: none; }
.count { display: flex; align-items: baseline; gap: 6px; padding: 6px 12px; border: 1px solid var(--line); border-radius: 8px; font-size: 13px; color: var(--muted); }
.count strong { font-size: 20px; font-weight: 600; color: var(--ink); font-variant-numeric: tabular-nums; }
.count .mark { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-weight: 700; }
.count-reworded .mark, .count-split .mark, .count-merged .mark { color: var(--reworded); }
.count-new .mark { color: var(--added); }
.count-dropped .mark { color: var(--removed); }
.count-moved .mark { color: var(--moved); }
.count.is-zero { opacity: .6; }
.filters { display: none; flex-wrap: wrap; align-items: center; gap: 8px 20px; margin: 20px 0 0; padding: 10px 14px; border: 1px solid var(--line); border-radius: 8px; font-size: 14px; }
.js .filters { display: flex; }
.filters label { display: inline-flex; align-items: center; gap: 6px; cursor: pointer; }
.filters input { width: 16px; height: 16px; margin: 0; accent-color: var(--ink); }
.filters output { margin-left: auto; color: var(--muted); font-size: 13px; }
table.diff { width: 100%; margin: 20px 0 0; border-collapse: separate; border-spacing: 0; table-layout: fixed; }
table.diff caption { text-align: left; }
col.col-change { width: 150px; }
thead th { position: sticky; top: 0; z-index: 1; padding: 8px 12px; background: #fff; border-bottom: 2px solid var(--ink); text-align: left; font-size: 12px; font-weight: 600; letter-spacing: .06em; text-transform: uppercase; color: var(--muted); }
.section-row th { padding: 22px 12px 6px; border-bottom: 1px solid var(--line); text-align: left; font: 600 16px/1.3 var(--ui); color: var(--ink); }
tr.change > * { padding: 10px 12px; border-bottom: 1px solid var(--line); vertical-align: top; text-align: left; }
tr.change { --accent: var(--line); }
tr.change.is-reworded, tr.change.is-split, tr.change.is-merged { --accent: #e9a23b; }
tr.change.is-new { --accent: #4ac26b; }
tr.change.is-dropped { --accent: #e5534b; }
tr.change > th { border-left: 4px solid var(--accent); font-weight: 400; }
.side { font: 16px/1.55 var(--text); overflow-wrap: anywhere; }
.side p { margin: 0; }
tr.is-unchanged .side { color: var(--muted); }
tr.is-new .side-after { background: var(--added-bg); }
tr.is-dropped .side-before { background: var(--removed-bg); }
tr.is-new .side-before, tr.is-dropped .side-after { background: repeating-linear-gradient(135deg, #fff 0 6px, #f6f8fa 6px 12px); }
.absent { font: italic 13px/1.5 var(--ui); color: var(--faint); }
.sid { display: block; margin: 0 0 2px; font: 11px/1.4 ui-monospace, "DejaVu Sans Mono", monospace; color: var(--faint); }
del { color: var(--removed); background: var(--removed-mark); text-decoration: line-through; text-decoration-thickness: 1px; border-radius: 2px; }
ins { color: var(--added); background: var(--added-mark); text-decoration: underline; text-decoration-thickness: 1px; text-underline-offset: 2px; border-radius: 2px; }
.badge { display: inline-flex; align-items: center; gap: 5px; padding: 1px 8px; border-radius: 999px; font-size: 12px; font-weight: 600; white-space: nowrap; }
.badge .mark { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-weight: 700; }
.badge-unchanged { background: var(--panel); color: var(--muted); border: 1px solid var(--line); }
.badge-reworded, .badge-split, .badge-merged { background: var(--reworded-bg); color: var(--reworded); }
.badge-new { background: var(--added-bg); color: var(--added); }
.badge-dropped { background: var(--removed-bg); color: var(--removed); }
.badge-moved { background: var(--moved-bg); color: var(--moved); }
.kind .badges { display: flex; flex-wrap: wrap; gap: 4px; }
.kind .notes { display: block; margin-top: 6px; font-size: 12px; color: var(--muted); }
.kind .notes span { display: block; }
.significance-substantive { color: var(--ink); font-weight: 600; }
.shifts { display: flex; flex-wrap: wrap; gap: 6px; margin: 10px 0 0; padding: 0; list-style: none; font: 12.5px/1.4 var(--ui); }
.shift { display: inline-flex; align-items: baseline; gap: 5px; padding: 2px 9px; border: 1px solid var(--line); border-radius: 6px; background: #fff; color: var(--ink); }
.shift .dir { font-size: 10px; }
.shift-stronger .dir { color: var(--added); }
.shift-weaker .dir { color: var(--removed); }
.shift-neutral .dir { color: var(--faint); }
.empty { margin: 24px 0 0; padding: 16px; border: 1px dashed var(--line); border-radius: 8px; color: var(--muted); }
footer { margin: 28px 0 0; font-size: 12px; color: var(--faint); }
@media screen and (max-width: 760px) {
  main { padding: 20px 14px 40px; }
  .readouts { grid-template-columns: 1fr; }
  .readouts .arrow { display: none; }
  .side { font-size: 15px; }
  /* On a phone the change column would squeeze the text: it becomes a line above both sides. */
  table.diff, table.diff tbody, table.diff tr.section-row, table.diff .section-row th { display: block; }
  table.diff thead, table.diff colgroup { display: none; }
  tr.change { display: grid; grid-template-columns: 1fr 1fr; border-left: 4px solid var(--accent); border-bottom: 1px solid var(--line); }
  tr.change > * { border-bottom: 0; }
  tr.change > th { grid-column: 1 / -1; display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 10px; border-left: 0; padding-bottom: 0; }
  .kind .notes { display: flex; flex-wrap: wrap; gap: 0 10px; margin: 0; }
  .side-before::before, .side-after::before { display: block; font: 600 11px/1.4 var(--ui); letter-spacing: .06em; text-transform: uppercase; color: var(--faint); }
  .side-before::before { content: "Before"; }
  .side-after::before { content: "After"; }
}
@media print {
  @page { margin: 14mm 12mm; }
  body { font-size: 10pt; }
  main { max-width: none; padding: 0; }
  .filters, .js .filters { display: none; }
  tbody[hidden] { display: table-row-group !important; }
  tr[hidden] { display: table-row !important; }
  thead th { position: static; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; page-break-inside: avoid; }
  .section-row { break-after: avoid; page-break-after: avoid; }
  .side { font-size: 10.5pt; }
  col.col-change { width: 110px; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .readout a { color: inherit; text-decoration: none; }
}
`;
