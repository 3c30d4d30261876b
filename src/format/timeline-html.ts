import { wordEdits } from '../compare/explain.js';
import { htmlPage } from './html-page.js';
import type { Alert, Occurrence, OccurrenceChange, PhraseTrack, Position, Timeline, TimelineReadout } from '../types.js';
import { escapeHtml, readableDate } from './shared.js';
import { describeShift } from './text.js';

/** Options for the HTML timeline. */
export interface TimelineHtmlOptions {
  /** The page's heading; by default "Positions across N readouts". */
  title?: string;
  /** How many phrases the chart shows, the most widespread first. Default 12. */
  chartPhrases?: number;
}

const CHANGE_LABEL: Record<OccurrenceChange | 'absent', string> = {
  first: 'First stated',
  unchanged: 'Unchanged',
  reworded: 'Reworded',
  reinstated: 'Reinstated',
  absent: 'Absent',
};

const ALERT_LABEL: Record<Alert['type'], string> = { missing: 'Missing', new: 'New', reworded: 'Reworded', reinstated: 'Reinstated' };

/**
 * The page's only script: a matrix cell opens its wording in the side panel (without the script,
 * the cell is a link to the same wording in the list below the matrix). Plain ES5 without
 * template literals, so the text hashed for the CSP is the text the browser runs.
 */
const TIMELINE_SCRIPT = `(function () {
  var panel = document.getElementById('detail');
  var body = document.getElementById('detail-body');
  var close = document.getElementById('detail-close');
  if (!panel || !body) return;
  document.documentElement.className += ' js';
  var current = null;
  function show(cell) {
    var source = document.getElementById(cell.getAttribute('data-detail'));
    if (!source) return;
    body.innerHTML = source.innerHTML;
    panel.hidden = false;
    if (current) current.setAttribute('aria-pressed', 'false');
    current = cell;
    cell.setAttribute('aria-pressed', 'true');
  }
  var cells = document.querySelectorAll('a.cell');
  for (var i = 0; i < cells.length; i++) {
    cells[i].addEventListener('click', function (event) {
      event.preventDefault();
      show(this);
    });
  }
  close.addEventListener('click', function () {
    panel.hidden = true;
    if (current) { current.setAttribute('aria-pressed', 'false'); current.focus(); current = null; }
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && !panel.hidden) close.click();
  });
})();`;


/** Line colours of the phrase chart: distinct in hue and lightness, readable in grey print. */
const SERIES_COLOURS = ['#1f4e9c', '#c2410c', '#15803d', '#7c3aed', '#b91c1c', '#0e7490', '#a16207', '#be185d', '#475569', '#4d7c0f', '#9333ea', '#0f766e'];

const STYLE = `
:root { --ink: #1f2328; --muted: #59636e; --faint: #8c959f; --line: #d8dee4; --panel: #f6f8fa;
  --first: #1f4e9c; --unchanged: #8c959f; --reworded: #d08700; --reinstated: #7c3aed; --missing: #b42318; --new: #1a7f37;
  --text: "Iowan Old Style", "Palatino Linotype", Palatino, Georgia, "DejaVu Serif", serif;
  --ui: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Liberation Sans", Arial, sans-serif; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff; font: 14px/1.5 var(--ui); }
main { max-width: 1320px; margin: 0 auto; padding: 32px 28px 56px; }
.eyebrow { margin: 0 0 4px; font-size: 12px; font-weight: 600; letter-spacing: .08em; text-transform: uppercase; color: var(--muted); }
h1 { margin: 0 0 6px; font: 600 26px/1.25 var(--ui); letter-spacing: -.01em; }
h2 { margin: 36px 0 10px; font: 600 18px/1.3 var(--ui); }
.lede { margin: 0; color: var(--muted); }
.counts { display: flex; flex-wrap: wrap; gap: 8px; margin: 18px 0 0; padding: 0; list-style: none; }
.counts li { display: flex; align-items: baseline; gap: 6px; padding: 6px 12px; border: 1px solid var(--line); border-radius: 8px; color: var(--muted); font-size: 13px; }
.counts strong { font-size: 20px; font-weight: 600; color: var(--ink); font-variant-numeric: tabular-nums; }
.alerts { margin: 0; padding: 0; list-style: none; display: grid; gap: 6px; }
.alert { display: grid; grid-template-columns: 96px 1fr; gap: 12px; align-items: baseline; padding: 8px 12px; border: 1px solid var(--line); border-left: 4px solid var(--line); border-radius: 6px; }
.alert-missing { border-left-color: var(--missing); } .alert-new { border-left-color: var(--new); }
.alert-reworded { border-left-color: var(--reworded); } .alert-reinstated { border-left-color: var(--reinstated); }
.alert .kind { font-size: 12px; font-weight: 600; letter-spacing: .04em; text-transform: uppercase; color: var(--muted); }
.alert a { color: inherit; }
.layout { position: relative; }
.matrix-wrap { overflow-x: auto; border: 1px solid var(--line); border-radius: 8px; }
table.matrix { border-collapse: separate; border-spacing: 0; width: 100%; font-size: 13px; }
.matrix th, .matrix td { padding: 5px 4px; border-bottom: 1px solid #eef1f4; text-align: center; }
.matrix thead th { position: sticky; top: 0; z-index: 2; background: #fff; border-bottom: 2px solid var(--ink); font-size: 11px; font-weight: 600; color: var(--muted); white-space: nowrap; vertical-align: bottom; }
.matrix thead th .rid { display: block; color: var(--faint); font-weight: 400; }
.matrix th.pos { position: sticky; left: 0; z-index: 1; background: #fff; text-align: left; font-weight: 400; width: 340px; min-width: 260px; padding-left: 10px; border-right: 1px solid var(--line); }
.matrix thead th.pos { z-index: 3; }
.matrix th.pos .pid { display: inline-block; min-width: 30px; font: 11px ui-monospace, "DejaVu Sans Mono", monospace; color: var(--faint); }
.matrix tr:hover td, .matrix tr:hover th.pos { background: #f8fafc; }
.matrix td.now, .matrix th.now { width: 84px; border-right: 1px solid var(--line); }
.status { display: inline-block; margin-left: 6px; padding: 0 6px; border-radius: 999px; font-size: 11px; font-weight: 600; }
.status-absent { background: #fdeceb; color: var(--missing); } .status-new { background: #e9f6ec; color: var(--new); } .status-present { background: var(--panel); color: var(--muted); }
a.cell { display: inline-block; width: 20px; height: 20px; border-radius: 5px; vertical-align: middle; outline-offset: 2px; }
a.cell[aria-pressed="true"] { box-shadow: 0 0 0 2px #fff, 0 0 0 4px var(--ink); }
.cell-first { background: var(--first); } .cell-unchanged { background: var(--unchanged); }
.cell-reworded { background: var(--reworded); } .cell-reinstated { background: var(--reinstated); }
.cell-reworded.substantive::after { content: ""; display: block; width: 6px; height: 6px; margin: 7px auto; border-radius: 50%; background: #fff; }
span.cell-absent { display: inline-block; width: 6px; height: 6px; border-radius: 50%; background: var(--line); vertical-align: middle; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 16px; margin: 10px 0 0; padding: 0; list-style: none; font-size: 12px; color: var(--muted); }
.legend li { display: inline-flex; align-items: center; gap: 6px; }
.legend .cell, .legend span.sw { display: inline-block; width: 12px; height: 12px; border-radius: 3px; }
.legend .cell-reworded.substantive::after { width: 4px; height: 4px; margin: 4px auto; }
aside.detail { position: fixed; right: 20px; bottom: 20px; z-index: 10; width: min(420px, calc(100vw - 40px)); max-height: calc(100vh - 40px); overflow: auto; padding: 16px 18px; border: 1px solid var(--line); border-radius: 10px; background: #fff; box-shadow: 0 12px 32px rgba(31,35,40,.18); }
aside.detail[hidden] { display: none; }
.detail-close { float: right; margin: -6px -8px 0 8px; border: 0; background: none; font-size: 20px; line-height: 1; color: var(--muted); cursor: pointer; }
.occ-head { margin: 0 0 6px; font-size: 12px; color: var(--muted); }
.occ-title { margin: 0 0 8px; font-weight: 600; }
.occ-text { margin: 8px 0 0; font: 15.5px/1.55 var(--text); overflow-wrap: anywhere; }
.badge { display: inline-block; padding: 1px 8px; border-radius: 999px; font-size: 12px; font-weight: 600; color: #fff; }
.badge-first { background: var(--first); } .badge-unchanged { background: var(--unchanged); } .badge-reworded { background: var(--reworded); } .badge-reinstated { background: var(--reinstated); }
.sig { margin-left: 6px; font-size: 12px; color: var(--muted); }
del { color: var(--missing); background: #f9cdc9; text-decoration: line-through; text-decoration-thickness: 1px; border-radius: 2px; }
ins { color: var(--new); background: #c3e6cd; text-decoration: none; border-radius: 2px; }
.shifts { margin: 10px 0 0; padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: 6px; font-size: 12.5px; }
.shifts li { padding: 2px 8px; border: 1px solid var(--line); border-radius: 6px; }
.chart { border: 1px solid var(--line); border-radius: 8px; padding: 12px; }
.chart svg { display: block; width: 100%; height: auto; font-family: var(--ui); }
.wording { margin: 0; padding: 0; list-style: none; }
.wording > li { padding: 12px 0; border-top: 1px solid var(--line); break-inside: avoid; }
.wording h3 { margin: 0 0 6px; font-size: 14px; }
.wording h3 .pid { font: 12px ui-monospace, "DejaVu Sans Mono", monospace; color: var(--faint); margin-right: 6px; }
.occ-list { margin: 0; padding: 0 0 0 14px; list-style: none; border-left: 2px solid var(--line); }
.occ-list > li { margin: 8px 0; }
.occ-list .occ-text { margin: 2px 0 0; font-size: 14.5px; }
.occ-list > li:target { background: #fff8e6; }
.readouts { margin: 0; padding: 0; list-style: none; display: grid; grid-template-columns: repeat(auto-fill, minmax(240px, 1fr)); gap: 8px; font-size: 13px; }
.readouts li { padding: 8px 10px; border: 1px solid var(--line); border-radius: 6px; background: var(--panel); overflow-wrap: anywhere; }
.readouts .rid { font: 11px ui-monospace, "DejaVu Sans Mono", monospace; color: var(--faint); margin-right: 6px; }
footer { margin: 28px 0 0; font-size: 12px; color: var(--faint); }
.empty { padding: 16px; border: 1px dashed var(--line); border-radius: 8px; color: var(--muted); }
@media print {
  @page { size: landscape; margin: 12mm; }
  body { font-size: 9pt; } main { max-width: none; padding: 0; }
  aside.detail { display: none !important; }
  .matrix-wrap { overflow: visible; border: 0; }
  .matrix thead th, .matrix th.pos { position: static; }
  .matrix tr { break-inside: avoid; }
  h2 { break-after: avoid; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;


/** An id made only of safe characters, for element ids built from position and readout ids. */
function safeId(text: string): string {
  return text.replace(/[^A-Za-z0-9_-]/g, '_');
}

function shortDate(r: TimelineReadout): string {
  return r.date ?? 'no date';
}

/**
 * The HTML timeline: one self-contained page (inline style, one hashed inline script, a CSP that
 * forbids every fetch) with the alerts, a matrix of positions by meeting where a cell opens the
 * wording and its change, a phrase-frequency chart in inline SVG, and every wording listed for
 * print; all input text is escaped.
 *
 * @example
 * formatTimelineHtml(trackPositions([a, b])).slice(0, 15) //=> '<!doctype html>'
 */
export function formatTimelineHtml(timeline: Timeline, options: TimelineHtmlOptions = {}): string {
  const { readouts, positions, alerts } = timeline;
  const first = readouts[0];
  const last = readouts.at(-1);
  const title = options.title ?? `Positions across ${readouts.length} readout${readouts.length === 1 ? '' : 's'}`;
  const span = first && last ? `${first.date ? readableDate(first.date) : first.id} – ${last.date ? readableDate(last.date) : last.id}` : '';
  const statusCount = (s: Position['status']): number => positions.filter((p) => p.status === s).length;
  const counts = [
    [readouts.length, 'readouts'],
    [positions.length, 'positions'],
    [statusCount('present'), 'still stated'],
    [statusCount('absent'), 'absent now'],
    [statusCount('new'), 'new in the latest'],
    [alerts.length, 'alerts'],
  ]
    .map(([n, label]) => `<li><strong>${n}</strong> ${label}</li>`)
    .join('');
  return htmlPage({
    title: `${title} · readout timeline`,
    style: STYLE,
    script: TIMELINE_SCRIPT,
    main: `<header>
<p class="eyebrow">Readout timeline</p>
<h1>${escapeHtml(title)}</h1>
<p class="lede">${escapeHtml(span)}</p>
<ul class="counts">${counts}</ul>
</header>
${alertsSection(alerts, last)}
<section aria-labelledby="matrix-heading">
<h2 id="matrix-heading">Positions by meeting</h2>
<div class="layout has-panel">
<div>
${matrix(timeline)}
<ul class="legend" aria-label="Legend">
<li><span class="cell cell-first"></span>First stated</li><li><span class="cell cell-unchanged"></span>Unchanged</li>
<li><span class="cell cell-reworded"></span>Reworded</li><li><span class="cell cell-reworded substantive"></span>Reworded, substantive</li>
<li><span class="cell cell-reinstated"></span>Reinstated after a gap</li><li><span class="cell-absent"></span>Absent</li>
</ul>
</div>
<aside class="detail" id="detail" hidden aria-live="polite" aria-label="Wording">
<button type="button" class="detail-close" id="detail-close" aria-label="Close">×</button>
<div id="detail-body"></div>
</aside>
</div>
</section>
<section aria-labelledby="chart-heading">
<h2 id="chart-heading">Phrases over time</h2>
${phraseChart(timeline.phrases, readouts, options.chartPhrases ?? 12)}
</section>
<section aria-labelledby="readouts-heading">
<h2 id="readouts-heading">Readouts</h2>
<ol class="readouts">${readouts
    .map((r) => `<li><span class="rid">${escapeHtml(r.id)}</span>${r.date ? `<time datetime="${escapeHtml(r.date)}">${escapeHtml(readableDate(r.date))}</time>` : 'no date'} · ${escapeHtml(r.title ?? 'untitled')}${r.issuer ? ` · ${escapeHtml(r.issuer)}` : ''}</li>`)
    .join('')}</ol>
</section>
<section aria-labelledby="wording-heading">
<h2 id="wording-heading">Wording of every position</h2>
${wordingList(timeline)}
</section>
<footer>Made by readout-diff. A position is a chain of statements that state the same stance across readouts; a cell opens its wording and what changed since the readout that last stated it.</footer>`,
  });
}

function alertsSection(alerts: readonly Alert[], latest: TimelineReadout | undefined): string {
  if (alerts.length === 0 || !latest) return '';
  const items = alerts
    .map((a) => `<li class="alert alert-${a.type}"><span class="kind">${ALERT_LABEL[a.type]}</span><span><a href="#pos-${safeId(a.position)}">${escapeHtml(a.message)}</a></span></li>`)
    .join('\n');
  return `<section aria-labelledby="alerts-heading">
<h2 id="alerts-heading">Alerts for the latest readout (${escapeHtml(latest.date ? readableDate(latest.date) : latest.id)})</h2>
<ul class="alerts">
${items}
</ul>
</section>`;
}

function matrix(timeline: Timeline): string {
  const { readouts, positions } = timeline;
  if (positions.length === 0) return '<p class="empty">The readouts state no positions.</p>';
  const head = readouts
    .map((r) => `<th scope="col" title="${escapeHtml(`${r.title ?? 'untitled'} · ${shortDate(r)}`)}"><span class="rid">${escapeHtml(r.id)}</span>${r.date ? `${escapeHtml(r.date.slice(0, 4))}<br>${escapeHtml(r.date.slice(5))}` : 'no date'}</th>`)
    .join('');
  const rows = positions.map((p) => {
    const cells = readouts.map((r) => {
      const here = p.occurrences.filter((o) => o.readout === r.id);
      const o = here[0];
      if (!o) return `<td data-change="absent"><span class="cell-absent" title="Absent"></span></td>`;
      const substantive = o.change === 'reworded' && o.significance === 'substantive' ? ' substantive' : '';
      const label = `${p.id} in ${r.id} (${shortDate(r)}): ${CHANGE_LABEL[o.change]}${substantive ? ', substantive' : ''}`;
      return `<td data-change="${o.change}"><a class="cell cell-${o.change}${substantive}" href="#${occurrenceId(p, r.id)}" data-detail="d-${occurrenceId(p, r.id)}" aria-pressed="false" aria-label="${escapeHtml(label)}" title="${escapeHtml(label)}"></a></td>`;
    });
    return `<tr><th scope="row" class="pos"><span class="pid">${escapeHtml(p.id)}</span>${escapeHtml(p.label)}</th><td class="now"><span class="status status-${p.status}">${p.status}</span></td>${cells.join('')}</tr>`;
  });
  return `<div class="matrix-wrap"><table class="matrix">
<caption class="visually-hidden" style="position:absolute;left:-9999px">Positions (rows) by readout (columns)</caption>
<thead><tr><th scope="col" class="pos">Position</th><th scope="col" class="now">Now</th>${head}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table></div>`;
}

function occurrenceId(p: Position, readout: string): string {
  return `occ-${safeId(p.id)}-${safeId(readout)}`;
}

/** The wording of a position in one readout, with what changed since the readout that last stated it. */
function occurrenceHtml(p: Position, here: readonly Occurrence[], previous: readonly Occurrence[], readout: TimelineReadout): string {
  const o = here[0]!;
  const sig = o.significance === 'cosmetic' || o.significance === 'substantive' ? `<span class="sig">${o.significance}</span>` : '';
  const sim = o.change === 'reworded' || o.change === 'reinstated' ? `<span class="sig">similarity ${o.similarity.toFixed(2)}</span>` : '';
  const since = previous[0] && o.change !== 'first' ? ` · since ${escapeHtml(previous[0].readout)}` : '';
  const text =
    (o.change === 'reworded' || o.change === 'reinstated') && previous.length > 0
      ? wordEdits(
          previous.map((x) => x.text),
          here.map((x) => x.text),
        )
          .map((e) => (e.added ? `<ins>${escapeHtml(e.value)}</ins>` : e.removed ? `<del>${escapeHtml(e.value)}</del>` : escapeHtml(e.value)))
          .join('')
      : escapeHtml(here.map((x) => x.text).join(' '));
  const shifts = here.flatMap((x) => x.shifts);
  return `<p class="occ-head">${escapeHtml(p.id)} · ${escapeHtml(readout.id)} · ${escapeHtml(readout.date ? readableDate(readout.date) : 'no date')} · ${escapeHtml(here.map((x) => x.statement).join(' '))}${since}</p>
<p class="occ-title">${escapeHtml(p.label)}</p>
<span class="badge badge-${o.change}">${CHANGE_LABEL[o.change]}</span>${sig}${sim}
<p class="occ-text">${text}</p>${shifts.length > 0 ? `<ul class="shifts">${shifts.map((s) => `<li>${escapeHtml(describeShift(s))}</li>`).join('')}</ul>` : ''}`;
}

function wordingList(timeline: Timeline): string {
  if (timeline.positions.length === 0) return '<p class="empty">No positions.</p>';
  const byId = new Map(timeline.readouts.map((r) => [r.id, r]));
  const items = timeline.positions.map((p) => {
    const readoutIds = [...new Set(p.occurrences.map((o) => o.readout))];
    const entries = readoutIds.map((rid, n) => {
      const here = p.occurrences.filter((o) => o.readout === rid);
      const previous = n === 0 ? [] : p.occurrences.filter((o) => o.readout === readoutIds[n - 1]);
      const html = occurrenceHtml(p, here, previous, byId.get(rid)!);
      return `<li id="${occurrenceId(p, rid)}"><div id="d-${occurrenceId(p, rid)}">${html}</div></li>`;
    });
    return `<li id="pos-${safeId(p.id)}"><h3><span class="pid">${escapeHtml(p.id)}</span>${escapeHtml(p.label)} <span class="status status-${p.status}">${p.status}</span></h3>
<ol class="occ-list">${entries.join('\n')}</ol></li>`;
  });
  return `<ol class="wording">\n${items.join('\n')}\n</ol>`;
}

/**
 * The phrase-frequency chart: an inline SVG grid of phrases (rows, the most widespread first) by
 * readout (columns, in date order), each use count drawn as a dot whose area grows with the count,
 * with the count written in it; no script.
 */
function phraseChart(phrases: readonly PhraseTrack[], readouts: readonly TimelineReadout[], limit: number): string {
  const shown = phrases.slice(0, limit);
  if (shown.length === 0 || readouts.length === 0) return '<p class="empty">No phrase recurs across the readouts.</p>';
  const labelWidth = 330;
  const column = Math.max(44, Math.min(84, Math.floor(840 / readouts.length)));
  const row = 30;
  const top = 44;
  const width = labelWidth + column * readouts.length + 16;
  const height = top + row * shown.length + 8;
  const max = Math.max(1, ...shown.flatMap((p) => p.counts));
  const cx = (k: number): number => labelWidth + column * k + column / 2;
  const cy = (i: number): number => top + row * i + row / 2;
  const header = readouts
    .map((r, k) => `<text x="${cx(k)}" y="16" text-anchor="middle" font-size="11" fill="#59636e">${escapeHtml(r.date ? r.date.slice(0, 7) : 'no date')}</text><text x="${cx(k)}" y="30" text-anchor="middle" font-size="10" fill="#8c959f">${escapeHtml(r.id)}</text>`)
    .join('');
  const rows = shown
    .map((p, i) => {
      const colour = SERIES_COLOURS[i % SERIES_COLOURS.length]!;
      const label = p.phrase.length > 46 ? `${p.phrase.slice(0, 45)}…` : p.phrase;
      const band = i % 2 === 0 ? `<rect x="0" y="${top + row * i}" width="${width}" height="${row}" fill="#f6f8fa"/>` : '';
      const first = p.counts.findIndex((c) => c > 0);
      const last = p.counts.length - 1 - [...p.counts].reverse().findIndex((c) => c > 0);
      const span = first >= 0 && last > first ? `<line x1="${cx(first)}" x2="${cx(last)}" y1="${cy(i)}" y2="${cy(i)}" stroke="${colour}" stroke-width="2" opacity=".25"/>` : '';
      const dots = p.counts
        .map((c, k) => {
          if (c === 0) return `<circle cx="${cx(k)}" cy="${cy(i)}" r="1.8" fill="#d8dee4"/>`;
          const r = 5 + 6 * Math.sqrt(c / max);
          return `<g><title>${escapeHtml(`${p.phrase}: ${c} in ${readouts[k]?.id ?? ''}`)}</title><circle cx="${cx(k)}" cy="${cy(i)}" r="${r.toFixed(1)}" fill="${colour}"/><text x="${cx(k)}" y="${(cy(i) + 3.5).toFixed(1)}" text-anchor="middle" font-size="10" font-weight="600" fill="#fff">${c}</text></g>`;
        })
        .join('');
      return `${band}<text x="10" y="${cy(i) + 4}" font-size="12.5" fill="#1f2328">${escapeHtml(label)}<tspan fill="#8c959f" font-size="11"> · ${p.readouts}</tspan></text>${span}${dots}`;
    })
    .join('\n');
  return `<figure class="chart" style="margin:0">
<svg viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="chart-title" xmlns="http://www.w3.org/2000/svg">
<title id="chart-title">How often each recurring phrase is used in each readout</title>
${header}
${rows}
</svg>
<figcaption class="legend">Dot area: uses in the readout (the number inside). After each phrase: the number of readouts that use it. Equivalent names are counted together.</figcaption>
</figure>`;
}
