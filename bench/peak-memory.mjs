// Peak memory of one step, alone in its own process (plain Node, no tsx, so the loader's own memory
// is not counted). Prints one JSON line; sizes in bytes; `maxRSS` is the process's peak resident set.
//
//   node --expose-gc bench/peak-memory.mjs <dist/index.js> compare <before.json> <after.json>
//   node --expose-gc bench/peak-memory.mjs <dist/index.js> load    <before.json> <after.json>
//   node --expose-gc bench/peak-memory.mjs <dist/index.js> parse   <before.txt>  <after.txt>
//   node --expose-gc bench/peak-memory.mjs <dist/index.js> track       <series.json>
//   node --expose-gc bench/peak-memory.mjs <dist/index.js> pairs       <series.json>
//   node --expose-gc bench/peak-memory.mjs <dist/index.js> load-series <series.json>
//
// `compare` reads the two readouts already parsed (JSON, as `parseReadout` returned them), so that
// the parser's garbage does not set the peak: the figure is the comparison's, as issue 6 asks.
// `load` stops before comparing (Node, the library and the two readouts: the floor under it);
// `parse` parses both texts instead, for the parser's own peak.
//
// The series modes read a JSON array of parsed readouts in date order (issue 5): `track` runs
// `trackPositions` over all of them, `pairs` runs `compareReadouts` on each consecutive pair in
// turn (one comparison alive at a time, as a caller comparing pairs alone would), `load-series`
// stops after loading them (the floor under both).
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const [library, mode, beforeFile, afterFile] = process.argv.slice(2);
const { parseReadout, compareReadouts, trackPositions } = await import(pathToFileURL(library).href);
const series = mode === 'track' || mode === 'pairs' || mode === 'load-series';
const read = (file) => (mode === 'parse' ? parseReadout(readFileSync(file, 'utf8')) : JSON.parse(readFileSync(file, 'utf8')));
const readouts = series ? read(beforeFile) : null;
const before = series ? null : read(beforeFile);
const after = series ? null : read(afterFile);
globalThis.gc?.();
const rssReady = process.memoryUsage().rss;

let ms = null;
let changes = null;
let positions = null;
const start = performance.now();
if (mode === 'compare') {
  changes = compareReadouts(before, after).changes.length;
  ms = performance.now() - start;
} else if (mode === 'pairs') {
  changes = 0;
  for (let k = 1; k < readouts.length; k++) changes += compareReadouts(readouts[k - 1], readouts[k]).changes.length;
  ms = performance.now() - start;
} else if (mode === 'track') {
  positions = trackPositions(readouts).positions.length;
  ms = performance.now() - start;
}
const usage = process.memoryUsage();
process.stdout.write(
  `${JSON.stringify({
    mode,
    // resourceUsage().maxRSS is in kilobytes.
    maxRSS: process.resourceUsage().maxRSS * 1024,
    rssReady,
    rssEnd: usage.rss,
    heapUsed: usage.heapUsed,
    ms,
    changes,
    ...(series
      ? { readouts: readouts.length, statements: readouts.reduce((sum, r) => sum + r.statements.length, 0), positions }
      : { statements: { before: before.statements.length, after: after.statements.length } }),
  })}\n`,
);
